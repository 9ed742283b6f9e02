package org.sanxiang.calendar;

/** How a period is counted: APL Art. 85 and ACL Art. 69 make the short periods working days. */
public enum CountingKind {
    WORKING, CALENDAR
}
