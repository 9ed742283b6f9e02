package org.sanxiang.cases.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sanxiang.cases.ReviewMaterials;
import org.sanxiang.process.ProcessVariables;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** legal-review.bpmn 汇集审核材料: opens a review round with the case's materials (G118). */
@Component("assembleReviewMaterials")
@RequiredArgsConstructor
class AssembleReviewMaterials implements JavaDelegate {

    private final ReviewMaterials materials;

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(ProcessVariables.CASE_ID)).longValue();
        materials.submit(caseId, execution.getProcessInstanceId());
    }
}
