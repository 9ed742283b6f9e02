package org.sanxiang.cases.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.cases.steps.StepRulesTest.refused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.StepInput;
import org.sanxiang.cases.StepInput.CorrectionKind;
import org.sanxiang.cases.StepInput.FollowUp;
import org.sanxiang.process.ProcessVariables;

/**
 * The order to correct (APL Art. 28) and forced demolition (ACL Art. 35-37, 43, 44) at their edges, Spring-free:
 * the day before / of / after each period, 9 and 10 days of reminder, 05:59 / 06:00 and 21:59 / 22:00, a holiday.
 */
class EnforcementRulesTest {

    static final LocalDate TODAY = FakeCaseContext.TODAY; // Wednesday 2026-06-10
    final FakeCaseContext ctx = new FakeCaseContext();
    final FakeEnforcement e = ctx.enforcement;
    final StepRules rules = StepRules.standard();

    static StepInput.FollowUpInspection inspection(LocalDate on, boolean corrected, FollowUp followUp) {
        return new StepInput.FollowUpInspection(on, corrected, "复查情况", followUp, List.of(1L, 2L), List.of("C1", "C2"));
    }

    @Test
    void aPenaltyDecisionCarriesTheOrderToCorrectAndItsPeriodRunsFromService() {
        ctx.notice = new CaseContext.PriorNoticeGiven(TODAY.minusDays(10), new BigDecimal("1000"));
        refused(() -> rules.complete(new StepInput.HeadDecision(TODAY, List.of(PenaltyType.FINE), new BigDecimal("1000"), null,
                "理由"), ctx), "decision-without-correction-order", "APL Art. 28");
        StepOutcome decided = rules.complete(new StepInput.HeadDecision(TODAY, List.of(PenaltyType.FINE), new BigDecimal("1000"),
                null, "理由", new StepInput.CorrectionOrder(CorrectionKind.STOP_CONSTRUCTION_DEMOLISH, "拆除违法建筑", 30)), ctx);
        assertThat(decided.summary()).contains("责令停止建设、限期拆除", "30 日");
        assertThat(e.order.decisionNumber()).isEqualTo("DECISION-2026-1");
        ctx.decision = new org.sanxiang.cases.CaseViews.Decision(1, "DECISION-2026-1", "PENALTY", "FINE",
                new BigDecimal("1000"), null, "理由", "liuyang", TODAY);
        StepOutcome served = rules.complete(new StepInput.ServiceRecord(StepInput.ServiceMethod.DIRECT, TODAY, "王某某", null), ctx);
        assertThat(served.variables()).containsEntry(ProcessVariables.CORRECTION_ORDERED, true);
        assertThat(e.order.dueOn()).isEqualTo(TODAY.plusDays(30));
    }

    @Test
    void aNoPenaltyDecisionMayCarryAnOrderAndWithoutOneNoFollowUpIsDue() {
        ctx.facts = FakeCaseContext.facts("NO_PENALTY_MINOR", null, null, TODAY, false, TODAY);
        rules.complete(new StepInput.HeadDecision(TODAY, List.of(), null, null, "轻微"), ctx);
        assertThat(e.order).isNull();
        ctx.decision = new org.sanxiang.cases.CaseViews.Decision(1, "NO_PENALTY-2026-1", "NO_PENALTY", "", null, null, "轻微",
                "liuyang", TODAY);
        StepOutcome served = rules.complete(new StepInput.ServiceRecord(StepInput.ServiceMethod.DIRECT, TODAY, "王某某", null), ctx);
        assertThat(served.variables()).containsEntry(ProcessVariables.CORRECTION_ORDERED, false);
    }

    @Test
    void notCorrectedCanOnlyBeFoundFromTheDayAfterTheOrdersLastDay() {
        LocalDate due = TODAY.minusDays(1);
        e.order = FakeEnforcement.order(CorrectionKind.CORRECT_WITHIN_PERIOD, TODAY.minusDays(15), due);
        refused(() -> rules.complete(inspection(due.minusDays(1), false, FollowUp.NEW_CASE), ctx),
                "follow-up-before-correction-due", "APL Art. 28");
        refused(() -> rules.complete(inspection(due, false, FollowUp.NEW_CASE), ctx),
                "follow-up-before-correction-due", "APL Art. 28");
        StepOutcome early = rules.complete(inspection(due.minusDays(1), true, null), ctx); // corrected early: recorded
        assertThat(early.variables()).containsEntry(ProcessVariables.FORCED_DEMOLITION, false);
        StepOutcome dayAfter = rules.complete(inspection(due.plusDays(1), false, FollowUp.COURT_ENFORCEMENT), ctx);
        assertThat(dayAfter.summary()).contains("未改正", "申请人民法院强制执行");
        refused(() -> rules.complete(inspection(due.plusDays(1), false, null), ctx), "follow-up-measure-required", "APL Art. 28");
        refused(() -> rules.complete(inspection(TODAY.minusDays(16), true, null), ctx), "follow-up-before-service", "APL Art. 28");
        // forced demolition only follows an order to demolish a building (ACL Art. 44)
        refused(() -> rules.complete(inspection(due.plusDays(1), false, FollowUp.FORCED_DEMOLITION), ctx),
                "forced-demolition-needs-demolition-order", "ACL Art. 44");
        // an order to correct at once: not corrected can be found on the day of service
        e.order = new EnforcementContext.OrderToCorrect(1, "D-1", CorrectionKind.CORRECT, "立即停止", 0, TODAY, TODAY, TODAY,
                null, null, null);
        rules.complete(inspection(TODAY, false, FollowUp.NEW_CASE), ctx);
        e.order = FakeEnforcement.order(CorrectionKind.STOP_CONSTRUCTION_DEMOLISH, TODAY.minusDays(15), due);
        StepOutcome demolish = rules.complete(inspection(due.plusDays(1), false, FollowUp.FORCED_DEMOLITION), ctx);
        assertThat(demolish.variables()).containsEntry(ProcessVariables.FORCED_DEMOLITION, true);
    }

