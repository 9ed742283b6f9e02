package org.sanxiang.cases.process;

import java.time.LocalDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.sanxiang.cases.ReviewTaskCountCache;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.cases.persistence.InboxMapper;
import org.sanxiang.cases.persistence.InboxTaskEntity;
import org.sanxiang.process.ProcessVariables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Keeps the inbox read model and the case's current step in step with the engine, inside the
 * engine's own transaction (Camunda's Spring eventing publishes every task event synchronously).
 * Completions from outside the services are refused before, by the {@link CompletionGuard}.
 */
@Component
@RequiredArgsConstructor
class InboxProjection {

    private final InboxMapper inbox;
    private final CaseMapper cases;
    private final ReviewTaskCountCache reviewCounts;
    private final java.time.Clock clock;

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        Object caseId = task.getVariable(ProcessVariables.CASE_ID);
        if (!(caseId instanceof Number number)) {
            return; // not a Sanxiang case process
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE,
                    TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> reviewCounts.inboxChanged();
            default -> {
            }
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
        // who may complete it, and APL Art. 58, are the CompletionGuard's: this only keeps the read model
        inbox.delete(task.getId());
        // a step may run beside the main path (查封扣押): the case's current step is whatever is still open
        cases.updateCurrentStep(caseId, inbox.selectByCase(caseId).stream().map(t -> t.step).findFirst().orElse(null));
    }

    /** In the office's zone, as the office Clock bean keeps it. */
    private LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), clock.getZone());
    }
}
