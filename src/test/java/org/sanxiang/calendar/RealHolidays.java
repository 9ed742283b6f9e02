package org.sanxiang.calendar;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The shipped holiday-cn notices, read without Spring or a database. */
final class RealHolidays {

    static final List<HolidayNotice> NOTICES = BundledHolidayFiles.read("classpath:holidays/*.json", new ObjectMapper());
    static final HolidayTable TABLE = HolidayTable.of(NOTICES);

    static WorkingCalendar calendar(boolean rollForward) {
        return WorkingCalendar.of(TABLE, rollForward);
    }

    private RealHolidays() {
    }
}