    @Test
    void theNoticeStoresTheLaterOfTheRemedyPeriodsFromService() {
        LocalDate served = LocalDate.of(2026, 1, 5);
        e.order = FakeEnforcement.order(CorrectionKind.STOP_CONSTRUCTION_DEMOLISH, served, served.plusDays(30));
        e.order = new EnforcementContext.OrderToCorrect(1, "D-1", CorrectionKind.STOP_CONSTRUCTION_DEMOLISH, "拆除", 30,
                served, served, served.plusDays(30), served.plusDays(31), false, "FORCED_DEMOLITION");
        refused(() -> rules.complete(new StepInput.DemolitionNotice(served.plusDays(30), "现场", 15, "公告"), ctx),
                "demolition-notice-before-inspection", "ACL Art. 44");
        rules.complete(new StepInput.DemolitionNotice(served.plusDays(31), "违法建筑所在地", 15, "限期自行拆除"), ctx);
        assertThat(e.demolition.remedyLapsesOn()).isEqualTo(LocalDate.of(2026, 7, 5)); // 6 months > 60 days
        assertThat(e.demolition.noticeEndsOn()).isEqualTo(served.plusDays(46));
    }

    @Test
    void theReminderComesTheDayAfterThePeriodsAndGivesAtLeastTenWorkingDays() {
        LocalDate lapse = TODAY.minusDays(3);
        e.demolition = FakeEnforcement.demolition(lapse.minusDays(30), lapse);
        refused(() -> rules.complete(new StepInput.DemolitionReminder(lapse.minusDays(1), 10, "催告"), ctx),
                "demolition-remedy-periods-running", "ACL Art. 44");
        refused(() -> rules.complete(new StepInput.DemolitionReminder(lapse, 10, "催告"), ctx),
                "demolition-remedy-periods-running", "ACL Art. 44");
        refused(() -> rules.complete(new StepInput.DemolitionReminder(lapse.plusDays(1), 9, "催告"), ctx),
                "demolition-reminder-too-short", "ACL Art. 35");
        rules.complete(new StepInput.DemolitionReminder(lapse.plusDays(1), 10, "催告"), ctx);
        // Monday 2026-06-08 + 10 working days = Monday 2026-06-22 (ACL Art. 69)
        assertThat(e.demolition.reminderEndsOn()).isEqualTo(LocalDate.of(2026, 6, 22));
        // a notice period still running keeps the reminder back too
        e.demolition = FakeEnforcement.demolition(TODAY, lapse);
        refused(() -> rules.complete(new StepInput.DemolitionReminder(TODAY, 10, "催告"), ctx),
                "demolition-remedy-periods-running", "ACL Art. 44");
    }

    @Test
    void aChallengeFiledInTimeStopsTheReminder() {
        LocalDate lapse = TODAY.minusDays(3);
        e.demolition = new EnforcementContext.Demolition(1, lapse.minusDays(40), lapse.minusDays(30), lapse,
                "LITIGATION", lapse.minusDays(1), null, null, null, null, null, null, null, null, null);
        refused(() -> rules.complete(new StepInput.DemolitionReminder(TODAY, 10, "催告"), ctx), "demolition-challenged",
                "ACL Art. 44");
    }

