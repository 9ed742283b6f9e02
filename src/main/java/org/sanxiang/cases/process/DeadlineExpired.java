package org.sanxiang.cases.process;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sanxiang.process.ProcessVariables;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Runs when a deadline timer fires: records the expiry in the case's chain (who: the system) and,
 * for the hearing-request window, closes it so a late request is refused (APL Art. 64). Idempotent:
 * a timer job that runs twice in a cluster only records once per activity instance.
 * <p>
 * The timer is only the engine's reminder; whether the period has run out is a fact of our tables: the
 * case's running deadline of that rule ({@code case_deadline}) and the office's date. A timer job executed
 * before its day (by hand, or with a due date someone moved) is refused — the job fails, nothing is
 * written, and it runs again on its own day; a period already finished (the act was done) records nothing.
 */
@Component("deadlineExpired")
@RequiredArgsConstructor
class DeadlineExpired implements JavaDelegate {

    private final CaseRecord record;
    private final StepDeadlines deadlines;
    private final java.time.Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(ProcessVariables.CASE_ID)).longValue();
        String activity = execution.getCurrentActivityId();
        boolean hearingWindow = "ServiceTask_HearingWindowClosed".equals(activity);
        boolean preservation = "ServiceTask_PreservationOverdue".equals(activity);
        String rule = hearingWindow ? "hearing-request" : preservation ? "preservation-disposal" : "service";
        java.util.Optional<org.sanxiang.calendar.CaseDeadline> running = deadlines.running(caseId, rule);
        if (running.isEmpty()) {
            return; // the act the period was for is done: nothing ran out
        }
        // the engine's clock (no API writes it; in production the office's own time) in the office's zone
        java.time.LocalDate today = java.time.LocalDate.ofInstant(
                org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(), clock.getZone());
        if (!today.isAfter(running.get().due())) {
            throw new DeadlineNotYetDue(rule, running.get().due(), today);
        }
        if (hearingWindow) {
            execution.setVariable(ProcessVariables.HEARING_WINDOW_CLOSED, true);
        }
        record.append(caseId, new Act("DEADLINE_EXPIRED", activity, "system",
                hearingWindow ? "APL Art. 64" : preservation ? "APL Art. 56" : "APL Art. 61",
                hearingWindow ? "听证申请期限（告知后五个工作日）届满"
                        : preservation ? "先行登记保存处理决定期限（七个工作日）届满，提请负责人督办；逾期只能解除先行登记保存"
                        : "送达期限（决定后七个工作日）届满，提请负责人督办",
                Map.of("activityInstanceId", execution.getActivityInstanceId())));
    }

    /** The period's last day has not passed on the office's calendar: no expiry to record (APL Art. 64, 85). */
    static class DeadlineNotYetDue extends org.sanxiang.process.Conflict {
        DeadlineNotYetDue(String rule, java.time.LocalDate due, java.time.LocalDate today) {
            super("deadline-not-yet-due", "APL Art. 64, 85", "the " + rule + " period runs until " + due
                    + " (today is " + today + "): its timer ran early", rule, due, today);
        }
    }
}
