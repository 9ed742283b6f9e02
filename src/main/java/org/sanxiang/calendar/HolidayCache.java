package org.sanxiang.calendar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.calendar.persistence.HolidayDayRow;
import org.sanxiang.calendar.persistence.HolidayMapper;
import org.sanxiang.calendar.persistence.NoticeYearRow;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The holiday table held in memory: read from the database on first use and again after every
 * upload (after commit), so a working-day question never touches the database.
 */
@Component
@RequiredArgsConstructor
class HolidayCache {

    private final HolidayMapper mapper;
    private volatile HolidayTable table;

    HolidayTable table() {
        HolidayTable t = table;
        if (t == null) {
            synchronized (this) {
                if (table == null) {
                    table = readFromDatabase();
                }
                t = table;
            }
        }
        return t;
    }

    /** Re-reads the table; inside a transaction this sees the transaction's own writes. */
    HolidayTable readFromDatabase() {
        Map<Integer, List<HolidayNotice.Day>> days = new LinkedHashMap<>();
        for (HolidayDayRow row : mapper.selectAllDays()) {
            days.computeIfAbsent(row.noticeYear(), y -> new ArrayList<>())
                    .add(new HolidayNotice.Day(row.dayName(), row.dayDate(), row.offDay()));
        }
        List<HolidayNotice> notices = new ArrayList<>();
        for (NoticeYearRow year : mapper.selectNoticeYears()) {
            notices.add(new HolidayNotice(year.noticeYear(), List.of(),
                    days.getOrDefault(year.noticeYear(), List.of())));
        }
        return HolidayTable.of(notices);
    }

    synchronized void refresh() {
        table = readFromDatabase();
    }
}
