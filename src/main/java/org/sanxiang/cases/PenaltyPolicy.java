package org.sanxiang.cases;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The amount- and type-based rules of the APL that the general and summary procedures apply, with
 * thresholds from {@link CasesProperties}.
 */
@Component
public class PenaltyPolicy {

    /** APL Art. 63: penalty types that give the party a hearing right whatever the amount. */
    static final Set<PenaltyType> HEARING_TYPES = EnumSet.of(PenaltyType.LOWER_QUALIFICATION,
            PenaltyType.REVOKE_LICENCE, PenaltyType.ORDER_SUSPENSION, PenaltyType.ORDER_CLOSURE,
            PenaltyType.RESTRICT_ACTIVITIES, PenaltyType.RESTRICT_PRACTICE);

    /** G118 catalogue by type: licence revocation, suspension of production or business, lowering of qualification, closure. */
    static final Set<PenaltyType> MAJOR_TYPES = EnumSet.of(PenaltyType.LOWER_QUALIFICATION,
            PenaltyType.REVOKE_LICENCE, PenaltyType.ORDER_SUSPENSION, PenaltyType.ORDER_CLOSURE);

    private final CasesProperties properties;

    PenaltyPolicy(CasesProperties properties) {
        this.properties = properties;
    }

    /** APL Art. 51: the largest fine the summary procedure may impose on this kind of party. */
    public BigDecimal summaryLimit(PartyKind kind) {
        return kind == PartyKind.ORGANISATION ? properties.summaryLimitOrganisation()
                : properties.summaryLimitNaturalPerson();
    }

    /** APL Art. 63: does the proposed penalty give the party the right to a hearing? */
    public boolean hearingRight(PartyKind kind, Collection<PenaltyType> types, BigDecimal fine, BigDecimal confiscation) {
        BigDecimal threshold = kind == PartyKind.ORGANISATION ? properties.hearingThresholdOrganisation()
                : properties.hearingThresholdNaturalPerson();
        return types.stream().anyMatch(HEARING_TYPES::contains)
                || atLeast(fine, threshold) || atLeast(confiscation, threshold);
    }

    /** G118 / APL Art. 58: is the proposed decision on the office's major-decision catalogue? */
    public boolean majorDecision(PartyKind kind, Collection<PenaltyType> types, BigDecimal fine, BigDecimal confiscation,
            boolean majorPublicInterest, boolean seriousOrComplex, boolean outsideDiscretionBenchmark) {
        BigDecimal threshold = kind == PartyKind.ORGANISATION ? properties.majorFineOrganisation()
                : properties.majorFineNaturalPerson();
        return majorPublicInterest || seriousOrComplex || outsideDiscretionBenchmark
                || types.stream().anyMatch(MAJOR_TYPES::contains)
                || atLeast(fine, threshold) || atLeast(confiscation, threshold);
    }

    private static boolean atLeast(BigDecimal amount, BigDecimal threshold) {
        return amount != null && amount.compareTo(threshold) >= 0;
    }
}
