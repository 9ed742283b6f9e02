package org.sanxiang.cases;

import java.math.BigDecimal;

/**
 * How a 调查终结's penalty proposal used the matter's discretion benchmark (APL Art. 34), as stored: the tier named
 * (null: none) with its circumstance, penalty, allowed kinds and fine range as they stood, the circumstances found,
 * the proposal, and whether it lies outside the tier — why, and the handlers' written reasons. Outside is a major
 * decision (G118: 超出裁量基准) and is what the reviewer checks under point 5.
 */
public record DiscretionAssessment(Integer tierSeq, String tier, String tierCircumstance, String tierPenalty,
        String allowedKinds, BigDecimal fineMin, BigDecimal fineMax, String circumstances, String proposedKinds,
        BigDecimal proposedFine, boolean outside, String outsideBecause, String reasons) {
}
