package org.sanxiang.cases.process;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.sanxiang.cases.CaseProblems;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.cases.persistence.InboxMapper;
import org.sanxiang.cases.persistence.InboxTaskEntity;
import org.sanxiang.process.ProcessVariables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox read model and the case's current step in step with the engine, inside the
 * engine's own transaction (Camunda's Spring eventing publishes every task event synchronously).
 * It also refuses a completion that did not come through the case service — e.g. from the
 * Camunda Tasklist — because only the case service validates a step's data and records it.
 */
@Component
class InboxProjection {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    private final InboxMapper inbox;
    private final CaseMapper cases;

    InboxProjection(InboxMapper inbox, CaseMapper cases) {
        this.inbox = inbox;
        this.cases = cases;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        Object caseId = task.getVariable(ProcessVariables.CASE_ID);
        if (!(caseId instanceof Number number)) {
            return; // not a Sanxiang case process
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> created(task, number.longValue());
            case TaskListener.EVENTNAME_ASSIGNMENT -> inbox.updateAssignee(task.getId(), task.getAssignee());
            case TaskListener.EVENTNAME_UPDATE -> inbox.updateDueDate(task.getId(), toLocal(task.getDueDate()));
            case TaskListener.EVENTNAME_COMPLETE -> completed(task, number.longValue());
            case TaskListener.EVENTNAME_DELETE -> inbox.delete(task.getId());
            default -> {
            }
        }
    }

    private void created(DelegateTask task, long caseId) {
        InboxTaskEntity row = new InboxTaskEntity();
        row.taskId = task.getId();
        row.caseId = caseId;
        row.processInstanceId = task.getProcessInstanceId();
        row.step = task.getTaskDefinitionKey();
        row.name = task.getName();
        row.assignee = task.getAssignee();
        row.candidateGroup = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .findFirst().orElse(null);
        row.dueDate = toLocal(task.getDueDate());
        row.createdAt = toLocal(task.getCreateTime());
        inbox.insert(row);
        cases.updateCurrentStep(caseId, task.getTaskDefinitionKey());
    }

    private void completed(DelegateTask task, long caseId) {
        if (cases.countStepsForTask(task.getId()) == 0) {
            throw new CaseProblems.NotPermitted("completion-outside-case-service", "G118",
                    "task " + task.getId() + " may only be completed through the Sanxiang case service", task.getId());
        }
        inbox.delete(task.getId());
        cases.updateCurrentStep(caseId, null);
    }

    private static LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), OFFICE_ZONE);
    }
}
