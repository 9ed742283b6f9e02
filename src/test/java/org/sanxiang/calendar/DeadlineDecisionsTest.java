package org.sanxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanxiang.SanxiangTest;
import org.sanxiang.calendar.persistence.DeadlineMapper;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The code that decides MET or MISSED, for every rule seeded in {@code deadline_rule}: {@link Deadlines#met}
 * for an act on the day before, the day of and the day after the due date, and an open deadline seen on
 * those days (a {@link Deadlines} on a clock stopped at each day). Each rule started on Friday 2025-09-26;
 * due dates worked out by hand from 2025.json (National Day 1–8 October off, Sunday 28 September and
 * Saturday 11 October worked).
 */
@SanxiangTest
class DeadlineDecisionsTest {

    private static final LocalDate FRIDAY = LocalDate.of(2025, 9, 26);
    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");

    /** Working days after the Friday: 9-28 (make-up Sunday), 29, 30, 10-9, 10, 11 (make-up Saturday), 13, 14, 15, 16 ... */
    static final Map<String, LocalDate> DUE = Map.ofEntries(
            Map.entry("filing", LocalDate.of(2025, 10, 23)),                 // 15 WD
            Map.entry("preservation-disposal", LocalDate.of(2025, 10, 13)),  // 7 WD
            Map.entry("seizure", LocalDate.of(2025, 10, 27)),                // 30 days = Sun 10-26, rolled to Monday
            Map.entry("hearing-request", LocalDate.of(2025, 10, 10)),        // 5 WD
            Map.entry("hearing-notice", LocalDate.of(2025, 10, 13)),         // 7 WD
            Map.entry("decision", LocalDate.of(2025, 12, 25)),               // 90 days: 4 + 31 + 30 + 25
            Map.entry("service", LocalDate.of(2025, 10, 13)),                // 7 WD
            Map.entry("payment", LocalDate.of(2025, 10, 11)),                // 15 days = the make-up Saturday
            Map.entry("legal-review", LocalDate.of(2025, 10, 13)),           // 7 WD
            Map.entry("publication-penalty", LocalDate.of(2025, 10, 13)),    // 7 WD
            Map.entry("publication-other", LocalDate.of(2025, 10, 30)),      // 20 WD
            Map.entry("withdrawal", LocalDate.of(2025, 9, 30)),              // 3 WD
            Map.entry("closing", LocalDate.of(2025, 10, 16)),                // 10 WD (office practice)
            Map.entry("archive", LocalDate.of(2025, 10, 16)),                // 10 WD (office practice)
            Map.entry("remedy-reconsideration", LocalDate.of(2025, 11, 25)), // 60 days: 4 + 31 + 25 (ARL Art. 20)
            Map.entry("remedy-litigation", LocalDate.of(2026, 3, 26)),      // 6 months, a Thursday (ALL Art. 46)
            Map.entry("demolition-reminder", LocalDate.of(2025, 10, 16)),   // 10 WD (ACL Art. 35, 69)
            Map.entry("cash-handover", LocalDate.of(2025, 9, 29)),           // 2 WD: the make-up Sunday, then Monday (APL Art. 71)
            Map.entry("cash-deposit", LocalDate.of(2025, 9, 29)));           // 2 WD (APL Art. 71)

    @Autowired
    Deadlines deadlines;
    @Autowired
    DeadlineMapper mapper;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    CalendarProperties properties;

    static Stream<Arguments> rules() {
        return DUE.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    private static long newCaseId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    @Test
    void everySeededRuleHasAHandWorkedDueDate() {
        assertThat(deadlines.rules()).extracting(DeadlineRule::key).containsExactlyInAnyOrderElementsOf(DUE.keySet());
    }

    @ParameterizedTest(name = "{0} due {1}")
    @MethodSource("rules")
    void actIsMetUpToItsDueDayAndMissedTheDayAfter(String ruleKey, LocalDate due) {
        long before = newCaseId(), dayOf = newCaseId(), after = newCaseId();
        for (long id : new long[] {before, dayOf, after}) {
            assertThat(deadlines.start(id, ruleKey, FRIDAY).due()).isEqualTo(due);
        }

        assertThat(deadlines.met(before, ruleKey, due.minusDays(1)).status()).as("day before").isEqualTo(DeadlineStatus.MET);
        assertThat(deadlines.met(dayOf, ruleKey, due).status()).as("due day").isEqualTo(DeadlineStatus.MET);
        assertThat(deadlines.met(after, ruleKey, due.plusDays(1)).status()).as("day after").isEqualTo(DeadlineStatus.MISSED);
        // as stored, not only as returned
        assertThat(deadlines.list(after)).singleElement().returns(DeadlineStatus.MISSED, CaseDeadline::status)
                .returns(due.plusDays(1), CaseDeadline::finishedOn);
        assertThat(deadlines.list(dayOf)).singleElement().returns(DeadlineStatus.MET, CaseDeadline::status);
    }

    @ParameterizedTest(name = "{0} due {1}")
    @MethodSource("rules")
    void openDeadlineRunsUpToItsDueDayAndIsMissedTheDayAfter(String ruleKey, LocalDate due) {
        long id = newCaseId();
        deadlines.start(id, ruleKey, FRIDAY);

        assertThat(on(due.minusDays(1)).list(id)).singleElement().as("day before")
                .returns(DeadlineStatus.RUNNING, CaseDeadline::status);
        assertThat(on(due).list(id)).singleElement().as("due day").returns(DeadlineStatus.RUNNING, CaseDeadline::status);
        assertThat(on(due.plusDays(1)).list(id)).singleElement().as("day after")
                .returns(DeadlineStatus.MISSED, CaseDeadline::status);
    }

    @Test
    void suspendedDecisionClockIsNotMissedWhileSuspended() {
        long id = newCaseId();
        deadlines.start(id, Deadlines.DECISION, FRIDAY);
        deadlines.suspend(id, SuspensionReason.HEARING, LocalDate.of(2025, 12, 1));

        assertThat(on(LocalDate.of(2025, 12, 26)).list(id)).singleElement()
                .returns(DeadlineStatus.RUNNING, CaseDeadline::status);
    }

    /** The deadlines as seen at noon of {@code day} (office time). */
    private Deadlines on(LocalDate day) {
        Clock stopped = Clock.fixed(day.atTime(12, 0).atZone(CST).toInstant(), CST);
        return new Deadlines(mapper, calendar, properties, stopped);
    }
}
