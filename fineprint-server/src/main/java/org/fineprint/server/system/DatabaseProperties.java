package org.fineprint.server.system;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives ({@code fineprint.db.*}): an external PostgreSQL when {@code url} is set
 * (environment {@code FINEPRINT_DB_URL}), otherwise an embedded PostgreSQL started by the application.
 *
 * @param url JDBC URL of an external PostgreSQL, e.g. {@code jdbc:postgresql://db:5432/fineprint}
 *     (environment {@code FINEPRINT_DB_URL}); empty to use the embedded database
 * @param user user name for the external database (environment {@code FINEPRINT_DB_USER})
 * @param password password for the external database (environment {@code FINEPRINT_DB_PASSWORD})
 * @param startupTimeout how long to wait for the embedded PostgreSQL to accept connections
 * @param orphanStopTimeout how long to wait for a PostgreSQL left running by a killed Fineprint
 *     process to stop before it is killed
 */
@ConfigurationProperties("fineprint.db")
public record DatabaseProperties(@Nullable String url,
                                 @Nullable String user,
                                 @Nullable String password,
                                 @DefaultValue("60s") Duration startupTimeout,
                                 @DefaultValue("30s") Duration orphanStopTimeout) {

    /** True when an external database is configured. */
    public boolean isExternal() {
        return url != null && !url.isBlank();
    }
}
