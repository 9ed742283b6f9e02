package org.sanxiang.cases.process;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

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
    private final org.sanxiang.review.LegalReviews reviews;
    private final org.sanxiang.recording.CaseRecord record;

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
        returnLoop(task, row, caseId);
        inbox.insert(row);
        cases.updateCurrentStep(caseId, task.getTaskDefinitionKey());
    }

    /**
     * The return loop (G118; RULES §4), from the review rounds in our tables: the resubmitted review goes to the
     * reviewer who returned it (the completion still checks their qualification and separation), and an officer's
     * task opened while the latest round stands returned carries the reviewer's corrections.
     */
    private void returnLoop(DelegateTask task, InboxTaskEntity row, long caseId) {
        List<org.sanxiang.review.ReviewRound> rounds = reviews.rounds(caseId).stream()
                .sorted(java.util.Comparator.comparingInt(org.sanxiang.review.ReviewRound::round)).toList();
        if (rounds.isEmpty()) {
            return;
        }
        org.sanxiang.review.ReviewRound latest = rounds.get(rounds.size() - 1);
        String returned = org.sanxiang.review.ReviewOutcome.RETURN.name();
        if (org.sanxiang.cases.Step.LEGAL_REVIEW.taskKey().equals(row.step)) {
            if (latest.open() && rounds.size() > 1 && task.getAssignee() == null) {
                org.sanxiang.review.ReviewRound previous = rounds.get(rounds.size() - 2);
                if (returned.equals(previous.outcome()) && previous.reviewer() != null) {
                    task.setAssignee(previous.reviewer());
                    row.assignee = previous.reviewer();
                    record.append(caseId, new org.sanxiang.recording.Act("TASK_ROUTED", row.step, "system", "G118",
                            "退回补正后重新提交，由原审核人审核", java.util.Map.of("taskId", row.taskId,
                                    "reviewer", previous.reviewer(), "round", latest.round())));
                }
            }
        } else if (!latest.open() && returned.equals(latest.outcome()) && "officer".equals(row.candidateGroup)) {
            String reason = latest.corrections() != null && !latest.corrections().isBlank() ? latest.corrections()
                    : latest.opinion();
            row.returnedReason = reason == null || reason.isBlank() ? "退回补正"
                    : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        }
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
