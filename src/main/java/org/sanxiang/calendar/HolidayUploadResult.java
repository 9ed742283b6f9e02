package org.sanxiang.calendar;

/**
 * The outcome of loading one year's notice.
 *
 * @param recomputedDeadlines running provisional case deadlines recomputed on the new data
 */
public record HolidayUploadResult(int year, int days, boolean published, int recomputedDeadlines) {
}
