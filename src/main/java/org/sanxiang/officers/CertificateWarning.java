package org.sanxiang.officers;

import java.time.LocalDate;

/**
 * A supervision signal (RULES §6, §8): a certificate expiring within the warning window
 * ({@code EXPIRING}) or an officer whose annual review falls due ({@code ANNUAL_REVIEW_DUE}).
 * {@code daysLeft} counts from the query date to {@code dueOn}; negative when overdue.
 */
public record CertificateWarning(String kind, long officerId, String officerName, String bodyName,
        String certificateNumber, LocalDate dueOn, long daysLeft) {
}
