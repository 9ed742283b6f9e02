package org.sanxiang.cases.steps;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.sanxiang.cases.PartyKind;

/** The case as a step rule reads it, from our tables at the moment the step is completed. */
public record CaseFacts(long id, String caseNumber, String status, String outcome, BigDecimal proposedFine,
        LocalDate actDate, LocalDate discoveredOn, boolean harmsLifeHealthOrFinance, LocalDate filedOn,
        PartyKind partyKind) {
}
