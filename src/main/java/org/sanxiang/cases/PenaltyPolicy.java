package org.sanxiang.cases;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The amount thresholds of the procedures, from {@link CasesProperties}: the summary-procedure limit
 * (APL Art. 51) applied in code, and the thresholds the decision tables compare against.
 */
@Component
@RequiredArgsConstructor
public class PenaltyPolicy {

    private final CasesProperties properties;

    /** APL Art. 51: the largest fine the summary procedure may impose on this kind of party. */
    public BigDecimal summaryLimit(PartyKind kind) {
        return kind == PartyKind.ORGANISATION ? properties.summaryLimitOrganisation()
                : properties.summaryLimitNaturalPerson();
    }

    /**
     * The thresholds the decision tables read (bpmn/major-decision.dmn, bpmn/hearing-right.dmn), as
     * process variables: configuration, not literals in the tables.
     */
    public java.util.Map<String, Object> decisionTableThresholds() {
        return java.util.Map.of(
                "majorFineNaturalPerson", properties.majorFineNaturalPerson().doubleValue(),
                "majorFineOrganisation", properties.majorFineOrganisation().doubleValue(),
                "hearingThresholdNaturalPerson", properties.hearingThresholdNaturalPerson().doubleValue(),
                "hearingThresholdOrganisation", properties.hearingThresholdOrganisation().doubleValue());
    }
}
