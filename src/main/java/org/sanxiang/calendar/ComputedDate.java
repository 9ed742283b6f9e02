package org.sanxiang.calendar;

import java.time.LocalDate;

/**
 * A date computed on the working-day calendar.
 *
 * @param provisional a day the result depends on lies in a year without a published holiday notice:
 *                    it was counted on weekends only and is recomputed when the notice arrives
 */
public record ComputedDate(LocalDate date, boolean provisional) {
}
