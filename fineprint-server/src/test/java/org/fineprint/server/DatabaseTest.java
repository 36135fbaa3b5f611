package org.fineprint.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring test on the shared embedded PostgreSQL (see {@link TestDatabases}); all such tests
 * share one application context. No web server, no scheduler, no samples; fetching may reach the
 * loopback address (tests crawl a local server) without a pause between requests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "fineprint.samples.load-on-empty=false", "fineprint.track.enabled=false",
        "fineprint.fetch.allow-private-network=true", "fineprint.fetch.host-delay=0s", "fineprint.fetch.timeout=3s"})
@ContextConfiguration(initializers = DatabaseTest.SharedDatabase.class)
public @interface DatabaseTest {

    /** Points the application at the shared embedded server's database. */
    class SharedDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("fineprint.db.url=" + TestDatabases.shared().jdbcUrl()).applyTo(context);
        }
    }
}
