package org.sanxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class HolidayLoaderTest {

    @Autowired
    HolidayAdministration administration;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsEveryShippedYearAtStartUpWith2027AsUnpublishedPlaceholder() {
        assertThat(administration.noticeYears())
                .filteredOn(y -> y.year() >= 2018 && y.year() <= 2027)
                .extracting(NoticeYear::year, NoticeYear::published)
                .contains(org.assertj.core.groups.Tuple.tuple(2025, true), org.assertj.core.groups.Tuple.tuple(2026, true),
                        org.assertj.core.groups.Tuple.tuple(2027, false))
                .hasSize(10);
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM calendar_holiday_day WHERE notice_year = 2023 AND day_date = DATE '2022-12-31'",
                Integer.class)).isOne();
    }

    @Test
    void importsNothingTwice() {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM calendar_holiday_day", Integer.class);

        assertThat(administration.importBundled()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_holiday_day", Integer.class)).isEqualTo(before);
    }

    @Test
    void answersFromTheLoadedTable() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).as("make-up Sunday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).as("National Day holiday").isFalse();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 26), 7).date()).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(calendar.isProvisional(LocalDate.of(2027, 3, 1))).isTrue();
    }
}
