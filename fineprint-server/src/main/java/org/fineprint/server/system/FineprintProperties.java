package org.fineprint.server.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings that concern the whole application ({@code fineprint.*}).
 *
 * @param dataDir where Fineprint keeps its data: the embedded PostgreSQL lives in {@code postgres/}
 *     under it (ignored for the database when {@code fineprint.db.url} is set)
 */
@ConfigurationProperties("fineprint")
public record FineprintProperties(@DefaultValue("./data") Path dataDir) {
}
