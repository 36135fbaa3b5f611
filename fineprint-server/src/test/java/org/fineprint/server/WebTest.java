package org.fineprint.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring test with the web server on a random port ({@code @LocalServerPort}), on the shared
 * embedded PostgreSQL (see {@link TestDatabases}); all such tests share one application context.
 * No scheduler and no samples: tests create their own services.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "fineprint.samples.load-on-empty=false", "fineprint.track.enabled=false"})
@ContextConfiguration(initializers = DatabaseTest.SharedDatabase.class)
public @interface WebTest {
}
