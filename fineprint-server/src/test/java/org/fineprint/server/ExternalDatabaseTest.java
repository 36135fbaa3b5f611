package org.fineprint.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
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
@ExtendWith(ExternalDatabaseTest.WhenConfigured.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "fineprint.samples.load-on-empty=false", "fineprint.track.enabled=false",
        "fineprint.fetch.allow-private-network=true", "fineprint.fetch.host-delay=0s", "fineprint.fetch.timeout=3s"})
@ContextConfiguration(initializers = ExternalDatabaseTest.ExternalDatabase.class)
public @interface ExternalDatabaseTest {

    /** Skips the test class, saying why on stderr once per run, when no external database is configured. */
    class WhenConfigured implements ExecutionCondition {
        private static final String REASON = "FINEPRINT_TEST_DB_URL is not set: skipping the tests against an "
                + "external PostgreSQL (.ci/run starts one and sets it)";
        private static final AtomicBoolean SAID = new AtomicBoolean();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (TestDatabases.external().isPresent()) {
                return ConditionEvaluationResult.enabled("FINEPRINT_TEST_DB_URL is set");
            }
            if (!SAID.getAndSet(true)) {
                System.err.println("[external PostgreSQL] " + REASON);
            }
            return ConditionEvaluationResult.disabled(REASON);
        }
    }

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
