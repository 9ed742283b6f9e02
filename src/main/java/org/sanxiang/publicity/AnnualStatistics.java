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

import org.sanxiang.cases.CaseStatistics;
import org.sanxiang.cases.CaseStatistics.PeriodCounts;
import org.sanxiang.publicity.PublicityProblems.StatisticsYearInvalid;
import org.sanxiang.publicity.persistence.StatisticsMapper;
import org.sanxiang.review.ReviewOutcome;
import org.sanxiang.review.ReviewStatistics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Annual statistics (G118; RULES §3), counted live: the publications from our table, the cases' and the
 * legal reviews' figures through their modules' APIs ({@link CaseStatistics}, {@link ReviewStatistics}).
 * The categories follow the
 * State Council's six kinds of enforcement; this engine handles penalties (counted from decisions)
 * and records on-site inspections (counted from inspection records); licensing, coercion, levy and
 * requisition are not handled by it and count zero.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AnnualStatistics {

    public static final List<String> CATEGORIES = List.of("LICENSING", "PENALTY", "COERCION", "LEVY", "REQUISITION",
            "INSPECTION");

    private final StatisticsMapper mapper;
    private final CaseStatistics cases;
    private final ReviewStatistics reviews;

    public YearStatistics of(int year) {
        if (year < 2000 || year > 2100) {
            throw new StatisticsYearInvalid(year);
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        PeriodCounts counts = cases.periodCounts(from, to);
        Map<String, Long> byCategory = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> byCategory.put(c, 0L));
        byCategory.put("PENALTY", counts.penaltyDecisions());
        byCategory.put("INSPECTION", counts.inspections());
        long published = mapper.countPublished(from, to);
        long onTime = mapper.countPublishedOnTime(from, to);
        BigDecimal rate = published == 0 ? null
                : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(published), 4, RoundingMode.HALF_UP);
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        for (ReviewOutcome o : ReviewOutcome.values()) {
            byOutcome.put(o.name(), 0L);
        }
        reviews.outcomesDecided(from, to).forEach(o -> byOutcome.put(o.outcome(), o.count()));
        return new YearStatistics(year, byCategory, counts.filed(), counts.decided(), counts.closed(), published, onTime,
                rate, mapper.countWithdrawn(from, to), byOutcome);
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
