package org.sanxiang.officers;

import java.util.Map;

/**
 * Certificate coverage of a body's officers (or every body's) on a date (APL Art. 42; RULES §6).
 *
 * @param officersByState    officers per state, every state listed: {@code VALID} (a certificate in force,
 *                           annual review not overdue), {@code ANNUAL_REVIEW_OVERDUE} (in force, review date
 *                           passed), {@code SUSPENDED}, {@code EXPIRED}, {@code REVOKED}, {@code CANCELLED}
 *                           (the most recent certificate's status) and {@code NONE} (never held one)
 * @param validByCategory    per enforcement category (field) named on a certificate of the scope, the
 *                           officers in state VALID whose certificate covers it; sorted by category
 */
public record CertificateCoverage(Map<String, Long> officersByState, Map<String, Long> validByCategory) {

    public static final java.util.List<String> STATES = java.util.List.of("VALID", "ANNUAL_REVIEW_OVERDUE", "SUSPENDED",
            "EXPIRED", "REVOKED", "CANCELLED", "NONE");
}
