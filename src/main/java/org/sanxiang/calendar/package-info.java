/**
 * Working days and statutory deadlines: the State Council holiday notices as data, working-day and
 * calendar-day arithmetic (APL Art. 85, ACL Art. 69), the deadline rules of RULES.md §2 and each
 * case's running and finished deadlines, including suspension of the 90-day decision clock
 * (APL Art. 60). Public API: {@link org.sanxiang.calendar.WorkingCalendar},
 * {@link org.sanxiang.calendar.Deadlines} (bean {@code deadlines}, usable from BPMN expressions) and
 * {@link org.sanxiang.calendar.HolidayAdministration}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar",
        allowedDependencies = {"process", "web"})
package org.sanxiang.calendar;
