package org.sanxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each default rule started on Friday 2025-09-26 (the eve of the 2025 National Day make-up Sunday),
 * its due date worked out by hand from 2025.json, and the act judged the day before, of and after.
 * That every seeded rule has such a date is checked against the database in DeadlineDecisionsTest.
 */
@Tag("no-db")
class DeadlineRuleEdgesTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 26);
    private final WorkingCalendar calendar = RealHolidays.calendar(true);

    static Stream<Arguments> dueDates() {
        return Stream.of(
                Arguments.of("filing", LocalDate.of(2025, 10, 23)),               // 15 WD
                Arguments.of("preservation-disposal", LocalDate.of(2025, 10, 13)), // 7 WD
                Arguments.of("seizure", LocalDate.of(2025, 10, 27)),              // 30 days = Sun 10-26, rolled
                Arguments.of("hearing-request", LocalDate.of(2025, 10, 10)),      // 5 WD
                Arguments.of("hearing-notice", LocalDate.of(2025, 10, 13)),       // 7 WD: earliest hearing day
                Arguments.of("decision", LocalDate.of(2025, 12, 25)),             // 90 days
                Arguments.of("service", LocalDate.of(2025, 10, 13)),              // 7 WD
                Arguments.of("payment", LocalDate.of(2025, 10, 11)),              // 15 days = make-up Saturday
                Arguments.of("legal-review", LocalDate.of(2025, 10, 13)),         // 7 WD
                Arguments.of("publication-penalty", LocalDate.of(2025, 10, 13)),  // 7 WD
                Arguments.of("publication-other", LocalDate.of(2025, 10, 30)),    // 20 WD
                Arguments.of("withdrawal", LocalDate.of(2025, 9, 30)));           // 3 WD
    }

    @ParameterizedTest(name = "{0} due {1}")
    @MethodSource("dueDates")
    void actIsInTimeUpToItsDueDateAndLateTheDayAfter(String ruleKey, LocalDate expectedDue) {
        DeadlineRule rule = DefaultRules.rule(ruleKey);
        ComputedDate computed = rule.dueFrom(calendar, START, false, 0);

        assertThat(computed.date()).isEqualTo(expectedDue);
        assertThat(computed.provisional()).isFalse();
        // the decision Deadlines.met and Deadlines.list make (DeadlineDecisionsTest drives them on every seeded rule)
        assertThat(Deadlines.statusOfActOn(expectedDue.minusDays(1), computed.date())).as("day before")
                .isEqualTo(DeadlineStatus.MET);
        assertThat(Deadlines.statusOfActOn(expectedDue, computed.date())).as("due day").isEqualTo(DeadlineStatus.MET);
        assertThat(Deadlines.statusOfActOn(expectedDue.plusDays(1), computed.date())).as("day after")
                .isEqualTo(DeadlineStatus.MISSED);
    }

    @org.junit.jupiter.api.Test
    void extendsSeizureByThirtyDaysAndLegalReviewByThreeWorkingDays() {
        assertThat(DefaultRules.rule("seizure").dueFrom(calendar, START, true, 0).date())
                .isEqualTo(LocalDate.of(2025, 11, 25));
        // 7 WD = 10-13, +3 WD = 10-16
        assertThat(DefaultRules.rule("legal-review").dueFrom(calendar, START, true, 0).date())
                .isEqualTo(LocalDate.of(2025, 10, 16));
    }

    @org.junit.jupiter.api.Test
    void movesDecisionDueDateBySuspendedCalendarDays() {
        // 90 days = Thu 12-25; 10 suspended days -> Sun 2026-01-04, a make-up working day in 2026.json
        assertThat(DefaultRules.rule("decision").dueFrom(calendar, START, false, 10).date())
                .isEqualTo(LocalDate.of(2026, 1, 4));
        // 8 suspended days -> Fri 2026-01-02 (New Year holiday) -> rolls to the make-up Sunday 01-04
        assertThat(DefaultRules.rule("decision").dueFrom(calendar, START, false, 8).date())
                .isEqualTo(LocalDate.of(2026, 1, 4));
    }
}
