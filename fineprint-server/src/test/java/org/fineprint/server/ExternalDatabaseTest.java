package org.fineprint.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring test on the external PostgreSQL named by {@code FINEPRINT_TEST_DB_URL} (and
 * {@code _USER}, {@code _PASSWORD}); skipped, with that reason shown, when it is not set.
 * {@code .ci/run} starts one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = "FINEPRINT_TEST_DB_URL", matches = ".+",
        disabledReason = "FINEPRINT_TEST_DB_URL is not set: skipping the tests against an external PostgreSQL "
                + "(.ci/run sets it)")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "fineprint.samples.load-on-empty=false", "fineprint.track.enabled=false",
        "fineprint.fetch.allow-private-network=true", "fineprint.fetch.host-delay=0s", "fineprint.fetch.timeout=3s"})
@ContextConfiguration(initializers = ExternalDatabaseTest.ExternalDatabase.class)
public @interface ExternalDatabaseTest {

    /** Points the application at the external database. */
    class ExternalDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestDatabases.External db = TestDatabases.external().orElseThrow();
            TestPropertyValues.of("fineprint.db.url=" + db.url(), "fineprint.db.user=" + db.user(),
                    "fineprint.db.password=" + db.password()).applyTo(context);
        }
    }
}
