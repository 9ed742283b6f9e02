package org.sanxiang.cases.steps;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.cases.StepInput;

/**
 * The order to correct and the forced demolition of a {@link FakeCaseContext}, kept in fields: a calendar of
 * Mon-Fri working days minus {@link #holidays}, remedy periods of 60 days and 6 months without roll-forward.
 */
class FakeEnforcement implements EnforcementContext {

    OrderToCorrect order;
    Demolition demolition;
    final Set<LocalDate> holidays = new HashSet<>();
    StepInput.FollowUpInspection followUp;
    LocalDate preservationDue;

    static OrderToCorrect order(StepInput.CorrectionKind kind, LocalDate servedOn, LocalDate dueOn) {
        return new OrderToCorrect(1, "D-1", kind, "限期拆除违法建筑", 30, servedOn, servedOn, dueOn, null, null, null);
    }

    static Demolition demolition(LocalDate noticeEnds, LocalDate remedyLapses) {
        return new Demolition(1, noticeEnds.minusDays(10), noticeEnds, remedyLapses, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    Demolition with(LocalDate remindedOn, LocalDate reminderEnds, LocalDate heardOn, LocalDate decidedOn) {
        Demolition d = demolition;
        return new Demolition(d.id(), d.noticeOn(), d.noticeEndsOn(), d.remedyLapsesOn(), d.challengeKind(),
                d.challengeFiledOn(), remindedOn == null ? null : "R-1", remindedOn, reminderEnds, heardOn,
                heardOn == null ? null : false, decidedOn == null ? null : "Q-1", decidedOn, null, null);
    }

    @Override public Optional<OrderToCorrect> correctionOrder() { return Optional.ofNullable(order); }
    @Override public void orderCorrection(String decisionNumber, StepInput.CorrectionOrder o, LocalDate decidedOn) {
        order = new OrderToCorrect(1, decisionNumber, o.kind(), o.requirement(), o.periodDays(), decidedOn, null, null,
                null, null, null);
    }
    @Override public LocalDate startCorrectionPeriod(LocalDate servedOn) {
        LocalDate due = servedOn.plusDays(order.periodDays());
        order = new OrderToCorrect(order.id(), order.decisionNumber(), order.kind(), order.requirement(),
                order.periodDays(), order.orderedOn(), servedOn, due, null, null, null);
        return due;
    }
    @Override public void recordFollowUp(StepInput.FollowUpInspection inspection) { followUp = inspection; }
    @Override public Optional<Demolition> demolition() { return Optional.ofNullable(demolition); }
    @Override public LocalDate remedyPeriodsLapse(LocalDate servedOn) {
        LocalDate reconsideration = servedOn.plusDays(60);
        LocalDate litigation = servedOn.plusMonths(6);
        return litigation.isAfter(reconsideration) ? litigation : reconsideration;
    }
    @Override public LocalDate plusCalendarDays(LocalDate start, int days) { return start.plusDays(days); }
    @Override public LocalDate periodEnd(LocalDate start, int days) {
        if (days > 10) {
            return start.plusDays(days);
        }
        LocalDate day = start;
        for (int counted = 0; counted < days;) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
    @Override public int reminderMinimumDays() { return 10; }
    @Override public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
    }
    @Override public LocalTime nightStarts() { return LocalTime.of(22, 0); }
    @Override public LocalTime nightEnds() { return LocalTime.of(6, 0); }
    @Override public void noticeDemolition(StepInput.DemolitionNotice n, LocalDate noticeEnds, LocalDate remedyLapses) {
        demolition = new Demolition(1, n.noticedOn(), noticeEnds, remedyLapses, null, null, null, null, null, null, null,
                null, null, null, null);
    }
    @Override public void remindDemolition(String number, StepInput.DemolitionReminder r, LocalDate reminderEnds) {
        demolition = with(r.remindedOn(), reminderEnds, null, null);
    }
    @Override public void hearDemolitionStatement(StepInput.DemolitionStatement s) {
        demolition = with(demolition.remindedOn(), demolition.reminderEndsOn(), s.heardOn(), null);
    }
    @Override public void decideDemolition(String number, LocalDate decidedOn) {
        demolition = with(demolition.remindedOn(), demolition.reminderEndsOn(), demolition.statementHeardOn(), decidedOn);
    }
    @Override public void recordDemolition(LocalDateTime startedAt, LocalDateTime endedAt) { }
    @Override public Optional<LocalDate> preservationDisposalDue() { return Optional.ofNullable(preservationDue); }
}
