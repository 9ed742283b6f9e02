package org.sanxiang.calendar.persistence;

import java.time.LocalDate;

public record HolidayDayRow(int noticeYear, LocalDate dayDate, String dayName, boolean offDay) {
}
