package org.sanxiang.calendar;

/**
 * How a period is counted: APL Art. 85 and ACL Art. 69 make the short periods working days; a period in
 * months (行政诉讼法 ALL Art. 46: six months) ends on the same day of the last month, rolled like calendar days.
 */
public enum CountingKind {
    WORKING, CALENDAR, MONTHS
}
