package org.fineprint.server.system;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Configuration properties and the clock every time-dependent component takes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FineprintProperties.class, DatabaseProperties.class, TrackProperties.class,
        SamplesProperties.class, FetchProperties.class, AnalyzeProperties.class})
class SystemConfiguration {

    /** The time source for tracking and jobs; tests replace it to move time forward. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
