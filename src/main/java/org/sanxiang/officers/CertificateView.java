package org.sanxiang.officers;

import java.time.LocalDate;
import java.util.List;

/** A certificate as administrators and reviewers see it, with its holder and its status today. */
public record CertificateView(long id, long officerId, String holderUsername, String holderName, String number,
        String issuingAuthority, List<String> categories, String area, LocalDate validFrom, LocalDate validTo,
        String storedStatus, String status, LocalDate annualReviewDue) {
}
