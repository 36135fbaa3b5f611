package org.fineprint.server.jobs;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Analyses waiting or running, as the scheduler's table shows them to every process (web nodes too). */
@Repository
public class PendingAnalyses {
    private final JdbcClient jdbc;

    PendingAnalyses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when an analysis of the service is scheduled or running. */
    public boolean isPending(long serviceId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM scheduled_tasks WHERE task_name = :task AND task_instance = :id)""")
                .param("task", ReanalyzeServiceTask.NAME).param("id", Long.toString(serviceId))
                .query(Boolean.class).single();
    }

    /** The services whose analysis is scheduled or running. */
    public Set<Long> findServiceIds() {
        return new HashSet<>(jdbc.sql("SELECT task_instance FROM scheduled_tasks WHERE task_name = :task")
                .param("task", ReanalyzeServiceTask.NAME).query((rs, n) -> Long.parseLong(rs.getString(1))).list());
    }

    /** How many analyses are scheduled or running. */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = :task")
                .param("task", ReanalyzeServiceTask.NAME).query(Long.class).single();
    }
}
