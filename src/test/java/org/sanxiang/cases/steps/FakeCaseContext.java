package org.sanxiang.cases.steps;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.CaseViews;
import org.sanxiang.cases.PartyKind;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.StepInput;
import org.sanxiang.review.LegalReviews;
import org.sanxiang.review.ReviewProblems;
import org.sanxiang.review.ReviewRound;

/** A case context filled by hand: facts set by the test, writes kept as lines to assert on. */
class FakeCaseContext implements CaseContext {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    CaseFacts facts = facts("PENALTY", null, null, TODAY, false, TODAY.minusDays(5));
    int records;
    Set<String> certificates = Set.of("C1", "C2");
    int seizureMaxDays = 30;
    CaseContext.PriorNoticeGiven notice;
    LocalDate hearingLastDay = TODAY.plusDays(7);
    boolean hearingRight;
    boolean executionRequired;
    boolean major;
    boolean reviewPassed;
    CaseViews.Decision decision;
    LocalDate paymentDue;
    BigDecimal lateFee = BigDecimal.ZERO;
    final List<String> writes = new ArrayList<>();
    /** A matter like the demo 占道经营: 一般 50–200 (warning or fine), 较重 200–500 (fine). */
    org.sanxiang.officers.Benchmark benchmark = new org.sanxiang.officers.Benchmark(2, true, List.of(
            new org.sanxiang.officers.BenchmarkTier(1, "轻微", "初次违法且当场改正", "不予行政处罚", List.of(), null, null, "APL 33"),
            new org.sanxiang.officers.BenchmarkTier(2, "一般", "经责令后改正", "警告，或者处 50 元以上 200 元以下罚款",
                    List.of("WARNING", "FINE"), new BigDecimal("50"), new BigDecimal("200"), "条例 36"),
            new org.sanxiang.officers.BenchmarkTier(3, "较重", "拒不改正", "处 200 元以上 500 元以下罚款", List.of("FINE"),
                    new BigDecimal("200"), new BigDecimal("500"), "条例 36")));
    org.sanxiang.cases.DiscretionAssessment discretion;
    /** A notice served in time, naming officer 7 as chair. */
    CaseContext.HearingNoticeGiven hearingNotice = new CaseContext.HearingNoticeGiven(TODAY.minusDays(9),
            TODAY.atTime(9, 0), "三张镇政府会议室", 7L);
    /** The 7th working day after a notice served on TODAY − 9 (the fake's calendar: working days only in this test). */
    LocalDate earliestHearingDay = TODAY;
    final FakeEnforcement enforcement = new FakeEnforcement();

    static CaseFacts facts(String outcome, BigDecimal proposedFine, LocalDate actDate, LocalDate discoveredOn,
            boolean harms, LocalDate filedOn) {
        return new CaseFacts(1, "SZZ-2026-1", "FILED", outcome, proposedFine, actDate, discoveredOn, harms, filedOn,
                PartyKind.NATURAL_PERSON);
    }

    static CaseViews.Decision decision(String kind, BigDecimal fine, LocalDate decidedOn) {
        return new CaseViews.Decision(1, "D-1", kind, "FINE", fine, null, "理由", "liuyang", decidedOn);
    }

    @Override public EnforcementContext enforcement() { return enforcement; }
    @Override public CaseFacts facts() { return facts; }
    @Override public LocalDate today() { return TODAY; }
    @Override public int investigationRecordCount() { return records; }
    @Override public Set<String> validCertificatesOf(List<Long> officerIds, LocalDate onDate) { return certificates; }
    @Override public int seizureMaxDays() { return seizureMaxDays; }
    @Override public Optional<PriorNoticeGiven> priorNotice() { return Optional.ofNullable(notice); }
    @Override public LocalDate hearingRequestLastDay(LocalDate noticeDate) { return hearingLastDay; }
    @Override public boolean hearingRight() { return hearingRight; }
    @Override public boolean executionRequired() { return executionRequired; }
    @Override public boolean majorDecision() { return major; }
    @Override public void requirePassedReviewForMajorDecision() {
        if (major && !reviewPassed) {
            throw new ReviewProblems.DecisionWithoutPassedReview();
        }
    }
    @Override public Optional<CaseViews.Decision> latestDecision() { return Optional.ofNullable(decision); }
    @Override public Optional<CaseViews.Decision> latestPenaltyDecision() { return Optional.ofNullable(decision); }
    @Override public Optional<LocalDate> paymentDue() { return Optional.ofNullable(paymentDue); }
    @Override public BigDecimal lateFee(BigDecimal fine, LocalDate due, LocalDate paidOn) { return lateFee; }
    @Override public String hearingChair(long chairOfficerId) { writes.add("chair " + chairOfficerId); return "赵主持"; }
    @Override public org.sanxiang.officers.Benchmark benchmark() { return benchmark; }
    @Override public void recordDiscretion(org.sanxiang.cases.DiscretionAssessment a) { discretion = a; writes.add("discretion " + a.outside()); }
    @Override public Optional<HearingNoticeGiven> hearingNotice() { return Optional.ofNullable(hearingNotice); }
    @Override public LocalDate earliestHearingDay(LocalDate servedOn) { return earliestHearingDay; }
    @Override public void markFiled() { writes.add("filed"); }
    @Override public void markDecided() { writes.add("decided"); }
    @Override public void markClosed() { writes.add("closed"); }
    @Override public void markArchived() { writes.add("archived"); }
    @Override public void status(CaseStatus status) { writes.add("status " + status); }
    @Override public void outcome(String outcome, BigDecimal proposedFine) { writes.add("outcome " + outcome + " " + proposedFine); }
    @Override public void restartDeadline(String rule, LocalDate from) { writes.add("restart " + rule + " " + from); }
    @Override public void finishDeadline(String rule, LocalDate on) { writes.add("finish " + rule + " " + on); }
    @Override public String nextNumber(String kind, int year) { writes.add("number " + kind); return kind + "-" + year + "-1"; }
    @Override public void recordDecision(String number, String kind, String penaltyTypes, BigDecimal fine,
            BigDecimal confiscation, String reasons, LocalDate decidedOn) { writes.add("decision " + number + " " + kind); }
    @Override public void publishDecision(String number, String kind, LocalDate decidedOn, List<PenaltyType> types,
            BigDecimal fine, String reasons) { writes.add("published " + number); }
    @Override public void recordService(String decisionNumber, StepInput.ServiceMethod method, LocalDate servedOn,
            String recipient, String consentReference) { writes.add("served " + decisionNumber); }
    @Override public void recordPayment(BigDecimal amount, LocalDate paidOn, String receiptNumber) { writes.add("paid " + amount); }
    @Override public ReviewRound decideReview(LegalReviews.Opinion opinion) {
        writes.add("review " + opinion.outcome());
        return new ReviewRound(1, 1, 2, "pi", null, null, "chenjing", "REVIEW-1", null, opinion.outcome().name(),
                opinion.opinion(), opinion.corrections(), opinion.decidedOn(), null);
    }
}
