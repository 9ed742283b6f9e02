package org.sanxiang.cases;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the cases module. The statutory figures are defaults; provinces set their own.
 *
 * @param summaryLimitNaturalPerson     APL Art. 51: largest summary-procedure fine for a natural person (200)
 * @param summaryLimitOrganisation      APL Art. 51: largest summary-procedure fine for an organisation (3,000)
 * @param hearingThresholdNaturalPerson APL Art. 63: 较大数额 fine giving a natural person the hearing right
 * @param hearingThresholdOrganisation  APL Art. 63: 较大数额 fine giving an organisation the hearing right
 * @param majorFineNaturalPerson        G118 catalogue: a fine at or above this is a major decision (person)
 * @param majorFineOrganisation         G118 catalogue: a fine at or above this is a major decision (organisation)
 * @param nightStarts                   ACL Art. 43: no enforcement at night — from this time (22:00, 夜间 as defined
 *                                      in 噪声污染防治法 Art. 88, by analogy) ...
 * @param nightEnds                     ... to this one (06:00)
 */
@ConfigurationProperties("sanxiang.cases")
public record CasesProperties(
        @DefaultValue("200") BigDecimal summaryLimitNaturalPerson,
        @DefaultValue("3000") BigDecimal summaryLimitOrganisation,
        @DefaultValue("5000") BigDecimal hearingThresholdNaturalPerson,
        @DefaultValue("100000") BigDecimal hearingThresholdOrganisation,
        @DefaultValue("5000") BigDecimal majorFineNaturalPerson,
        @DefaultValue("50000") BigDecimal majorFineOrganisation,
        @DefaultValue("22:00") java.time.LocalTime nightStarts,
        @DefaultValue("06:00") java.time.LocalTime nightEnds) {
}
