package org.sanxiang.publicity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A decision as the public sees it (RULES §3): number, party as the policy allows, violation,
 * penalty type and content, basis, agency, date — and, once withdrawn, the withdrawal notice.
 */
public record PublicDecision(String decisionNumber, String agency, String partyKind, String party, String creditCode,
        String legalRepresentative, String matter, String violation, String legalBasis, String penaltyBasis,
        String penaltyTypes, String penaltyContent, BigDecimal fineAmount, LocalDate decidedOn, LocalDate publishedOn,
        LocalDate displayUntil, String status, String withdrawalReason, String withdrawalDetail, LocalDate withdrawnOn,
        String withdrawalSource) {
}
