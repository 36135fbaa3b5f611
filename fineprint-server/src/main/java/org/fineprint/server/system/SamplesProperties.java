package org.fineprint.server.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bundled sample services ({@code fineprint.samples.*}).
 *
 * @param loadOnEmpty load the bundled sample services at start-up when the database holds no service yet
 */
@ConfigurationProperties("fineprint.samples")
public record SamplesProperties(@DefaultValue("true") boolean loadOnEmpty) {
}
