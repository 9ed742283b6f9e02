package org.sanxiang.officers;

import java.time.LocalDate;
import java.util.List;

/**
 * A certificate to create or update. {@code annualReviewDue} may be null: a new certificate is then
 * due for its first annual review one year after {@code validFrom}.
 */
public record CertificateDraft(String number, String issuingAuthority, List<String> categories, String area,
        LocalDate validFrom, LocalDate validTo, LocalDate annualReviewDue) {
}
