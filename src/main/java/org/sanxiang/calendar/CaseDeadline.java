package org.sanxiang.calendar;

import java.time.LocalDate;

/**
 * One deadline of a case, as shown on the case.
 *
 * @param finishedOn    the day the act was done; null while running
 * @param suspendedDays calendar days the clock stood still (closed suspensions)
 * @param suspended     a suspension is open: the due date moves again when the clock resumes
 */
public record CaseDeadline(long id, long caseId, String ruleKey, String title, String article,
        CountingKind counting, int length, LocalDate start, LocalDate due, boolean provisional,
        DeadlineStatus status, LocalDate finishedOn, boolean extended, int suspendedDays, boolean suspended,
        ExpiryAction onExpiry) {
}
