package org.sanxiang.publicity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.publicity.PublicityProblems.StatisticsYearInvalid;
import org.sanxiang.publicity.persistence.StatisticsMapper;
import org.sanxiang.review.ReviewOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual statistics (G118; RULES §3), counted live from the source tables. The categories follow the
 * State Council's six kinds of enforcement; this engine handles penalties (counted from decisions)
 * and records on-site inspections (counted from inspection records); licensing, coercion, levy and
 * requisition are not handled by it and count zero.
 */
@Service
@Transactional(readOnly = true)
public class AnnualStatistics {

    public static final List<String> CATEGORIES = List.of("LICENSING", "PENALTY", "COERCION", "LEVY", "REQUISITION",
            "INSPECTION");

    private final StatisticsMapper mapper;

    AnnualStatistics(StatisticsMapper mapper) {
        this.mapper = mapper;
    }

    public YearStatistics of(int year) {
        if (year < 2000 || year > 2100) {
            throw new StatisticsYearInvalid(year);
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Map<String, Long> byCategory = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> byCategory.put(c, 0L));
        byCategory.put("PENALTY", mapper.countPenaltyDecisions(from, to));
        byCategory.put("INSPECTION", mapper.countInspections(from, to));
        long published = mapper.countPublished(from, to);
        long onTime = mapper.countPublishedOnTime(from, to);
        BigDecimal rate = published == 0 ? null
                : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(published), 4, RoundingMode.HALF_UP);
        Map<String, Long> reviews = new LinkedHashMap<>();
        for (ReviewOutcome o : ReviewOutcome.values()) {
            reviews.put(o.name(), 0L);
        }
        for (Map<String, Object> row : mapper.countReviewsByOutcome(from, to)) {
            String outcome = String.valueOf(value(row, "outcome"));
            reviews.put(outcome, ((Number) value(row, "total")).longValue());
        }
        return new YearStatistics(year, byCategory, mapper.countFiled(from, to), mapper.countDecided(from, to),
                mapper.countClosed(from, to), published, onTime, rate, mapper.countWithdrawn(from, to), reviews);
    }

    private static Object value(Map<String, Object> row, String key) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
