package org.sanxiang.calendar.persistence;

import java.time.LocalDate;

public record SuspensionRow(long id, long caseDeadlineId, long caseId, String reason, LocalDate fromDate,
        LocalDate toDate) {
}
