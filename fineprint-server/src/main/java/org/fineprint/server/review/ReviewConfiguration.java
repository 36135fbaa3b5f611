package org.fineprint.server.review;

import java.time.Clock;
import org.fineprint.server.system.ReviewProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Beans of the review feature that are not components of their own: password hashing and rate limits. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReviewProperties.class)
class ReviewConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ReviewConfiguration.class);

    /** BCrypt work factor: 2^12 rounds, about a quarter of a second per check on one core. */
    static final int BCRYPT_STRENGTH = 12;

    /** Hashes curator passwords with BCrypt; nothing else is ever stored. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_STRENGTH);
    }

    @Bean
    ClientKeys clientKeys(ReviewProperties properties) {
        String secret = properties.clientKeySecret();
        if (secret == null || secret.isBlank()) {
            log.debug("fineprint.review.client-key-secret is not set; client hashes use a random key");
            return ClientKeys.random();
        }
        return ClientKeys.withSecret(secret);
    }

    /** Problem reports per client. */
    @Bean
    @Qualifier("reports")
    RateLimiter reportLimiter(ReviewProperties properties, Clock clock) {
        return new RateLimiter("reports", properties.reportLimit(), properties.reportWindow(), clock,
                RateLimiter.DEFAULT_MAX_CLIENTS);
    }

    /** Failed curator sign-ins per client. */
    @Bean
    @Qualifier("logins")
    RateLimiter loginLimiter(ReviewProperties properties, Clock clock) {
        return new RateLimiter("logins", properties.loginLimit(), properties.loginWindow(), clock,
                RateLimiter.DEFAULT_MAX_CLIENTS);
    }
}
