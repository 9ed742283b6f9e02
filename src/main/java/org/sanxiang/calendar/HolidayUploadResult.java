package org.sanxiang.calendar;

/**
 * The outcome of loading one year's notice.
 *
 * @param recomputedDeadlines running case deadlines recomputed on the new data (provisional ones, and others whose due date changed)
 */
public record HolidayUploadResult(int year, int days, boolean published, int recomputedDeadlines) {
}
