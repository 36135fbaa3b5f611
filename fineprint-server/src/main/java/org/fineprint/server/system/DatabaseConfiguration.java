package org.fineprint.server.system;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one {@link javax.sql.DataSource}: the external PostgreSQL given by
 * {@code fineprint.db.url}, or else the embedded server, started here before Flyway and the pool.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** The embedded server, only when no external database is configured. */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${fineprint.db.url:}'.isBlank()")
    EmbeddedPostgresServer embeddedPostgresServer(FineprintProperties fineprint, DatabaseProperties db) {
        return EmbeddedPostgresServer.start(fineprint.dataDir().resolve("postgres"), db.startupTimeout(),
                db.orphanStopTimeout());
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DatabaseProperties db, ObjectProvider<EmbeddedPostgresServer> embedded) {
        @Nullable EmbeddedPostgresServer server = embedded.getIfAvailable();
        DataSourceBuilder<HikariDataSource> builder = DataSourceBuilder.create().type(HikariDataSource.class);
        if (db.isExternal()) {
            log.info("using external PostgreSQL url={}", redact(db.url()));
            builder.url(db.url()).username(db.user()).password(db.password());
        } else if (server != null) {
            builder.url(server.jdbcUrl()).username(EmbeddedPostgresServer.USER);
        } else {
            throw new DatabaseException("Database start failed: neither fineprint.db.url nor an embedded "
                    + "PostgreSQL is configured");
        }
        HikariDataSource dataSource = builder.build();
        dataSource.setPoolName("fineprint");
        return dataSource;
    }

    /** The URL without query parameters, which may carry a password. */
    static String redact(@Nullable String url) {
        if (url == null) {
            return "";
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
