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
 */
@Component("deadlineExpired")
@RequiredArgsConstructor
class DeadlineExpired implements JavaDelegate {

    private final CaseRecord record;

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(ProcessVariables.CASE_ID)).longValue();
        String activity = execution.getCurrentActivityId();
        boolean hearingWindow = "ServiceTask_HearingWindowClosed".equals(activity);
        if (hearingWindow) {
            execution.setVariable(ProcessVariables.HEARING_WINDOW_CLOSED, true);
        }
        boolean preservation = "ServiceTask_PreservationOverdue".equals(activity);
        record.append(caseId, new Act("DEADLINE_EXPIRED", activity, "system",
                hearingWindow ? "APL Art. 64" : preservation ? "APL Art. 56" : "APL Art. 61",
                hearingWindow ? "听证申请期限（告知后五个工作日）届满"
                        : preservation ? "先行登记保存处理决定期限（七个工作日）届满，提请负责人督办；逾期只能解除先行登记保存"
                        : "送达期限（决定后七个工作日）届满，提请负责人督办",
                Map.of("activityInstanceId", execution.getActivityInstanceId())));
    }
}
