package org.sanxiang.officers;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An administrative-enforcement certificate (行政执法证). {@code status} is the stored status
 * (VALID / SUSPENDED / CANCELLED / REVOKED); EXPIRED is derived from {@code validTo}, see
 * {@link #statusOn(LocalDate)}. {@code annualReviewDue} is null while no annual review is recorded.
 */
public record Certificate(long id, long officerId, String number, String issuingAuthority, String fields, String area,
        LocalDate validFrom, LocalDate validTo, String status, LocalDate annualReviewDue) {

    /** Valid on {@code date} for the given field and area (APL Art. 42; RULES §6). Valid on the day of expiry. */
    public boolean covers(String field, String actArea, LocalDate date) {
        return statusOn(date) == CertificateStatus.VALID
                && !date.isBefore(validFrom)
                && area.equals(actArea)
                && categories().contains(field);
    }

    /** The enforcement categories the certificate names. */
    public List<String> categories() {
        return splitCategories(fields);
    }

    /** The status on {@code date}: a VALID certificate whose validity ended before that date is EXPIRED. */
    public CertificateStatus statusOn(LocalDate date) {
        CertificateStatus stored = CertificateStatus.valueOf(status);
        return stored == CertificateStatus.VALID && date.isAfter(validTo) ? CertificateStatus.EXPIRED : stored;
    }

    /** The annual review due date; without a recorded review, the first anniversary of {@code validFrom}. */
    public LocalDate annualReviewDueDate() {
        return annualReviewDue != null ? annualReviewDue : validFrom.plusYears(1);
    }

    /** Splits a category list written with commas, semicolons or 、 into trimmed, non-blank names. */
    public static List<String> splitCategories(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;，；、]")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
