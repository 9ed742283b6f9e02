package org.sanxiang.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Published (synchronously, inside the deciding transaction) when the head makes a decision or an
 * officer decides on the spot: what the publicity module needs to publish it (G118; APL Art. 48).
 *
 * @param kind          PENALTY, NO_PENALTY or SUMMARY_PENALTY
 * @param partyKind     NATURAL_PERSON or ORGANISATION
 * @param penaltyTypes  APL Art. 9 types, e.g. FINE, WARNING
 * @param otherPersons  natural persons the case names besides the party — interviewees, witnesses and
 *                      persons present in its investigation records, other natural-person parties —
 *                      whose names a publication never shows (RULES §3); officers are not among them
 */
public record DecisionMade(long caseId, long bodyId, String caseNumber, String decisionNumber, String kind,
        LocalDate decidedOn, String partyKind, String partyName, String partyIdNumber, String partyCreditCode,
        String legalRepresentative, String matterName, String facts, String legalBasis, String penaltyBasis,
        List<String> penaltyTypes, BigDecimal fineAmount, String reasons, String decidedBy, List<String> otherPersons) {

    public DecisionMade {
        otherPersons = otherPersons == null ? List.of() : List.copyOf(otherPersons);
    }
}
