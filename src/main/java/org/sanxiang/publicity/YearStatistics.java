package org.sanxiang.publicity;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The annual enforcement statistics of one year (RULES §3: published by 31 January of the next year).
 *
 * @param byCategory       licensing, penalty, coercion, levy, requisition, inspection — always all six, zero where unused
 * @param onTimeRate       share of publications published by their due date (0–1, 4 decimals); null without publications
 * @param reviewsByOutcome legal-review rounds decided in the year, per outcome (every outcome listed)
 */
public record YearStatistics(int year, Map<String, Long> byCategory, long casesFiled, long casesDecided,
        long casesClosed, long publications, long publishedOnTime, BigDecimal onTimeRate, long withdrawals,
        Map<String, Long> reviewsByOutcome) {
}
