package org.sanxiang.calendar;

/** RUNNING; MET (finished on or before the due date); MISSED (finished late, or open after the due date). */
public enum DeadlineStatus {
    RUNNING, MET, MISSED
}
