package org.sanxiang.calendar;

/** What the process does when a deadline runs out. */
public enum ExpiryAction {
    WARN, ESCALATE, MOVE_PROCESS
}
