package org.fineprint.server.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fineprint.server.system.Rows;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Curator accounts (the {@code users} table). */
@Repository
public class CuratorRepository {
    private static final RowMapper<Curator> MAPPER = (rs, n) -> new Curator(rs.getLong("id"),
            rs.getString("username"), rs.getString("password_hash"), rs.getBoolean("enabled"),
            Rows.requiredInstant(rs, "created_at"), Rows.instant(rs, "last_login_at"));

    private static final String SELECT = "SELECT id, username, password_hash, enabled, created_at, last_login_at FROM users";

    private final JdbcClient jdbc;

    public CuratorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds an account.
     *
     * @param username a valid, lower-case name (see {@link Usernames})
     * @param passwordHash the BCrypt hash of the password
     * @return the stored account
     * @throws org.springframework.dao.DuplicateKeyException when the name is taken
     */
    public Curator insert(String username, String passwordHash, Instant createdAt) {
        long id = jdbc.sql("INSERT INTO users (username, password_hash, created_at) VALUES (:u, :h, :at) RETURNING id")
                .param("u", username).param("h", passwordHash).param("at", Rows.timestamp(createdAt))
                .query(Long.class).single();
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(MAPPER).single();
    }

    public Optional<Curator> findByUsername(String username) {
        return jdbc.sql(SELECT + " WHERE username = :u").param("u", username).query(MAPPER).optional();
    }

    /** All accounts by name. */
    public List<Curator> findAll() {
        return jdbc.sql(SELECT + " ORDER BY username").query(MAPPER).list();
    }

    /** @return true when the account exists */
    public boolean updatePasswordHash(String username, String passwordHash) {
        return jdbc.sql("UPDATE users SET password_hash = :h WHERE username = :u")
                .param("u", username).param("h", passwordHash).update() == 1;
    }

    public void markLoggedIn(String username, Instant at) {
        jdbc.sql("UPDATE users SET last_login_at = :at WHERE username = :u")
                .param("u", username).param("at", Rows.timestamp(at)).update();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
    }
}
