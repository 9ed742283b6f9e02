package org.sanxiang.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An immutable snapshot of the loaded holiday notices: which dates are listed (off, or make-up
 * working days) and which years have a published notice. Lookups are a hash-map probe.
 */
public final class HolidayTable {

    private final Map<LocalDate, Boolean> listedWorking;
    private final Set<Integer> publishedYears;

    private HolidayTable(Map<LocalDate, Boolean> listedWorking, Set<Integer> publishedYears) {
        this.listedWorking = listedWorking;
        this.publishedYears = publishedYears;
    }

    public static HolidayTable of(Collection<HolidayNotice> notices) {
        Map<LocalDate, Boolean> listed = new HashMap<>();
        Set<Integer> published = new HashSet<>();
        for (HolidayNotice notice : notices) {
            if (notice.published()) {
                published.add(notice.year());
            }
            for (HolidayNotice.Day day : notice.days()) {
                listed.put(day.date(), !day.offDay());
            }
        }
        return new HolidayTable(Map.copyOf(listed), Set.copyOf(published));
    }

    public static HolidayTable empty() {
        return new HolidayTable(Map.of(), Set.of());
    }

    /** RULES §1: listed ? !isOffDay : Monday to Friday. */
    public boolean isWorkingDay(LocalDate date) {
        Boolean listed = listedWorking.get(date);
        if (listed != null) {
            return listed;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** Whether the date's year has no published notice, so its working status is a weekend-only guess. */
    public boolean isProvisional(LocalDate date) {
        return !publishedYears.contains(date.getYear());
    }

    public Set<Integer> publishedYears() {
        return publishedYears;
    }
}