    @Test
    void theDecisionWaitsForTheDayAfterTheReminderPeriodAndTheStatement() {
        LocalDate ends = TODAY;
        e.demolition = FakeEnforcement.demolition(TODAY.minusDays(60), TODAY.minusDays(30));
        e.demolition = e.with(TODAY.minusDays(14), ends, null, null);
        refused(() -> rules.complete(new StepInput.DemolitionStatement(TODAY.minusDays(15), StepInput.PartyResponse.WAIVED,
                null, false, "复核"), ctx), "demolition-statement-before-reminder", "ACL Art. 36");
        refused(() -> rules.complete(new StepInput.DemolitionDecision(ends.plusDays(1), "理由", "2026-06-20 白天"), ctx),
                "demolition-decision-without-statement", "ACL Art. 36");
        StepOutcome heard = rules.complete(new StepInput.DemolitionStatement(TODAY.minusDays(14), StepInput.PartyResponse.STATED,
                "称系自住房屋", false, "经复核，理由不成立"), ctx);
        assertThat(heard.variables()).containsEntry(ProcessVariables.STATEMENT_ACCEPTED, false);
        refused(() -> rules.complete(new StepInput.DemolitionDecision(ends, "理由", "白天"), ctx),
                "demolition-decision-before-reminder-ends", "ACL Art. 37");
        StepOutcome decided = rules.complete(new StepInput.DemolitionDecision(ends.plusDays(1), "理由", "白天"), ctx);
        assertThat(decided.article()).isEqualTo("ACL Art. 37");
        assertThat(e.demolition.decidedOn()).isEqualTo(ends.plusDays(1));
    }

    StepInput.ForcedDemolition executed(LocalDateTime from, LocalDateTime to) {
        return new StepInput.ForcedDemolition(from, to, List.of(1L, 2L), List.of("C1", "C2"), "现场笔录", "村委会主任");
    }

    @Test
    void noForcedDemolitionAtNightNorOnAHoliday() {
        LocalDate day = TODAY; // a Wednesday
        e.demolition = FakeEnforcement.demolition(day.minusDays(90), day.minusDays(60));
        e.demolition = e.with(day.minusDays(30), day.minusDays(10), day.minusDays(20), day.minusDays(1));
        refused(() -> rules.complete(executed(day.atTime(5, 59), day.atTime(12, 0)), ctx), "demolition-at-night", "ACL Art. 43");
        refused(() -> rules.complete(executed(day.atTime(9, 0), day.atTime(22, 0)), ctx), "demolition-at-night", "ACL Art. 43");
        refused(() -> rules.complete(executed(day.minusDays(2).atTime(9, 0), day.minusDays(2).atTime(12, 0)), ctx),
                "demolition-before-decision", "ACL Art. 37");
        refused(() -> rules.complete(executed(day.atTime(12, 0), day.atTime(9, 0)), ctx), "demolition-ends-before-start",
                "ACL Art. 43");
        rules.complete(executed(day.atTime(6, 0), day.atTime(21, 59)), ctx);
        e.holidays.add(day.plusDays(1));
        refused(() -> rules.complete(executed(day.plusDays(1).atTime(9, 0), day.plusDays(1).atTime(12, 0)), ctx),
                "demolition-on-holiday", "ACL Art. 43");
        LocalDate saturday = LocalDate.of(2026, 6, 13);
        refused(() -> rules.complete(executed(saturday.atTime(9, 0), saturday.atTime(12, 0)), ctx),
                "demolition-on-holiday", "ACL Art. 43");
        refused(() -> rules.complete(new StepInput.ForcedDemolition(day.atTime(9, 0), day.atTime(12, 0), List.of(1L, 2L),
                List.of("C1", "C2"), "现场笔录", " "), ctx), "demolition-witness-required", "ACL Art. 18");
    }

    @Test
    void preservedEvidenceNeedsAWitnessWithoutThePartyAndLapsesTheDayAfterItsPeriod() {
        refused(() -> rules.complete(new StepInput.EvidencePreservation(TODAY, "现场", List.of(1L, 2L), List.of("C1", "C2"),
                "负责人批准", List.of("货架 2 个"), "现场笔录", false, " "), ctx), "preservation-witness-required", "APL Art. 56");
        StepOutcome preserved = rules.complete(new StepInput.EvidencePreservation(TODAY, "现场", List.of(1L, 2L),
                List.of("C1", "C2"), "负责人批准", List.of("货架 2 个"), "现场笔录", false, "村委会主任"), ctx);
        assertThat(preserved.summary()).contains("清单 1 项", "见证人 村委会主任");
        assertThat(ctx.writes).contains("number PRESERVATION", "restart preservation-disposal " + TODAY);
        refused(() -> rules.complete(new StepInput.PreservationDisposal(TODAY, StepInput.PreservationOutcome.RELEASE, "理由"), ctx),
                "no-preservation-running", "APL Art. 56");
        e.preservationDue = TODAY;
        rules.complete(new StepInput.PreservationDisposal(TODAY, StepInput.PreservationOutcome.CONFISCATION_ON_DECISION, "理由"), ctx);
        e.preservationDue = TODAY.minusDays(1);
        refused(() -> rules.complete(new StepInput.PreservationDisposal(TODAY, StepInput.PreservationOutcome.TRANSFER_TO_SEIZURE,
                "理由"), ctx), "preservation-lapsed", "APL Art. 56");
        rules.complete(new StepInput.PreservationDisposal(TODAY, StepInput.PreservationOutcome.RELEASE, "理由"), ctx);
        assertThat(ctx.writes).contains("finish preservation-disposal " + TODAY);
    }
}
