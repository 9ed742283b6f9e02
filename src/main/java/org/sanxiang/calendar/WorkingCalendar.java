package org.sanxiang.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Working-day arithmetic on the State Council holiday notices (RULES §1). The first day is never
 * counted: a 7-working-day period starting on a Friday ends on the 7th working day after it.
 * Dates outside the loaded notices are answered on weekends only and flagged provisional.
 */
public class WorkingCalendar {

    /** Longer periods than ten years are input errors, not deadlines. */
    public static final int MAX_LENGTH = 3650;

    private final Supplier<HolidayTable> table;
    private final boolean rollForward;

    public WorkingCalendar(Supplier<HolidayTable> table, boolean rollForward) {
        this.table = table;
        this.rollForward = rollForward;
    }

    public static WorkingCalendar of(HolidayTable table, boolean rollForward) {
        return new WorkingCalendar(() -> table, rollForward);
    }

    public boolean isWorkingDay(LocalDate date) {
        return table.get().isWorkingDay(Objects.requireNonNull(date, "date"));
    }

    /** Whether the date's year has no published holiday notice yet. */
    public boolean isProvisional(LocalDate date) {
        return table.get().isProvisional(Objects.requireNonNull(date, "date"));
    }

    /** The n-th working day after {@code start} (APL Art. 85); {@code start} itself is not counted. */
    public ComputedDate plusWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        checkLength(n);
        HolidayTable t = table.get();
        LocalDate day = start;
        boolean provisional = false;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            provisional |= t.isProvisional(day);
            if (t.isWorkingDay(day)) {
                counted++;
            }
        }
        return new ComputedDate(day, provisional);
    }

    /**
     * {@code start} plus n calendar days (APL Art. 60, 67); when the last day is not a working day
     * and roll-forward is configured, the next working day.
     */
    public ComputedDate plusCalendarDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        checkLength(n);
        HolidayTable t = table.get();
        LocalDate day = start.plusDays(n);
        boolean provisional = rollForward && t.isProvisional(day);
        if (rollForward) {
            while (!t.isWorkingDay(day)) {
                day = day.plusDays(1);
                provisional |= t.isProvisional(day);
            }
        }
        return new ComputedDate(day, provisional);
    }

    /**
     * {@code start} plus n months (ALL Art. 46), the same day of the month or the month's last day, then
     * rolled to the next working day like a calendar-day period.
     */
    public ComputedDate plusMonths(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        checkLength(n * 31L);
        LocalDate end = start.plusMonths(n);
        return plusCalendarDays(end, 0);
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to} is
     * before {@code from}.
     */
    public WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            WorkingDayCount reverse = workingDaysBetween(to, from);
            return new WorkingDayCount(-reverse.days(), reverse.provisional());
        }
        checkLength(ChronoUnit.DAYS.between(from, to));
        HolidayTable t = table.get();
        long count = 0;
        boolean provisional = false;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            provisional |= t.isProvisional(day);
            if (t.isWorkingDay(day)) {
                count++;
            }
        }
        return new WorkingDayCount(count, provisional);
    }

    private static void checkLength(long n) {
        if (n < 0 || n > MAX_LENGTH) {
            throw new DeadlineLengthInvalid(n);
        }
    }
}
