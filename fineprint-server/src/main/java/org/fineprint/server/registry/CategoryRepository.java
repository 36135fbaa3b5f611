package org.fineprint.server.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Categories of services. */
@Repository
public class CategoryRepository {
    private static final RowMapper<Category> MAPPER = (rs, n) -> new Category(
            rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getInt("position"));

    private static final String SELECT = "SELECT id, slug, name, position FROM categories";

    private static final String SAVE = """
            INSERT INTO categories (slug, name, position) VALUES (:slug, :name, :position)
            ON CONFLICT (slug) DO UPDATE SET name = excluded.name, position = excluded.position
                WHERE (categories.name, categories.position) IS DISTINCT FROM (excluded.name, excluded.position)
            """;

    private final JdbcClient jdbc;

    public CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All categories in display order. */
    public List<Category> findAll() {
        return jdbc.sql(SELECT + " ORDER BY position, name").query(MAPPER).list();
    }

    public Optional<Category> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(MAPPER).optional();
    }

    public Optional<Category> findBySlug(String slug) {
        return jdbc.sql(SELECT + " WHERE slug = :slug").param("slug", slug).query(MAPPER).optional();
    }

    /** Creates the category or updates its name and position; returns the stored row. */
    public Category save(String slug, String name, int position) {
        jdbc.sql(SAVE).param("slug", slug).param("name", name).param("position", position).update();
        return findBySlug(slug).orElseThrow();
    }
}
