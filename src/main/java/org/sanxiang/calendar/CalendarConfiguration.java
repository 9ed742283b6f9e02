package org.sanxiang.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    /** The calendar reads the in-memory holiday table on every call, so uploads take effect at once. */
    @Bean
    WorkingCalendar workingCalendar(HolidayCache cache, CalendarProperties properties) {
        return new WorkingCalendar(cache::table, properties.rollForward());
    }
}
