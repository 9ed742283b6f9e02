package org.sanxiang.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sanxiang.process.ProcessVariables;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Bean {@code demolitionChallengeCheck}: when the notice and remedy periods have run out, routes the forced
 * demolition on whether a reconsideration or lawsuit was recorded in {@code forced_demolition} (ACL Art. 44),
 * and says so in the case's record, in the job's transaction (a failed job leaves neither).
 */
@Component("demolitionChallengeCheck")
@RequiredArgsConstructor
class DemolitionChallengeCheck implements JavaDelegate {

    private final EnforcementActs acts;
    private final CaseRecord record;

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(ProcessVariables.CASE_ID)).longValue();
        var demolition = acts.demolition(caseId).orElseThrow();
        boolean challenged = demolition.challengeFiledOn() != null;
        execution.setVariable(ProcessVariables.DEMOLITION_CHALLENGED, challenged);
        record.append(caseId, new Act("REMEDY_PERIODS_LAPSED", execution.getCurrentActivityId(), "system",
                "ACL Art. 44; ARL Art. 20; ALL Art. 46",
                challenged ? "当事人已于 " + demolition.challengeFiledOn() + " 申请行政复议或提起行政诉讼，依法停止强制拆除"
                        : "公告期限及申请行政复议、提起行政诉讼期限（至 " + demolition.remedyLapsesOn() + "）届满，当事人未申请复议、未起诉，亦未自行拆除",
                java.util.Map.of("activityInstanceId", execution.getActivityInstanceId(), "challenged", challenged)));
    }
}
