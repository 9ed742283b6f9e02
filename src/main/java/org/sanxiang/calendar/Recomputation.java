package org.sanxiang.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A provisional case deadline recomputed when a holiday notice was loaded. */
public record Recomputation(long caseDeadlineId, long caseId, String ruleKey, int noticeYear, LocalDate oldDue,
        LocalDate newDue, boolean stillProvisional, LocalDateTime recomputedAt) {
}
