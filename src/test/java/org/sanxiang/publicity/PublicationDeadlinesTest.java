package org.sanxiang.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
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
        assertThat(due.missedOn(LocalDate.of(2025, 10, 15))).as("day before").isFalse();
        assertThat(due.missedOn(LocalDate.of(2025, 10, 16))).as("day of").isFalse();
        assertThat(due.missedOn(LocalDate.of(2025, 10, 17))).as("day after").isTrue();
    }

    @Test
    void summaryPenaltyHasTheSevenDayRuleAndNoPenaltyTheTwentyDayRule() {
        assertThat(Drafts.dueRule("SUMMARY_PENALTY")).isEqualTo("publication-penalty");
        Due other = deadlines.due(Drafts.dueRule("NO_PENALTY"), DECIDED);
        assertThat(other.ruleKey()).isEqualTo("publication-other");
        // 7 days to 16 October, then 17, 20, 21, 22, 23, 24, 27, 28, 29, 30, 31, 3, 4 November
        assertThat(other.dueDate()).isEqualTo(LocalDate.of(2025, 11, 4));
        assertThat(other.missedOn(LocalDate.of(2025, 11, 3))).isFalse();
        assertThat(other.missedOn(LocalDate.of(2025, 11, 4))).isFalse();
        assertThat(other.missedOn(LocalDate.of(2025, 11, 5))).isTrue();
    }

    @Test
    void withdrawalIsDueWithinThreeWorkingDaysCountingTheMakeUpSaturday() {
        Due due = deadlines.due("withdrawal", DECIDED);
        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(due.missedOn(LocalDate.of(2025, 10, 10))).as("day before").isFalse();
        assertThat(due.missedOn(LocalDate.of(2025, 10, 11))).as("day of").isFalse();
        assertThat(due.missedOn(LocalDate.of(2025, 10, 12))).as("day after").isTrue();
        assertThat(due.article()).isEqualTo("APL Art. 48");
    }
}
