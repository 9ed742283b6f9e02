package org.sanxiang.publicity;

/**
 * Publication timeliness of the decisions whose publication fell due in one month (G118; RULES §3):
 * published by the due date, published after it, and not yet published although the due date passed
 * (still overdue). Publications not yet due, blocked or withdrawn before publication count in none.
 *
 * @param month yyyy-MM of the due date
 */
public record MonthTimeliness(String month, long onTime, long late, long overdue) {
}
