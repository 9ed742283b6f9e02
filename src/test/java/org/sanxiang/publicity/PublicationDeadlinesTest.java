package org.sanxiang.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.calendar.DeadlineStatus;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.calendar.Due;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Publication (7 / 20 working days) and withdrawal (3 working days) deadlines on the real 2025
 * calendar: National Day 1–8 October off, Sunday 28 September and Saturday 11 October worked.
 */
@SanxiangTest
class PublicationDeadlinesTest {

    static final LocalDate DECIDED = LocalDate.of(2025, 9, 30);

    @Autowired Deadlines deadlines;

    @Test
    void penaltyIsPublishedWithinSevenWorkingDaysAcrossNationalDay() {
        Due due = deadlines.due(Drafts.dueRule("PENALTY"), DECIDED);
        // 9, 10, 11 (make-up Saturday), 13, 14, 15, 16 October
        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2025, 10, 16));
        assertJudged(due.ruleKey(), LocalDate.of(2025, 10, 16));
    }

    @Test
    void summaryPenaltyHasTheSevenDayRuleAndNoPenaltyTheTwentyDayRule() {
        assertThat(Drafts.dueRule("SUMMARY_PENALTY")).isEqualTo("publication-penalty");
        Due other = deadlines.due(Drafts.dueRule("NO_PENALTY"), DECIDED);
        assertThat(other.ruleKey()).isEqualTo("publication-other");
        // 7 days to 16 October, then 17, 20, 21, 22, 23, 24, 27, 28, 29, 30, 31, 3, 4 November
        assertThat(other.dueDate()).isEqualTo(LocalDate.of(2025, 11, 4));
        assertJudged(other.ruleKey(), LocalDate.of(2025, 11, 4));
    }

    @Test
    void withdrawalIsDueWithinThreeWorkingDaysCountingTheMakeUpSaturday() {
        Due due = deadlines.due("withdrawal", DECIDED);
        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2025, 10, 11));
        assertJudged("withdrawal", LocalDate.of(2025, 10, 11));
        assertThat(due.article()).isEqualTo("APL Art. 48");
    }

    /** Deadlines.met, on three cases started on DECIDED: MET the day before and of {@code due}, MISSED the day after. */
    private void assertJudged(String ruleKey, LocalDate due) {
        long before = newCaseId(), dayOf = newCaseId(), after = newCaseId();
        for (long id : new long[] {before, dayOf, after}) {
            assertThat(deadlines.start(id, ruleKey, DECIDED).due()).isEqualTo(due);
        }
        assertThat(deadlines.met(before, ruleKey, due.minusDays(1)).status()).as("day before").isEqualTo(DeadlineStatus.MET);
        assertThat(deadlines.met(dayOf, ruleKey, due).status()).as("day of").isEqualTo(DeadlineStatus.MET);
        assertThat(deadlines.met(after, ruleKey, due.plusDays(1)).status()).as("day after").isEqualTo(DeadlineStatus.MISSED);
    }

    private static long newCaseId() {
        return java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }
}
