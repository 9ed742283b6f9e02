package org.sanxiang.cases.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.sanxiang.cases.InvestigationOutcome;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.StepInput;
import org.sanxiang.process.Problem;
import org.sanxiang.process.ProcessVariables;
import org.sanxiang.review.ReviewOutcome;

/** Every step rule at its edges, without Spring or the engine: plain {@code new}, a hand-filled context. */
class StepRulesTest {

    static final LocalDate TODAY = FakeCaseContext.TODAY;
    final FakeCaseContext ctx = new FakeCaseContext();
    final StepRules rules = StepRules.standard();

    static void refused(ThrowingCallable call, String slug, String article) {
        assertThatThrownBy(call).isInstanceOf(Problem.class).satisfies(e -> {
            assertThat(((Problem) e).slug()).isEqualTo(slug);
            assertThat(((Problem) e).article()).isEqualTo(article);
        });
    }

    @Test
    void everyStepInputHasExactlyOneRule() {
        assertThatThrownBy(() -> new StepRules(List.of(new ClosingRule()))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FilingApproval");
        assertThatThrownBy(() -> new StepRules(List.of(new ClosingRule(), new ClosingRule())))
                .hasMessageContaining("two step rules");
    }

    // ---------------------------------------------------------------- 立案审批, APL Art. 36 limitation

    @Test
    void filingRespectsTheTwoYearLimitationToTheDay() {
        LocalDate act = LocalDate.of(2024, 6, 10);
        ctx.facts = FakeCaseContext.facts(null, null, act, act.plusYears(2), false, null); // the last day
        StepOutcome ok = rules.complete(new StepInput.FilingApproval(true, "同意"), ctx);
        assertThat(ok.variables()).containsEntry(ProcessVariables.FILING_APPROVED, true);
        assertThat(ok.article()).isEqualTo("APL Art. 54");
        assertThat(ctx.writes).contains("filed", "finish filing " + TODAY, "restart decision " + TODAY, "status FILED");
        ctx.facts = FakeCaseContext.facts(null, null, act, act.plusYears(2).plusDays(1), false, null); // the day after
        refused(() -> rules.complete(new StepInput.FilingApproval(true, "同意"), ctx), "limitation-expired", "APL Art. 36");
        ctx.facts = FakeCaseContext.facts(null, null, act, act.plusYears(2).plusDays(1), true, null); // harm: 5 years
        rules.complete(new StepInput.FilingApproval(true, "同意"), ctx);
        ctx.facts = FakeCaseContext.facts(null, null, act, act.plusYears(5).plusDays(1), true, null);
        refused(() -> rules.complete(new StepInput.FilingApproval(true, "同意"), ctx), "limitation-expired", "APL Art. 36");
    }

    @Test
    void refusingToFileNeedsNoLimitationCheck() {
        LocalDate act = LocalDate.of(2020, 1, 1);
        ctx.facts = FakeCaseContext.facts(null, null, act, TODAY, false, null);
        StepOutcome out = rules.complete(new StepInput.FilingApproval(false, "不予立案"), ctx);
        assertThat(out.variables()).containsEntry(ProcessVariables.FILING_APPROVED, false);
        assertThat(ctx.writes).contains("status NOT_FILED").doesNotContain("filed");
    }

    // ---------------------------------------------------------------- 调查取证

    @Test
    void investigationEndsWithAtLeastOneRecord() {
        refused(() -> rules.complete(new StepInput.InvestigationDone("无"), ctx), "investigation-records-missing", "APL Art. 55");
        ctx.records = 1;
        assertThat(rules.complete(new StepInput.InvestigationDone("一份"), ctx).summary()).contains("共 1 份");
    }

    // ---------------------------------------------------------------- 查封扣押, ACL Art. 18, 25

    static StepInput.Seizure seizure(int days, List<String> shown, boolean partyPresent, String witness, LocalDate on) {
        return new StepInput.Seizure(StepInput.CoercionMeasure.DETAIN, on, "现场", List.of(1L, 2L), shown, "负责人批准",
                "依据", List.of("三轮车一辆"), days, "笔录", partyPresent, witness);
    }

    @Test
    void seizureLastsAtMostThePeriodOfTheCalendarRule() {
        rules.complete(seizure(29, List.of("C1", "C2"), true, null, TODAY), ctx);
        rules.complete(seizure(30, List.of("C2", "C1"), true, null, TODAY), ctx);
        refused(() -> rules.complete(seizure(31, List.of("C1", "C2"), true, null, TODAY), ctx),
                "seizure-period-too-long", "ACL Art. 25");
        assertThat(ctx.writes).contains("number SEIZURE", "restart seizure " + TODAY);
    }

    @Test
    void seizureShowsExactlyTheValidCertificatesAndHasAWitnessWhenThePartyIsAbsent() {
        refused(() -> rules.complete(seizure(30, List.of("C1"), true, null, TODAY), ctx),
                "certificates-shown-mismatch", "ACL Art. 18");
        refused(() -> rules.complete(seizure(30, List.of("C1", "C2", "C3"), true, null, TODAY), ctx),
                "certificates-shown-mismatch", "ACL Art. 18");
        refused(() -> rules.complete(seizure(30, List.of("C1", "C2"), false, " ", TODAY), ctx),
                "seizure-witness-required", "ACL Art. 18");
        assertThat(rules.complete(seizure(30, List.of("C1", "C2"), false, "李见证", TODAY), ctx).summary()).contains("见证人 李见证");
    }

    @Test
    void seizureIsNotTakenBeforeTheCaseWasFiled() {
        LocalDate filed = ctx.facts.filedOn();
        rules.complete(seizure(30, List.of("C1", "C2"), true, null, filed), ctx); // the day of filing
        refused(() -> rules.complete(seizure(30, List.of("C1", "C2"), true, null, filed.minusDays(1)), ctx),
                "invalid-input", null);
    }

    // ---------------------------------------------------------------- 调查终结

    static StepInput.InvestigationEnd end(InvestigationOutcome outcome, List<PenaltyType> types, BigDecimal fine, String transfer) {
        return new StepInput.InvestigationEnd(outcome, "报告", types, fine, null, true, false, false, false, transfer);
    }

    @Test
    void investigationEndNamesAPenaltyAndItsFine() {
        refused(() -> rules.complete(end(InvestigationOutcome.PENALTY, List.of(), null, null), ctx), "invalid-input", null);
        refused(() -> rules.complete(end(InvestigationOutcome.PENALTY, List.of(PenaltyType.FINE), BigDecimal.ZERO, null), ctx),
                "invalid-input", null);
        refused(() -> rules.complete(end(InvestigationOutcome.PENALTY, List.of(PenaltyType.WARNING), new BigDecimal("0.01"), null), ctx),
                "invalid-input", null);
        StepOutcome out = rules.complete(end(InvestigationOutcome.PENALTY, List.of(PenaltyType.FINE), new BigDecimal("0.01"), null), ctx);
        assertThat(out.variables()).containsEntry("fineAmount", 0.01).containsEntry("penaltyTypes", "FINE")
                .containsEntry(ProcessVariables.REVIEW_PASSED, false).containsEntry(ProcessVariables.SERIOUS_OR_COMPLEX, true)
                .containsEntry("partyKind", "NATURAL_PERSON");
        assertThat(ctx.writes).contains("outcome PENALTY 0.01", "status INVESTIGATED");
    }

    @Test
    void aTransferToTheJudiciaryGivesItsReason() {
        refused(() -> rules.complete(end(InvestigationOutcome.TRANSFER, null, null, " "), ctx), "invalid-input", null);
        StepOutcome out = rules.complete(end(InvestigationOutcome.TRANSFER, null, new BigDecimal("100"), "涉嫌犯罪"), ctx);
        assertThat(out.variables()).containsEntry(ProcessVariables.OUTCOME, "TRANSFER").doesNotContainKey("fineAmount");
        assertThat(ctx.writes).contains("outcome TRANSFER null");
    }

    // ---------------------------------------------------------------- 法制审核, 集体讨论

    @Test
    void reviewOpinionIsStoredAndAReturnSendsTheCaseBack() {
        StepOutcome out = rules.complete(new StepInput.LegalReview(ReviewOutcome.RETURN, "意见", "补正", List.of()), ctx);
        assertThat(out.variables()).containsEntry(ProcessVariables.REVIEW_PASSED, false)
                .containsEntry(ProcessVariables.REVIEW_OUTCOME, "RETURN");
        assertThat(out.summary()).contains("第 2 轮", "REVIEW-1");
        assertThat(ctx.writes).contains("status FILED", "finish legal-review " + TODAY);
        ctx.writes.clear();
        out = rules.complete(new StepInput.LegalReview(ReviewOutcome.AGREE, "同意", null, List.of()), ctx);
        assertThat(out.variables()).containsEntry(ProcessVariables.REVIEW_PASSED, true);
        assertThat(ctx.writes).contains("status REVIEWED");
    }

    @Test
    void collectiveDiscussionSetsTheOutcomeKeepingTheProposedFine() {
        ctx.facts = FakeCaseContext.facts("PENALTY", new BigDecimal("500"), null, TODAY, false, TODAY);
        StepOutcome out = rules.complete(new StepInput.CollectiveDiscussion(TODAY, List.of("甲"), "纪要",
                InvestigationOutcome.NO_PENALTY_MINOR), ctx);
        assertThat(out.variables()).containsEntry(ProcessVariables.OUTCOME, "NO_PENALTY_MINOR");
        assertThat(ctx.writes).contains("outcome NO_PENALTY_MINOR 500");
    }

    // ---------------------------------------------------------------- 事先告知, 陈述申辩, 听证

    @Test
    void priorNoticeStartsTheHearingRequestWindow() {
        refused(() -> rules.complete(new StepInput.PriorNotice(TODAY, List.of(PenaltyType.FINE), null, "理由"), ctx),
                "invalid-input", null);
        StepOutcome out = rules.complete(new StepInput.PriorNotice(TODAY, List.of(PenaltyType.FINE), new BigDecimal("1000"),
                "理由"), ctx);
        assertThat(out.variables()).containsEntry(ProcessVariables.HEARING_WINDOW_CLOSED, false)
                .containsEntry("fineAmount", 1000.0).containsEntry("confiscationValue", null);
        assertThat(ctx.writes).contains("status NOTIFIED", "restart hearing-request " + TODAY);
    }

    static StepInput.StatementDefence asksForHearingOn(LocalDate on) {
        return new StepInput.StatementDefence(StepInput.PartyResponse.WAIVED, null, true, on);
    }

    @Test
    void hearingRequestNeedsTheRightAndFallsWithinTheWindow() {
        LocalDate notice = TODAY.minusDays(3);
        ctx.notice = new CaseContext.PriorNoticeGiven(notice, new BigDecimal("1000"));
        ctx.hearingLastDay = TODAY;
        refused(() -> rules.complete(asksForHearingOn(TODAY), ctx), "no-hearing-right", "APL Art. 63");
        ctx.hearingRight = true;
        refused(() -> rules.complete(asksForHearingOn(notice.minusDays(1)), ctx), "invalid-input", null);
        refused(() -> rules.complete(asksForHearingOn(null), ctx), "invalid-input", null);
        rules.complete(asksForHearingOn(notice), ctx); // the day of the notice
        StepOutcome last = rules.complete(asksForHearingOn(TODAY), ctx); // the window's last day
        assertThat(last.variables()).containsEntry(ProcessVariables.HEARING_REQUESTED, true)
                .containsEntry(ProcessVariables.HEARING_RIGHT, true); // the gateway routes on the stored fact
        refused(() -> rules.complete(asksForHearingOn(TODAY.plusDays(1)), ctx), "hearing-request-late", "APL Art. 64");
    }

    @Test
    void aStatementHasContent() {
        refused(() -> rules.complete(new StepInput.StatementDefence(StepInput.PartyResponse.STATED, " ", false, null), ctx),
                "invalid-input", null);
        StepOutcome out = rules.complete(new StepInput.StatementDefence(StepInput.PartyResponse.NO_RESPONSE, null, false, null), ctx);
        assertThat(out.summary()).contains("逾期未陈述申辩");
        assertThat(out.variables()).containsEntry(ProcessVariables.HEARING_REQUESTED, false)
                .containsEntry(ProcessVariables.HEARING_RIGHT, false);
    }

    @Test
    void hearingIsChairedByAnOfficerTheContextAccepts() {
        StepOutcome out = rules.complete(new StepInput.Hearing(7L, TODAY, false, "笔录"), ctx);
        assertThat(out.variables()).containsEntry(ProcessVariables.HEARING_HELD, true);
        assertThat(out.summary()).contains("赵主持", "未到场");
        assertThat(ctx.writes).contains("chair 7");
    }

    @Test
    void hearingNeedsItsNoticeServedSevenWorkingDaysBeforeAndTheNotifiedChair() {
        ctx.earliestHearingDay = TODAY.plusDays(1); // served one working day too late: only 6 before
        refused(() -> rules.complete(new StepInput.Hearing(7L, TODAY, true, "笔录"), ctx), "hearing-notice-too-late",
                "APL Art. 64, 85");
        ctx.earliestHearingDay = TODAY; // the 7th working day: held
        assertThat(rules.complete(new StepInput.Hearing(7L, TODAY, true, "笔录"), ctx).variables())
                .containsEntry(ProcessVariables.HEARING_HELD, true);
        refused(() -> rules.complete(new StepInput.Hearing(8L, TODAY, true, "笔录"), ctx), "hearing-chair-not-notified",
                "APL Art. 64");
        ctx.hearingNotice = null;
        refused(() -> rules.complete(new StepInput.Hearing(7L, TODAY, true, "笔录"), ctx), "hearing-notice-missing",
                "APL Art. 64");
    }

    @Test
    void priorNoticeIsNotDatedBeforeTheFiling() {
        LocalDate filed = ctx.facts.filedOn();
        refused(() -> rules.complete(new StepInput.PriorNotice(filed.minusDays(1), List.of(PenaltyType.FINE),
                new BigDecimal("100"), "事实"), ctx), "prior-notice-before-filing", "APL Art. 44, 54");
        rules.complete(new StepInput.PriorNotice(filed, List.of(PenaltyType.FINE), new BigDecimal("100"), "事实"), ctx);
    }

    // ---------------------------------------------------------------- 裁量基准 (APL Art. 34)

    static StepInput.InvestigationEnd withTier(List<PenaltyType> types, BigDecimal fine, Integer tier, String reasons) {
        return new StepInput.InvestigationEnd(InvestigationOutcome.PENALTY, "报告", types, fine, null, false, false, false,
                false, null, tier, "拒不改正", reasons);
    }

    @Test
    void aFineInsideOrAtTheEdgesOfTheNamedTierIsWithinTheBenchmark() {
        for (String fine : List.of("200", "350", "500")) {
            StepOutcome out = rules.complete(withTier(List.of(PenaltyType.FINE), new BigDecimal(fine), 3, null), ctx);
            assertThat(out.variables()).containsEntry("outsideDiscretionBenchmark", false);
            assertThat(ctx.discretion.outside()).isFalse();
            assertThat(ctx.discretion.tier()).isEqualTo("较重");
        }
    }

    @Test
    void aFineJustOutsideTheTierNeedsWrittenReasonsAndIsFlaggedOutside() {
        for (String fine : List.of("199.99", "500.01")) {
            refused(() -> rules.complete(withTier(List.of(PenaltyType.FINE), new BigDecimal(fine), 3, null), ctx),
                    "benchmark-deviation-reasons-required", "APL Art. 34; G118");
            StepOutcome out = rules.complete(withTier(List.of(PenaltyType.FINE), new BigDecimal(fine), 3, "情节特别恶劣"), ctx);
            assertThat(out.variables()).containsEntry("outsideDiscretionBenchmark", true);
            assertThat(ctx.discretion.outside()).isTrue();
            assertThat(ctx.discretion.outsideBecause()).contains("超出“较重”档次 200–500 元");
            assertThat(ctx.discretion.reasons()).isEqualTo("情节特别恶劣");
        }
    }

    @Test
    void aKindTheTierDoesNotAllowIsOutsideAndAnUnknownTierOrMissingCircumstancesAreRefused() {
        refused(() -> rules.complete(withTier(List.of(PenaltyType.WARNING), null, 3, null), ctx),
                "benchmark-deviation-reasons-required", "APL Art. 34; G118");
        assertThat(rules.complete(withTier(List.of(PenaltyType.WARNING), null, 2, null), ctx).variables())
                .containsEntry("outsideDiscretionBenchmark", false);
        refused(() -> rules.complete(withTier(List.of(PenaltyType.FINE), new BigDecimal("100"), 9, null), ctx),
                "invalid-input", "APL Art. 34");
        refused(() -> rules.complete(new StepInput.InvestigationEnd(InvestigationOutcome.PENALTY, "报告",
                List.of(PenaltyType.FINE), new BigDecimal("100"), null, false, false, false, false, null, 2, " ", null), ctx),
                "invalid-input", "APL Art. 34");
    }

    @Test
    void aMatterWhoseProvisionSetsNoFineRefusesAFineAtEveryStep() {
        ctx.benchmark = new org.sanxiang.officers.Benchmark(1, false, List.of());
        refused(() -> rules.complete(withTier(List.of(PenaltyType.FINE), new BigDecimal("100"), null, null), ctx),
                "fine-not-provided", "APL Art. 4, 38");
        refused(() -> rules.complete(new StepInput.PriorNotice(TODAY, List.of(PenaltyType.FINE), new BigDecimal("100"), "事实"),
                ctx), "fine-not-provided", "APL Art. 4, 38");
        rules.complete(withTier(List.of(PenaltyType.OTHER), null, null, null), ctx); // 责令限期拆除: no fine
    }

    // ---------------------------------------------------------------- 负责人决定

    static StepInput.HeadDecision decide(List<PenaltyType> types, BigDecimal fine) {
        return new StepInput.HeadDecision(TODAY, types, fine, null, "理由", types.isEmpty() ? null
                : new StepInput.CorrectionOrder(StepInput.CorrectionKind.CORRECT, "停止违法行为", 0));
    }

    @Test
    void penaltyDecisionNeverExceedsTheNoticeAndFollowsIt() {
        refused(() -> rules.complete(decide(List.of(PenaltyType.FINE), new BigDecimal("1000")), ctx),
                "decision-without-prior-notice", "APL Art. 62");
        ctx.notice = new CaseContext.PriorNoticeGiven(TODAY.minusDays(10), new BigDecimal("1000"));
        refused(() -> rules.complete(decide(List.of(PenaltyType.FINE), new BigDecimal("1000.01")), ctx),
                "penalty-increased-after-defence", "APL Art. 45");
        StepOutcome at = rules.complete(decide(List.of(PenaltyType.FINE), new BigDecimal("1000")), ctx);
        assertThat(at.variables()).containsEntry(ProcessVariables.EXECUTION_REQUIRED, true);
        assertThat(ctx.writes).contains("number DECISION", "decided", "status DECIDED", "published DECISION-2026-1",
                "finish decision " + TODAY, "restart service " + TODAY);
        rules.complete(decide(List.of(PenaltyType.FINE), new BigDecimal("999.99")), ctx);
        StepOutcome warning = rules.complete(decide(List.of(PenaltyType.WARNING), null), ctx);
        assertThat(warning.variables()).containsEntry(ProcessVariables.EXECUTION_REQUIRED, false);
        refused(() -> rules.complete(decide(List.of(), null), ctx), "invalid-input", null);
    }

    @Test
    void aMajorDecisionNeedsAPassedReview() {
        ctx.notice = new CaseContext.PriorNoticeGiven(TODAY.minusDays(10), new BigDecimal("1000"));
        ctx.major = true;
        refused(() -> rules.complete(decide(List.of(PenaltyType.FINE), new BigDecimal("1000")), ctx),
                "decision-without-passed-review", "APL Art. 58");
        ctx.reviewPassed = true;
        rules.complete(decide(List.of(PenaltyType.FINE), new BigDecimal("1000")), ctx);
    }

    @Test
    void aNoPenaltyDecisionNamesNoPenalty() {
        ctx.facts = FakeCaseContext.facts("NO_PENALTY_MINOR", null, null, TODAY, false, TODAY);
        ctx.major = true; // APL Art. 58 concerns penalties only
        refused(() -> rules.complete(decide(List.of(PenaltyType.WARNING), null), ctx), "invalid-input", null);
        refused(() -> rules.complete(decide(List.of(), new BigDecimal("0.01")), ctx), "invalid-input", null);
        rules.complete(decide(List.of(), BigDecimal.ZERO), ctx);
        assertThat(ctx.writes).contains("number NO_PENALTY", "decision NO_PENALTY-2026-1 NO_PENALTY");
    }

    // ---------------------------------------------------------------- 送达, 执行

    @Test
    void serviceIsNotBeforeTheDecisionAndElectronicServiceNeedsConsent() {
        ctx.decision = FakeCaseContext.decision("PENALTY", new BigDecimal("1000"), TODAY.minusDays(1));
        refused(() -> rules.complete(new StepInput.ServiceRecord(StepInput.ServiceMethod.DIRECT, TODAY.minusDays(2), "王某某", null), ctx),
                "invalid-input", null);
        refused(() -> rules.complete(new StepInput.ServiceRecord(StepInput.ServiceMethod.ELECTRONIC, TODAY, "王某某", " "), ctx),
                "electronic-service-without-consent", "APL Art. 61");
        StepOutcome none = rules.complete(new StepInput.ServiceRecord(StepInput.ServiceMethod.DIRECT, TODAY.minusDays(1), "王某某", null), ctx);
        assertThat(ctx.writes).contains("served D-1", "status SERVED").noneMatch(w -> w.startsWith("restart payment"));
        assertThat(none.variables()).containsEntry(ProcessVariables.EXECUTION_REQUIRED, false);
        ctx.executionRequired = true;
        StepOutcome paying = rules.complete(new StepInput.ServiceRecord(StepInput.ServiceMethod.ELECTRONIC, TODAY, "王某某", "确认书 1 号"), ctx);
        assertThat(ctx.writes).contains("restart payment " + TODAY);
        assertThat(paying.variables()).containsEntry(ProcessVariables.EXECUTION_REQUIRED, true);
    }

    static StepInput.Execution paid(String amount, LocalDate on) {
        return new StepInput.Execution(StepInput.ExecutionMode.PAID, new BigDecimal(amount), on, "R-1", null, null);
    }

    @Test
    void paymentCoversTheFineAndOnceOverdueTheLateFee() {
        ctx.decision = FakeCaseContext.decision("PENALTY", new BigDecimal("1000"), TODAY.minusDays(20));
        ctx.paymentDue = TODAY;
        ctx.lateFee = new BigDecimal("30");
        refused(() -> rules.complete(paid("999.99", TODAY), ctx), "payment-less-than-fine", "APL Art. 67, 72");
        rules.complete(paid("1000", TODAY), ctx); // on the due day: no late fee
        refused(() -> rules.complete(paid("1000", TODAY.plusDays(1)), ctx), "payment-less-than-fine", "APL Art. 67, 72");
        assertThat(rules.complete(paid("1030", TODAY.plusDays(1)), ctx).summary()).contains("含加处罚款 30 元");
        refused(() -> rules.complete(new StepInput.Execution(StepInput.ExecutionMode.PAID, null, TODAY, "R", null, null), ctx),
                "invalid-input", null);
        refused(() -> rules.complete(new StepInput.Execution(StepInput.ExecutionMode.PAID, BigDecimal.TEN, TODAY, " ", null, null), ctx),
                "invalid-input", null);
    }

    @Test
    void courtEnforcementFollowsTheReminder() {
        ctx.decision = FakeCaseContext.decision("PENALTY", new BigDecimal("1000"), TODAY.minusDays(60));
        LocalDate reminder = TODAY.minusDays(10);
        refused(() -> rules.complete(new StepInput.Execution(StepInput.ExecutionMode.COURT_ENFORCEMENT, null, null, null,
                reminder, reminder), ctx), "court-application-before-reminder", "ACL Art. 54");
        refused(() -> rules.complete(new StepInput.Execution(StepInput.ExecutionMode.COURT_ENFORCEMENT, null, null, null,
                null, TODAY), ctx), "invalid-input", null);
        rules.complete(new StepInput.Execution(StepInput.ExecutionMode.COURT_ENFORCEMENT, null, null, null, reminder,
                reminder.plusDays(1)), ctx);
        assertThat(ctx.writes).contains("status EXECUTED", "finish payment " + reminder.plusDays(1));
    }

    // ---------------------------------------------------------------- 移送, 结案, 归档, 简易程序

    @Test
    void transferIsNumberedAndStopsTheDecisionClock() {
        StepOutcome out = rules.complete(new StepInput.Transfer("公安局", TODAY, "涉嫌犯罪"), ctx);
        assertThat(out.summary()).contains("移送公安局", "TRANSFER-2026-1");
        assertThat(ctx.writes).contains("decision TRANSFER-2026-1 TRANSFER", "status TRANSFERRED", "finish decision " + TODAY);
    }

    @Test
    void closingAndArchiveKeepTheRetentionClass() {
        rules.complete(new StepInput.Closing("结案报告"), ctx);
        assertThat(ctx.writes).contains("finish closing " + TODAY, "closed", "status CLOSED");
        assertThat(rules.complete(new StepInput.Archive("卷-1", 1), ctx).summary()).endsWith("5年");
        ctx.major = true;
        assertThat(rules.complete(new StepInput.Archive("卷-1", 1), ctx).summary()).endsWith("10年");
        ctx.facts = FakeCaseContext.facts("TRANSFER", null, null, TODAY, false, TODAY);
        assertThat(rules.complete(new StepInput.Archive("卷-1", 1), ctx).summary()).endsWith("永久");
        assertThat(ctx.writes).contains("archived", "status ARCHIVED");
    }

    @Test
    void summaryFinePaidInFull() {
        ctx.facts = FakeCaseContext.facts("PENALTY", new BigDecimal("200"), null, TODAY, false, null);
        refused(() -> rules.complete(new StepInput.SummaryExecution(new BigDecimal("199.99"), TODAY, "R"), ctx),
                "payment-less-than-fine", "APL Art. 67");
        rules.complete(new StepInput.SummaryExecution(new BigDecimal("200"), TODAY, "R"), ctx);
        assertThat(ctx.writes).contains("paid 200", "finish payment " + TODAY, "status EXECUTED");
        rules.complete(new StepInput.SummaryFiling(TODAY, "卷-2"), ctx);
        assertThat(ctx.writes).contains("finish archive " + TODAY, "archived", "status ARCHIVED");
    }

    @Test
    void certificatesShownAreTheOneCheckOfRecordsAndSeizures() {
        assertThat(StepChecks.requireCertificatesShown("APL Art. 55", List.of("B", "A"), List.of("A", "B"))).containsExactly("A", "B");
        refused(() -> StepChecks.requireCertificatesShown("APL Art. 55", List.of("A", "B"), List.of("A")),
                "certificates-shown-mismatch", "APL Art. 55");
    }
}
