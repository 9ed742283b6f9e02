package org.sanxiang.calendar;

import java.time.LocalDate;

/**
 * A rule's due date from a start date: the act is in time on {@code dueDate} and late the day after.
 *
 * @param provisional the date depends on a year without a published holiday notice
 */
public record Due(String ruleKey, String article, LocalDate start, LocalDate dueDate, boolean provisional) {
}
