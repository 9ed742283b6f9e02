package org.sanxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic on the real State Council notices, at their edges. */
@Tag("no-db")
class WorkingCalendarTest {

    private final WorkingCalendar calendar = RealHolidays.calendar(true);

    @Test
    void countsSevenWorkingDaysAcrossNationalDayWeek2025WithBothMakeUpDays() {
        // Fri 2025-09-26; Sun 09-28 and Sat 10-11 are make-up working days; 10-01..10-08 are off.
        ComputedDate due = calendar.plusWorkingDays(LocalDate.of(2025, 9, 26), 7);

        assertThat(due.date()).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(due.provisional()).isFalse();
    }

    @Test
    void aPeriodInMonthsEndsOnTheSameDayOrTheMonthsLastAndRollsLikeCalendarDays() {
        // ALL Art. 46: six months from Tuesday 2026-03-10 end on Thursday 2026-09-10
        assertThat(calendar.plusMonths(LocalDate.of(2026, 3, 10), 6).date()).isEqualTo(LocalDate.of(2026, 9, 10));
        // from 08-31 to the last day of February: Saturday 2026-02-28 is a make-up working day, not rolled
        assertThat(calendar.plusMonths(LocalDate.of(2025, 8, 31), 6).date()).isEqualTo(LocalDate.of(2026, 2, 28));
        // into National Day: Sunday 2026-10-04 rolls to Thursday 10-08, the first working day after the holiday
        assertThat(calendar.plusMonths(LocalDate.of(2026, 4, 4), 6).date()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(RealHolidays.calendar(false).plusMonths(LocalDate.of(2026, 4, 4), 6).date())
                .isEqualTo(LocalDate.of(2026, 10, 4));
    }

    @Test
    void countsMakeUpSaturdayAsWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 21))).as("an ordinary holiday Saturday").isFalse();
    }

    @Test
    void treatsListedWeekdayHolidayAsDayOff() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Monday of the Spring Festival").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 2))).as("an ordinary Monday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).as("an ordinary Saturday").isFalse();
    }

    @Test
    void countsAcrossSpringFestival2026WithItsTwoMakeUpSaturdays() {
        // Thu 02-12: Fri 02-13 (1), Sat 02-14 make-up (2), 02-15..02-23 off, 02-24 (3), 02-25 (4), 02-26 (5)
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 12), 5).date()).isEqualTo(LocalDate.of(2026, 2, 26));
        // 02-13, 02-14, 02-24, 02-25, 02-26, 02-27 and the make-up Saturday 02-28
        WorkingDayCount count = calendar.workingDaysBetween(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 28));
        assertThat(count.days()).isEqualTo(7);
        assertThat(count.provisional()).isFalse();
    }

    @Test
    void countsWorkingDaysBackwardsAsNegative() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 12)).days())
                .isEqualTo(-7);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)).days()).isZero();
    }

    @Test
    void readsNewYearHolidayOfDecember2022FromThe2023Notice() {
        // 12-31 (listed in 2023.json), 01-01 and Monday 01-02 are off: 01-03, 01-04, 01-05
        assertThat(calendar.plusWorkingDays(LocalDate.of(2022, 12, 30), 3))
                .isEqualTo(new ComputedDate(LocalDate.of(2023, 1, 5), false));
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 1, 2))).isFalse();
    }

    @Test
    void marksDeadlineRunningInto2027AsProvisional() {
        // 2027 has no published notice: counted on weekends only
        ComputedDate due = calendar.plusWorkingDays(LocalDate.of(2026, 12, 28), 7);

        assertThat(due).isEqualTo(new ComputedDate(LocalDate.of(2027, 1, 6), true));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 1), 5).provisional()).isFalse();
    }

    @Test
    void answersDatesOutsideTheLoadedDataOnWeekendsOnlyAsProvisional() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2040, 1, 6), 5))
                .isEqualTo(new ComputedDate(LocalDate.of(2040, 1, 13), true));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2010, 10, 1), 1))
                .isEqualTo(new ComputedDate(LocalDate.of(2010, 10, 4), true));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2040, 1, 1), LocalDate.of(2040, 1, 8)).provisional()).isTrue();
    }

    @Test
    void rollsCalendarDayDeadlineEndingOnHolidayToNextWorkingDay() {
        // 2025-09-20 + 15 days = 2025-10-05, inside the National Day holiday: next working day 10-09
        assertThat(calendar.plusCalendarDays(LocalDate.of(2025, 9, 20), 15).date()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(RealHolidays.calendar(false).plusCalendarDays(LocalDate.of(2025, 9, 20), 15).date())
                .as("roll-forward switched off").isEqualTo(LocalDate.of(2025, 10, 5));
    }

    @Test
    void doesNotRollCalendarDayDeadlineEndingOnMakeUpSaturday() {
        assertThat(calendar.plusCalendarDays(LocalDate.of(2025, 9, 26), 15).date()).isEqualTo(LocalDate.of(2025, 10, 11));
    }

    @Test
    void flagsCalendarDayDeadlineProvisionalOnlyWhenItsLastDayIsInAnUnpublishedYear() {
        assertThat(calendar.plusCalendarDays(LocalDate.of(2026, 12, 1), 15).provisional()).isFalse();
        assertThat(calendar.plusCalendarDays(LocalDate.of(2026, 12, 20), 15).provisional()).isTrue();
    }

    @Test
    void rejectsNegativeLength() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2025, 1, 6), -1))
                .isInstanceOfSatisfying(DeadlineLengthInvalid.class, e -> {
                    assertThat(e.slug()).isEqualTo("deadline-length-invalid");
                    assertThat(e.article()).isEqualTo("APL Art. 85");
                    assertThat(e.status().value()).isEqualTo(400);
                });
    }

    @Test
    void rejectsAbsurdLengthButAcceptsTenYears() {
        assertThatThrownBy(() -> calendar.plusCalendarDays(LocalDate.of(2025, 1, 6), 3651))
                .isInstanceOf(DeadlineLengthInvalid.class);
        assertThat(calendar.plusCalendarDays(LocalDate.of(2025, 1, 6), 3650).date()).isAfter(LocalDate.of(2035, 1, 1));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 1, 6), 0).date()).isEqualTo(LocalDate.of(2025, 1, 6));
    }

    @Test
    void loadsEveryShippedYearAndKnows2027IsUnpublished() {
        assertThat(RealHolidays.NOTICES).extracting(HolidayNotice::year)
                .containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027);
        assertThat(RealHolidays.TABLE.publishedYears()).doesNotContain(2027).contains(2018, 2026);
    }
}
