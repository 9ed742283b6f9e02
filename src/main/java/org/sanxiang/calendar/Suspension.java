package org.sanxiang.calendar;

import java.time.LocalDate;

/** A suspension of a case's decision clock (APL Art. 60); {@code to} is null while it lasts. */
public record Suspension(long id, long caseId, String ruleKey, SuspensionReason reason, LocalDate from,
        LocalDate to) {
}
