package org.sanxiang.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The step being completed, as a {@link RecordCheck} sees it.
 *
 * @param caseId            the case the step belongs to
 * @param processInstanceId the process instance of the step (general, summary, legal review or publicity)
 * @param businessKey       the process instance's business key (the case or decision number)
 * @param taskId            the engine task being completed
 * @param taskKey           the step (BPMN task id)
 * @param ownInput          the data entered on the step's own form (the case service's stored {@code StepInput}
 *                          as JSON); {@link MissingNode} when the step has none (yet)
 */
public record StepContext(long caseId, String processInstanceId, String businessKey, String taskId, String taskKey,
        JsonNode ownInput) {

    public StepContext {
        ownInput = ownInput == null ? MissingNode.getInstance() : ownInput;
    }

    /** Whether the step's own form has a non-empty value for {@code field} (text, number, boolean, array or object). */
    public boolean ownInputHas(String field) {
        JsonNode v = ownInput.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return false;
        }
        if (v.isTextual()) {
            return !v.asText().isBlank();
        }
        if (v.isContainerNode()) {
            return !v.isEmpty();
        }
        return true;
    }
}
