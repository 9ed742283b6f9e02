package org.sanxiang.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * Published (synchronously, inside the revoking transaction) when a decision is changed, revoked,
 * confirmed unlawful or void: the publicity module withdraws its publication within 3 working days or
 * blocks one not yet published (APL Art. 48 ¶2). Carries who the decision is about, so that the public
 * reason can be redacted like the decision.
 *
 * @param kind         CHANGED, REVOKED, UNLAWFUL or VOID ({@link RevocationKind})
 * @param revokedBy    username of the head who recorded it
 * @param otherPersons natural persons the case names besides the party (never published)
 */
public record DecisionRevoked(long caseId, String decisionNumber, String kind, String reason, String sourceDocument,
        LocalDate effectiveOn, String revokedBy, String partyKind, String partyName, String partyIdNumber,
        String partyCreditCode, String legalRepresentative, List<String> otherPersons) {
}
