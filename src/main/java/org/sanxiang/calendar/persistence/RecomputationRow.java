package org.sanxiang.calendar.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

public record RecomputationRow(long caseDeadlineId, long caseId, String ruleKey, int noticeYear, LocalDate oldDueDate,
        LocalDate newDueDate, boolean stillProvisional, LocalDateTime recomputedAt) {
}
