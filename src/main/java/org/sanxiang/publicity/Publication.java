package org.sanxiang.publicity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A decision's publication as staff see it: the redacted content, where it stands, its deadline and
 * what happened to it. Holds no unredacted personal data.
 */
public record Publication(long id, String decisionNumber, long caseId, String bodyName, String decisionKind,
        PublicationStatus status, String partyKind, String partyDisplay, String creditCode, String legalRepresentative,
        String matterName, String violation, String legalBasis, String penaltyBasis, List<String> penaltyTypes,
        String penaltyContent, BigDecimal fineAmount, LocalDate decidedOn, String decidedBy, List<String> redactedFields,
        String dueRule, LocalDate dueDate, boolean overdue, String checkedBy, LocalDateTime checkedAt,
        String publishedBy, LocalDate publishedOn, LocalDate displayUntil, String blockReason, String blockDetail,
        String withdrawalReason, String withdrawalDetail, LocalDate withdrawalStartedOn, LocalDate withdrawalDue,
        LocalDate withdrawnOn, String withdrawalSource) {
}
