package org.sanxiang.cases.process;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.BadUserRequestException;
import org.sanxiang.cases.CaseCommands;
import org.sanxiang.cases.ReviewTaskCountCache;
import org.sanxiang.cases.Step;
import org.sanxiang.review.LegalReviews;
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
    private final LegalReviews reviews;
    private final ReviewTaskCountCache reviewCounts;

    InboxProjection(InboxMapper inbox, CaseMapper cases, LegalReviews reviews, ReviewTaskCountCache reviewCounts) {
        this.reviewCounts = reviewCounts;
        this.inbox = inbox;
        this.cases = cases;
        this.reviews = reviews;
    }

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
        // APL Art. 58; G118: the hard rule, also against Camunda's own REST API and Tasklist
        if (Step.HEAD_DECISION.taskKey().equals(task.getTaskDefinitionKey())
                && Boolean.TRUE.equals(task.getVariable(ProcessVariables.MAJOR_DECISION))
                && !reviews.latestRoundPassed(caseId)) {
            throw new BadUserRequestException("重大执法决定未经法制审核或者审核未通过的，不得作出决定（《行政处罚法》第五十八条）"
                    + " [urn:sanxiang:problem:decision-without-passed-review]");
        }
        if (!CaseCommands.completingThroughCaseService(task.getId()) && cases.countStepsForTask(task.getId()) == 0) {
            throw new BadUserRequestException("任务 " + task.getId() + " 须通过三项制度办案系统办理，以便校验环节数据并留痕"
                    + " [urn:sanxiang:problem:completion-outside-case-service]");
        }
        inbox.delete(task.getId());
        // a step may run beside the main path (查封扣押): the case's current step is whatever is still open
        cases.updateCurrentStep(caseId, inbox.selectByCase(caseId).stream().map(t -> t.step).findFirst().orElse(null));
    }

    private static LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), OFFICE_ZONE);
    }
}
