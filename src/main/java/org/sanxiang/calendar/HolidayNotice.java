package org.sanxiang.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's State Council holiday notice in the holiday-cn shape. A notice without days is a
 * placeholder for a year whose notice is not published yet.
 *
 * @param year   the notice's year
 * @param papers the URLs of the State Council documents
 * @param days   the listed days: holidays ({@code offDay}) and make-up working days (调休上班)
 */
public record HolidayNotice(int year, List<String> papers, List<Day> days) {

    public HolidayNotice {
        papers = List.copyOf(papers);
        days = List.copyOf(days);
    }

    /** Whether the State Council notice for the year has been published (it lists at least one day). */
    public boolean published() {
        return !days.isEmpty();
    }

    /** One listed day; {@code offDay} false marks a make-up working day. */
    public record Day(String name, LocalDate date, boolean offDay) {
    }
}
