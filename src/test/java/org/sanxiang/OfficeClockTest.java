package org.sanxiang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanxiang.calendar.WorkingCalendar;
import org.sanxiang.cases.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/** The office clock of the tests starts where OfficeTestClock says, and Scenario.today() is its date. */
@SanxiangTest
class OfficeClockTest {

    @Autowired
    Clock clock;
    @Autowired
    WorkingCalendar calendar;

    @Test
    void officeClockRunsFromTheFixedStartOfTheTestRun() {
        assertThat(clock.getZone()).isEqualTo(OfficeTestClock.OFFICE_ZONE);
        assertThat(clock.instant()).isBetween(OfficeTestClock.START, OfficeTestClock.START.plus(Duration.ofHours(6)));
        assertThat(LocalDate.now(clock)).isEqualTo(OfficeTestClock.TODAY).isEqualTo(Scenario.today());
    }

    @Test
    void testRunDateIsAnOrdinaryWednesday() {
        assertThat(OfficeTestClock.TODAY.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        for (int d = -21; d <= 21; d++) {
            LocalDate day = OfficeTestClock.TODAY.plusDays(d);
            boolean weekday = day.getDayOfWeek().getValue() <= 5;
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isEqualTo(weekday);
        }
    }
}
