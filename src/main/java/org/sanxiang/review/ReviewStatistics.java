package org.sanxiang.review;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/** How legal review rounds ended (G118): counts per outcome, for the supervisor's dashboard. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReviewStatistics {

    public record OutcomeCount(String outcome, long count) {
    }

    private final JdbcTemplate jdbc;

    /**
     * Decided rounds per outcome, for one enforcement body (the rounds of its cases) or, with
     * {@code bodyId} null, over all bodies.
     */
    public List<OutcomeCount> outcomes(Long bodyId) {
        return jdbc.query("SELECT r.outcome AS outcome, COUNT(*) AS n FROM review_round r JOIN enf_case c ON c.id = r.case_id"
                + " WHERE r.outcome IS NOT NULL AND (? IS NULL OR c.body_id = ?) GROUP BY r.outcome ORDER BY r.outcome",
                (rs, i) -> new OutcomeCount(rs.getString("outcome"), rs.getLong("n")), bodyId, bodyId);
    }

    /** Rounds decided in [{@code from}, {@code to}) per outcome, over all bodies (the annual statistics, G118). */
    public List<OutcomeCount> outcomesDecided(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT outcome, COUNT(*) AS n FROM review_round WHERE decided_on >= ? AND decided_on < ?"
                + " AND outcome IS NOT NULL GROUP BY outcome ORDER BY outcome",
                (rs, i) -> new OutcomeCount(rs.getString("outcome"), rs.getLong("n")), from, to);
    }
}
