package org.sanxiang.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

import org.sanxiang.calendar.Deadlines;
import org.sanxiang.calendar.WorkingCalendar;
import org.sanxiang.cases.persistence.CorrectionOrderRow;
import org.sanxiang.cases.persistence.DemolitionRow;
import org.sanxiang.cases.persistence.EnforcementMapper;
import org.sanxiang.cases.steps.EnforcementContext;
import org.sanxiang.process.Actor;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Fills the {@link EnforcementContext} of one case and actor from {@code correction_order} and
 * {@code forced_demolition}, and the calendar: the periods are the calendar's rules, not literals.
 */
@Component
@RequiredArgsConstructor
class EnforcementActs {

    /** ACL Art. 69: periods of ten days or less are working days. */
    static final int WORKING_DAY_PERIOD_LIMIT = 10;

    private final EnforcementMapper mapper;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final CasesProperties properties;
    private final CaseAccess access;
    private final org.sanxiang.cases.process.StepDeadlines stepDeadlines;

    EnforcementContext of(long caseId, Actor actor) {
        return new Context(caseId, actor);
    }

    Optional<EnforcementContext.OrderToCorrect> correctionOrder(long caseId) {
        return Optional.ofNullable(mapper.selectLatestCorrectionOrder(caseId)).map(EnforcementActs::order);
    }

    Optional<EnforcementContext.Demolition> demolition(long caseId) {
        return Optional.ofNullable(mapper.selectDemolition(caseId)).map(EnforcementActs::demolition);
    }

    private static EnforcementContext.OrderToCorrect order(CorrectionOrderRow r) {
        return new EnforcementContext.OrderToCorrect(r.id, r.decisionNumber, StepInput.CorrectionKind.valueOf(r.kind),
                r.requirement, r.periodDays, r.orderedOn, r.servedOn, r.dueOn, r.inspectedOn, r.corrected, r.followUp);
    }

    private static EnforcementContext.Demolition demolition(DemolitionRow r) {
        return new EnforcementContext.Demolition(r.id, r.noticeOn, r.noticeEndsOn, r.remedyLapsesOn, r.challengeKind,
                r.challengeFiledOn, r.reminderNumber, r.remindedOn, r.reminderEndsOn, r.statementHeardOn,
                r.statementAccepted, r.decisionNumber, r.decidedOn, r.executedFrom, r.executedTo);
    }

    /** ACL Art. 69: up to ten days, working days; longer, calendar days rolled to a working day. */
    LocalDate periodEnd(LocalDate start, int days) {
        return days <= WORKING_DAY_PERIOD_LIMIT ? calendar.plusWorkingDays(start, days).date()
                : calendar.plusCalendarDays(start, days).date();
    }

    LocalDate remedyPeriodsLapse(LocalDate servedOn) {
        LocalDate reconsideration = deadlines.due("remedy-reconsideration", servedOn).dueDate();
        LocalDate litigation = deadlines.due("remedy-litigation", servedOn).dueDate();
        return litigation.isAfter(reconsideration) ? litigation : reconsideration;
    }

    private final class Context implements EnforcementContext {

        private final long caseId;
        private final Actor actor;

        Context(long caseId, Actor actor) {
            this.caseId = caseId;
            this.actor = actor;
        }

        @Override
        public Optional<OrderToCorrect> correctionOrder() {
            return EnforcementActs.this.correctionOrder(caseId);
        }

        @Override
        public void orderCorrection(String decisionNumber, StepInput.CorrectionOrder order, LocalDate decidedOn) {
            mapper.insertCorrectionOrder(caseId, decisionNumber, order.kind().name(), order.requirement(),
                    order.periodDays(), decidedOn, access.now());
        }

        @Override
        public LocalDate startCorrectionPeriod(LocalDate servedOn) {
            OrderToCorrect order = correctionOrder().orElseThrow();
            LocalDate due = plusCalendarDays(servedOn, order.periodDays());
            mapper.updateCorrectionServed(order.id(), servedOn, due);
            return due;
        }

        @Override
        public void recordFollowUp(StepInput.FollowUpInspection in) {
            OrderToCorrect order = correctionOrder().orElseThrow();
            mapper.updateCorrectionInspected(order.id(), in.inspectedOn(), in.corrected(), in.findings(),
                    in.corrected() || in.followUp() == null ? null : in.followUp().name(), actor.username());
        }

        @Override
        public Optional<Demolition> demolition() {
            return EnforcementActs.this.demolition(caseId);
        }

        @Override
        public LocalDate remedyPeriodsLapse(LocalDate servedOn) {
            return EnforcementActs.this.remedyPeriodsLapse(servedOn);
        }

        @Override
        public LocalDate plusCalendarDays(LocalDate start, int days) {
            return calendar.plusCalendarDays(start, days).date();
        }

        @Override
        public LocalDate periodEnd(LocalDate start, int days) {
            return EnforcementActs.this.periodEnd(start, days);
        }

        @Override
        public int reminderMinimumDays() {
            return deadlines.rule("demolition-reminder").length();
        }

        @Override
        public boolean isWorkingDay(LocalDate day) {
            return calendar.isWorkingDay(day);
        }

        @Override
        public LocalTime nightStarts() {
            return properties.nightStarts();
        }

        @Override
        public LocalTime nightEnds() {
            return properties.nightEnds();
        }

        @Override
        public void noticeDemolition(StepInput.DemolitionNotice notice, LocalDate noticeEnds, LocalDate remedyLapses) {
            mapper.insertDemolition(caseId, correctionOrder().orElseThrow().id(), notice.noticedOn(), notice.periodDays(),
                    noticeEnds, remedyLapses, access.now());
        }

        @Override
        public void remindDemolition(String number, StepInput.DemolitionReminder reminder, LocalDate reminderEnds) {
            mapper.updateDemolitionReminder(caseId, number, reminder.remindedOn(), reminder.periodDays(), reminderEnds);
        }

        @Override
        public void hearDemolitionStatement(StepInput.DemolitionStatement statement) {
            mapper.updateDemolitionStatement(caseId, statement.heardOn(), statement.accepted());
        }

        @Override
        public void decideDemolition(String number, LocalDate decidedOn) {
            mapper.updateDemolitionDecision(caseId, number, decidedOn);
        }

        @Override
        public void recordDemolition(LocalDateTime startedAt, LocalDateTime endedAt) {
            mapper.updateDemolitionExecuted(caseId, startedAt, endedAt);
        }

        @Override
        public Optional<LocalDate> preservationDisposalDue() {
            return stepDeadlines.running(caseId, "preservation-disposal").map(org.sanxiang.calendar.CaseDeadline::due);
        }
    }
}
