package org.fineprint.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.fineprint.server.analysis.AnalysisRun;
import org.fineprint.server.analysis.ReanalysisListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring test of the whole site on the bundled samples: the web server on a random port, a
 * database of its own (created once per test JVM, shared by every class with this annotation) with
 * the 36 sample services loaded at start-up and all analysed before the first test (call
 * {@link Samples#analyse} in a {@code @BeforeEach}; after the first call it costs one query).
 * No scheduler: nothing changes behind a test's back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "fineprint.samples.load-on-empty=true", "fineprint.track.enabled=false"})
@ContextConfiguration(initializers = SampleSiteTest.SampleDatabase.class)
public @interface SampleSiteTest {

    /** The samples' analyses. */
    final class Samples {
        private Samples() {
        }

        /** Analyses every service not analysed yet (or changed since), synchronously. */
        public static void analyse(AnalysisRun run) {
            run.reanalyzeChanged(ReanalysisListener.NONE);
        }
    }

    /** A database of its own on the shared embedded server, created once per JVM. */
    class SampleDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        private static String url;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            synchronized (SampleDatabase.class) {
                if (url == null) {
                    url = TestDatabases.newDatabase("site");
                }
            }
            TestPropertyValues.of("fineprint.db.url=" + url).applyTo(context);
        }
    }
}
