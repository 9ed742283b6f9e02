package org.sanxiang.review;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How legal review rounds ended (G118): counts per outcome, for the supervisor's dashboard. */
@Service
@Transactional(readOnly = true)
public class ReviewStatistics {

    public record OutcomeCount(String outcome, long count) {
    }

    private final JdbcTemplate jdbc;

    ReviewStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Decided rounds per outcome, over all bodies. */
    public List<OutcomeCount> outcomes() {
        return jdbc.query("SELECT outcome, COUNT(*) AS n FROM review_round WHERE outcome IS NOT NULL GROUP BY outcome ORDER BY outcome",
                (rs, i) -> new OutcomeCount(rs.getString("outcome"), rs.getLong("n")));
    }
}
