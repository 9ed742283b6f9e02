package org.sanxiang.cases.steps;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

import org.sanxiang.cases.StepInput;

/**
 * What the rules of the order to correct (APL Art. 28) and of forced demolition (ACL Art. 34-38, 43, 44) know
 * and write: the case's order and its demolition as stored in our tables, and the calendar's periods.
 */
public interface EnforcementContext {

    /** The order to correct of the case's latest decision, if it carries one. */
    Optional<OrderToCorrect> correctionOrder();

    void orderCorrection(String decisionNumber, StepInput.CorrectionOrder order, LocalDate decidedOn);

    /** The order's period runs from the service of the decision; answers its last day. */
    LocalDate startCorrectionPeriod(LocalDate servedOn);

    void recordFollowUp(StepInput.FollowUpInspection inspection);

    /** The case's forced demolition, once its notice was posted. */
    Optional<Demolition> demolition();

    /**
     * The last day of the later of the two remedy periods after a decision served on {@code servedOn}:
     * reconsideration 60 days (ARL Art. 20), litigation 6 months (ALL Art. 46) — calendar rules.
     */
    LocalDate remedyPeriodsLapse(LocalDate servedOn);

    /** {@code start} plus {@code days} calendar days, rolled to a working day (RULES §1). */
    LocalDate plusCalendarDays(LocalDate start, int days);

    /** ACL Art. 69: a period of ten days or less counts working days; a longer one calendar days. */
    LocalDate periodEnd(LocalDate start, int days);

    /** ACL Art. 35: the shortest period a reminder gives (calendar rule {@code demolition-reminder}). */
    int reminderMinimumDays();

    /** Whether the day is a working day of the State Council's holiday notice (RULES §1). */
    boolean isWorkingDay(LocalDate day);

    /** ACL Art. 43: the night, when no enforcement is carried out, starts at this time of day ... */
    LocalTime nightStarts();

    /** ... and ends at this one. */
    LocalTime nightEnds();

    void noticeDemolition(StepInput.DemolitionNotice notice, LocalDate noticeEnds, LocalDate remedyLapses);

    void remindDemolition(String number, StepInput.DemolitionReminder reminder, LocalDate reminderEnds);

    void hearDemolitionStatement(StepInput.DemolitionStatement statement);

    void decideDemolition(String number, LocalDate decidedOn);

    void recordDemolition(LocalDateTime startedAt, LocalDateTime endedAt);

    /** APL Art. 56: the last day of the running 7-working-day disposal period of preserved evidence, if one runs. */
    Optional<LocalDate> preservationDisposalDue();

    /** A decision's order to correct and its follow-up inspection. */
    record OrderToCorrect(long id, String decisionNumber, StepInput.CorrectionKind kind, String requirement,
            int periodDays, LocalDate orderedOn, LocalDate servedOn, LocalDate dueOn, LocalDate inspectedOn,
            Boolean corrected, String followUp) {
    }

    /** A forced demolition as far as it went. */
    record Demolition(long id, LocalDate noticeOn, LocalDate noticeEndsOn, LocalDate remedyLapsesOn,
            String challengeKind, LocalDate challengeFiledOn, String reminderNumber, LocalDate remindedOn,
            LocalDate reminderEndsOn, LocalDate statementHeardOn, Boolean statementAccepted, String decisionNumber,
            LocalDate decidedOn, LocalDateTime executedFrom, LocalDateTime executedTo) {
    }
}
