package org.sanxiang.cases.process;

import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.sanxiang.cases.CaseReviews;
import org.sanxiang.cases.Step;
import org.sanxiang.process.Forbidden;
import org.sanxiang.process.Problem;
import org.sanxiang.process.ProcessVariables;
import org.sanxiang.process.ServiceCompletion;
import org.sanxiang.review.LegalReviews;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The one guard of "a task completes only through a Sanxiang service" (G118: only the services validate
 * a step's data and record it). The parse-listener plugin adds it to the {@code complete} event of
 * every user task of every model; it refuses any completion not marked by {@link ServiceCompletion} —
 * the Camunda Tasklist, the engine REST API, code calling {@code TaskService.complete}. A head decision
 * of a major case without a passed review is refused with the APL Art. 58 problem itself, as the review
 * module's one check states it. The REST filter in front of the engine APIs asks {@link #refusal(String)}.
 */
@Component
public class CompletionGuard implements TaskListener {

    private final CaseReviews caseReviews;
    private final LegalReviews reviews;
    private final TaskService tasks;

    CompletionGuard(CaseReviews caseReviews, LegalReviews reviews, @Lazy TaskService tasks) {
        this.caseReviews = caseReviews;
        this.reviews = reviews;
        this.tasks = tasks;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName()) && !ServiceCompletion.isMarked(task.getId())) {
            throw refusalFor(task.getId(), task.getTaskDefinitionKey(), caseIdOf(task.getVariable(ProcessVariables.CASE_ID)));
        }
    }

    /** Why a completion of this task from outside the services is refused; empty for a task that does not exist. */
    public Optional<Problem> refusal(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return Optional.empty();
        }
        Object caseId = tasks.getVariable(taskId, ProcessVariables.CASE_ID);
        return Optional.of(refusalFor(taskId, task.getTaskDefinitionKey(), caseIdOf(caseId)));
    }

    private Problem refusalFor(String taskId, String taskKey, Long caseId) {
        if (caseId != null && Step.HEAD_DECISION.taskKey().equals(taskKey)) {
            try {
                reviews.requirePassedReviewForMajorDecision(caseId, caseReviews.isMajor(caseId));
            } catch (Problem apl58) {
                return apl58;
            }
        }
        return new CompletionOutsideService(taskId);
    }

    private static Long caseIdOf(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    /** G118: the task completes only through the Sanxiang service that validates and records its step. */
    public static class CompletionOutsideService extends Forbidden {
        public CompletionOutsideService(String taskId) {
            super("completion-outside-case-service", "G118",
                    "[urn:sanxiang:problem:completion-outside-case-service] task " + taskId
                            + " completes only through the Sanxiang services", taskId);
        }
    }
}
