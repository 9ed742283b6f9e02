package org.sanxiang;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Sanxiang — the "three systems" enforcement case engine: a modular monolith with an embedded
 * Camunda 7 engine. Each top-level package is a module (see {@code ModularityTests}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SanxiangApplication {

    public static void main(String[] args) {
        SpringApplication.run(SanxiangApplication.class, args);
    }

    /**
     * Office time: deadlines and record timestamps are China Standard Time whatever the host zone.
     * {@code sanxiang.clock-start} (an ISO instant; unset in production) starts the office clock at that
     * instant, from which it runs on: the tests set it so that a run on a Monday or across midnight
     * computes the same dates.
     */
    @Bean
    Clock clock(@Value("${sanxiang.clock-start:}") String start) {
        Clock system = Clock.system(ZoneId.of("Asia/Shanghai"));
        if (start.isBlank()) {
            return system;
        }
        return Clock.offset(system, Duration.between(system.instant(), Instant.parse(start)));
    }

    /** {@code @PastOrPresent} and friends judge dates by office time too, not by the host's zone. */
    @Bean
    ValidationConfigurationCustomizer officeClockForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
