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
