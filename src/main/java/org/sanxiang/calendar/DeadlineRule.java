package org.sanxiang.calendar;

import java.time.LocalDate;

/**
 * A statutory deadline as data (table {@code deadline_rule}).
 *
 * @param key             stable key, e.g. {@code service}
 * @param title           Chinese name
 * @param article         legal source, e.g. {@code APL Art. 61}
 * @param counting        working or calendar days
 * @param length          the period in days
 * @param startEvent      the event that starts the period, e.g. {@code DECISION_MADE}
 * @param onExpiry        what happens when it runs out
 * @param extensionLength days added on the head's approval; null when the law allows none
 * @param suspendable     whether the clock can be suspended (the 90-day decision period)
 */
public record DeadlineRule(String key, String title, String article, CountingKind counting, int length,
        String startEvent, ExpiryAction onExpiry, Integer extensionLength, boolean suspendable) {

    /** The due date from the start date; suspended calendar days push a calendar-day period back. */
    ComputedDate dueFrom(WorkingCalendar calendar, LocalDate start, boolean extended, int suspendedDays) {
        int days = length + (extended && extensionLength != null ? extensionLength : 0);
        return switch (counting) {
            case WORKING -> calendar.plusWorkingDays(start, days);
            case CALENDAR -> calendar.plusCalendarDays(start, days + suspendedDays);
            case MONTHS -> calendar.plusMonths(start, days);
        };
    }
}
