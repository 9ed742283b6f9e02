package org.sanxiang.calendar;

/**
 * A number of working days between two dates (the first day not counted).
 *
 * @param provisional a counted day lies in a year without a published holiday notice
 */
public record WorkingDayCount(long days, boolean provisional) {
}
