package org.sanxiang.cases.steps;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.CaseViews;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.StepInput;
import org.sanxiang.review.LegalReviews;
import org.sanxiang.review.ReviewRound;

/**
 * What a step rule may know of and do to the world: the case's facts, today, the thresholds and
 * deadlines of the calendar, the review state — and the writes a step makes. The case service fills
 * it from our tables for the acting officer; a unit test fills it by hand.
 */
public interface CaseContext {

    // ---------------------------------------------------------------- facts

    CaseFacts facts();

    /** Today in the office's zone. */
    LocalDate today();

    int investigationRecordCount();

    /**
     * The certificate numbers of the officers present, each certified for the case's matter on
     * {@code onDate} (APL Art. 42); refuses with the officers' problem otherwise.
     */
    Set<String> validCertificatesOf(List<Long> officerIds, LocalDate onDate);

    /** ACL Art. 25: the longest first period of a seizure (calendar rule {@code seizure}). */
    int seizureMaxDays();

    /** The prior notice (APL Art. 44) last given in the case, if any. */
    Optional<PriorNoticeGiven> priorNotice();

    /** APL Art. 64: the last day the party may ask for a hearing after a notice given on {@code noticeDate}. */
    LocalDate hearingRequestLastDay(LocalDate noticeDate);

    /** APL Art. 63: whether the proposed penalty gives the party a hearing right (hearing-right.dmn). */
    boolean hearingRight();

    /** Whether the decision needs execution (a fine or confiscation). */
    boolean executionRequired();

    /** Whether the case's decision is major (major-decision.dmn on the case's facts). */
    boolean majorDecision();

    /** APL Art. 58: refuses when the decision is major and the latest legal review did not pass. */
    void requirePassedReviewForMajorDecision();

    /** The case's latest decision document (a decision or a transfer letter). */
    Optional<CaseViews.Decision> latestDecision();

    /** The case's latest penalty decision. */
    Optional<CaseViews.Decision> latestPenaltyDecision();

    /** The due day of the running payment deadline (APL Art. 67), if one runs. */
    Optional<LocalDate> paymentDue();

    /** APL Art. 72: the late fee on {@code fine} for paying on {@code paidOn} after {@code due}. */
    BigDecimal lateFee(BigDecimal fine, LocalDate due, LocalDate paidOn);

    /**
     * The hearing chair's name; refuses a chair who investigated the case (APL Art. 64) — a handler or anyone
     * on one of its investigation records.
     */
    String hearingChair(long chairOfficerId);

    /** The case's matter's discretion benchmark (APL Art. 34), from the body's data. */
    org.sanxiang.officers.Benchmark benchmark();

    /** The hearing notice (APL Art. 64 ¶1 (2)) last served in the case, if any. */
    Optional<HearingNoticeGiven> hearingNotice();

    /** APL Art. 64, 85: the earliest day a hearing may be held after its notice was served on {@code servedOn}. */
    LocalDate earliestHearingDay(LocalDate servedOn);

    // ---------------------------------------------------------------- writes

    void markFiled();

    void markDecided();

    void markClosed();

    void markArchived();

    void status(CaseStatus status);

    void outcome(String outcome, BigDecimal proposedFine);

    void restartDeadline(String rule, LocalDate from);

    /** Stores how the conclusion used the discretion benchmark (read by the catalogue and the review). */
    void recordDiscretion(org.sanxiang.cases.DiscretionAssessment assessment);

    void finishDeadline(String rule, LocalDate on);

    /** The next number of the body's document sequence {@code kind} for {@code year}. */
    String nextNumber(String kind, int year);

    void recordDecision(String number, String kind, String penaltyTypes, BigDecimal fine, BigDecimal confiscation,
            String reasons, LocalDate decidedOn);

    /** Raises {@code DecisionMade} for the publicity module. */
    void publishDecision(String number, String kind, LocalDate decidedOn, List<PenaltyType> types, BigDecimal fine,
            String reasons);

    void recordService(String decisionNumber, StepInput.ServiceMethod method, LocalDate servedOn, String recipient,
            String consentReference);

    void recordPayment(BigDecimal amount, LocalDate paidOn, String receiptNumber);

    /** Stores the reviewer's opinion on the open review round. */
    ReviewRound decideReview(LegalReviews.Opinion opinion);

    /** The order to correct and forced demolition (APL Art. 28; ACL Art. 34-38, 43, 44). */
    default EnforcementContext enforcement() {
        throw new UnsupportedOperationException("no order to correct in this context");
    }

    /** A hearing notice served: when, the hearing's time and place, and its chair. */
    record HearingNoticeGiven(LocalDate servedOn, java.time.LocalDateTime hearingAt, String place, long chairOfficerId) {
    }

    /** The prior notice given: its date and the fine it proposed. */
    record PriorNoticeGiven(LocalDate noticeDate, BigDecimal proposedFine) {
    }
}
