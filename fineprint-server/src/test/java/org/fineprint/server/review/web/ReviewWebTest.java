package org.fineprint.server.review.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.fineprint.server.DatabaseTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * A MockMvc test of the review pages on the shared embedded PostgreSQL: the whole application
 * with its security filters, no server, no scheduler, no samples. Tests that post reports or sign
 * in use their own client address, since rate limits are kept per client for the whole context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "fineprint.samples.load-on-empty=false", "fineprint.track.enabled=false"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = DatabaseTest.SharedDatabase.class)
@interface ReviewWebTest {
}
