package org.sanxiang.calendar;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rollForward      a calendar-day deadline whose last day is not a working day ends on the next
 *                         working day (practice by analogy with 民事诉讼法 Art. 85; default true)
 * @param holidayResources where the shipped holiday-cn notices ({@code YYYY.json}) are read from at
 *                         start-up (default {@code classpath:holidays/*.json}); a year already in the
 *                         database is never overwritten by a shipped file
 * @param zone             the office's zone: a due day ends at 23:59:59 in it (default Asia/Shanghai)
 */
@ConfigurationProperties("sanxiang.calendar")
public record CalendarProperties(
        @DefaultValue("true") boolean rollForward,
        @DefaultValue("classpath:holidays/*.json") String holidayResources,
        @DefaultValue("Asia/Shanghai") ZoneId zone) {
}
