package org.sanxiang.publicity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /**
     * Publication timeliness per month of the due date, {@code months} months ending with the month of
     * {@code today} (oldest first, every month listed): published on time, late, or still overdue on
     * {@code today} (RULES §3: 7 / 20 working days). {@code bodyId} null counts every body.
     */
    public List<MonthTimeliness> timelinessByMonth(Long bodyId, LocalDate today, int months) {
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("months " + months);
        }
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(months - 1L);
        Map<YearMonth, long[]> counts = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            counts.put(m, new long[3]);
        }
        for (Map<String, Object> row : mapper.selectTimeliness(first.atDay(1), last.plusMonths(1).atDay(1), bodyId)) {
            LocalDate due = date(value(row, "due_date"));
            LocalDate published = date(value(row, "published_on"));
            Object flag = value(row, "overdue");
            boolean overdue = flag instanceof Boolean b ? b : flag instanceof Number n && n.intValue() != 0;
            String status = String.valueOf(value(row, "status"));
            long[] c = counts.get(YearMonth.from(due));
            if (c == null) {
                continue;
            }
            if (published != null) {
                c[published.isAfter(due) ? 1 : 0]++;
            } else if ((overdue || due.isBefore(today))
                    && (PublicationStatus.DRAFT.name().equals(status) || PublicationStatus.CHECKED.name().equals(status))) {
                c[2]++;
            }
        }
        List<MonthTimeliness> out = new ArrayList<>();
        counts.forEach((m, c) -> out.add(new MonthTimeliness(m.toString(), c[0], c[1], c[2])));
        return out;
    }

    private static LocalDate date(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.time.LocalDateTime t) {
            return t.toLocalDate();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        return LocalDate.parse(String.valueOf(v).substring(0, 10));
    }

    private static Object value(Map<String, Object> row, String key) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
