package org.fineprint.server.registry;

import java.util.List;
import java.util.Optional;
import org.fineprint.server.system.Rows;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Services: looked up by id, slug or domain; saved by slug. */
@Repository
public class ServiceRepository {
    private static final RowMapper<Service> MAPPER = (rs, n) -> new Service(
            rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("tagline"),
            rs.getString("homepage"), Rows.strings(rs, "domains"), Rows.nullableLong(rs, "category_id"),
            Rows.requiredInstant(rs, "created_at"), Rows.requiredInstant(rs, "updated_at"));

    private static final String SELECT = """
            SELECT id, slug, name, tagline, homepage, domains, category_id, created_at, updated_at
            FROM services""";

    /** Absent details (null, empty domains) keep what is stored; unchanged rows are not touched. */
    private static final String SAVE = """
            INSERT INTO services (slug, name, tagline, homepage, domains, category_id)
            VALUES (:slug, :name, :tagline, :homepage, :domains, :categoryId)
            ON CONFLICT (slug) DO UPDATE SET
                name = excluded.name,
                tagline = coalesce(excluded.tagline, services.tagline),
                homepage = coalesce(excluded.homepage, services.homepage),
                domains = CASE WHEN cardinality(excluded.domains) = 0 THEN services.domains ELSE excluded.domains END,
                category_id = coalesce(excluded.category_id, services.category_id),
                updated_at = now()
            WHERE (services.name, services.tagline, services.homepage, services.domains, services.category_id)
                IS DISTINCT FROM
                  (excluded.name, coalesce(excluded.tagline, services.tagline),
                   coalesce(excluded.homepage, services.homepage),
                   CASE WHEN cardinality(excluded.domains) = 0 THEN services.domains ELSE excluded.domains END,
                   coalesce(excluded.category_id, services.category_id))
            """;

    private final JdbcClient jdbc;

    public ServiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Service> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(MAPPER).optional();
    }

    public Optional<Service> findBySlug(String slug) {
        return jdbc.sql(SELECT + " WHERE slug = :slug").param("slug", slug).query(MAPPER).optional();
    }

    /** The service that owns a web domain such as {@code aliexpress.com}. */
    public Optional<Service> findByDomain(String domain) {
        return jdbc.sql(SELECT + " WHERE domains @> ARRAY[lower(:domain)]::text[] ORDER BY id LIMIT 1")
                .param("domain", domain).query(MAPPER).optional();
    }

    /** All services by name. */
    public List<Service> findAll() {
        return jdbc.sql(SELECT + " ORDER BY lower(name), id").query(MAPPER).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM services").query(Long.class).single();
    }

    /**
     * Creates the service or updates its stored details; absent details keep the stored ones.
     *
     * @return the stored row
     */
    public Service save(ServiceDetails details) {
        jdbc.sql(SAVE)
                .param("slug", details.slug())
                .param("name", details.name())
                .param("tagline", details.tagline())
                .param("homepage", details.homepage())
                .param("domains", details.domains().toArray(String[]::new))
                .param("categoryId", details.categoryId())
                .update();
        return findBySlug(details.slug()).orElseThrow();
    }
}
