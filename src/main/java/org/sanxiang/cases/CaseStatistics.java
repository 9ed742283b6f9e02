package org.sanxiang.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Aggregates for the supervisor's dashboard: cases registered per month and open steps past their
 * due date, for one enforcement body or (bodyId null) for all.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseStatistics {

    /** One bar of a chart. */
    public record Count(String label, long value) {
    }

    private final JdbcTemplate jdbc;

    /** Cases registered per month since {@code since} (YEAR/MONTH work on H2 and MySQL alike). */
    public List<Count> casesByMonth(Long bodyId, LocalDateTime since) {
        return jdbc.query("SELECT YEAR(created_at) AS y, MONTH(created_at) AS m, COUNT(*) AS n FROM enf_case"
                + " WHERE created_at >= ? AND (? IS NULL OR body_id = ?)"
                + " GROUP BY YEAR(created_at), MONTH(created_at) ORDER BY y, m",
                (rs, i) -> new Count(rs.getInt("y") + "-" + String.format("%02d", rs.getInt("m")), rs.getLong("n")),
                since, bodyId, bodyId);
    }

    /** Open steps whose due date has passed, per step. */
    public List<Count> overdueSteps(Long bodyId, LocalDateTime now) {
        return jdbc.query("SELECT t.name AS name, COUNT(*) AS n FROM inbox_task t JOIN enf_case c ON c.id = t.case_id"
                + " WHERE t.due_date < ? AND (? IS NULL OR c.body_id = ?) GROUP BY t.name ORDER BY n DESC",
                (rs, i) -> new Count(rs.getString("name"), rs.getLong("n")), now, bodyId, bodyId);
    }

    /** Cases by status. */
    public List<Count> casesByStatus(Long bodyId) {
        return jdbc.query("SELECT status, COUNT(*) AS n FROM enf_case WHERE (? IS NULL OR body_id = ?)"
                + " GROUP BY status ORDER BY n DESC",
                (rs, i) -> new Count(rs.getString("status"), rs.getLong("n")), bodyId, bodyId);
    }

    /**
     * The cases' figures of one period for the annual statistics (G118; RULES §3), {@code from}
     * inclusive, {@code to} exclusive: cases filed, decided (penalty, no penalty, summary penalty) and
     * closed, penalty decisions, and on-site inspections recorded.
     */
    public record PeriodCounts(long filed, long decided, long closed, long penaltyDecisions, long inspections) {
    }

    public PeriodCounts periodCounts(LocalDate from, LocalDate to) {
        return new PeriodCounts(
                count("SELECT COUNT(*) FROM enf_case WHERE filed_at >= ? AND filed_at < ?", from, to),
                count("SELECT COUNT(*) FROM case_decision WHERE decided_on >= ? AND decided_on < ?"
                        + " AND kind IN ('PENALTY', 'NO_PENALTY', 'SUMMARY_PENALTY')", from, to),
                count("SELECT COUNT(*) FROM enf_case WHERE closed_at >= ? AND closed_at < ?", from, to),
                count("SELECT COUNT(*) FROM case_decision WHERE decided_on >= ? AND decided_on < ?"
                        + " AND kind IN ('PENALTY', 'SUMMARY_PENALTY')", from, to),
                count("SELECT COUNT(*) FROM investigation_record WHERE recorded_on >= ? AND recorded_on < ?"
                        + " AND kind = 'ON_SITE_INSPECTION'", from, to));
    }

    private long count(String sql, LocalDate from, LocalDate to) {
        Long n = jdbc.queryForObject(sql, Long.class, from, to);
        return n == null ? 0 : n;
    }
}
