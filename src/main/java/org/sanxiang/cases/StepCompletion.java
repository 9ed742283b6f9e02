package org.sanxiang.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.sanxiang.cases.CaseProblems.ConcurrentChange;
import org.sanxiang.cases.CaseProblems.StepNotCurrent;
import org.sanxiang.cases.persistence.CaseEntity;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.cases.persistence.InboxTaskEntity;
import org.sanxiang.cases.steps.StepOutcome;
import org.sanxiang.cases.steps.StepRules;
import org.sanxiang.evidence.AbsenceReason;
import org.sanxiang.evidence.RecordingRequirements;
import org.sanxiang.officers.Matter;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Problem;
import org.sanxiang.process.ServiceCompletion;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Completes the case's current step: who acts, the step's rule ({@link StepRules}), full-process
 * recording (G118; APL Art. 47), the step's data and its record entry, then the engine — one
 * transaction. The only way a case task completes ({@link ServiceCompletion}).
 */
@Service
@Transactional
@RefusalsOnRecord
@RequiredArgsConstructor
public class StepCompletion {

    /** The record entry that explains a missing mandatory audio-video record; payload {@code taskId}, {@code reasons}. */
    public static final String AUDIO_VIDEO_ABSENCE_EXPLAINED = "AUDIO_VIDEO_ABSENCE_EXPLAINED";

    /** Every step's rule; fails at start-up when a step input has none. */
    private final StepRules rules = StepRules.standard();

    private final CaseAccess access;
    private final CaseMapper cases;
    private final OfficerDirectory officers;
    private final CaseRecord record;
    private final TaskService tasks;
    private final RecordingRequirements recordingRequirements;
    private final StepContexts contexts;

    /** Completes the case's current step with its data; 409 when the step is not current. */
    public void completeStep(long caseId, StepInput input, Actor actor) {
        completeStep(caseId, input, actor, List.of());
    }

    /**
     * As {@link #completeStep(long, StepInput, Actor)}, with the reasons (codes of {@link AbsenceReason})
     * why a mandatory audio-video record is missing.
     */
    public void completeStep(long caseId, StepInput input, Actor actor, List<String> audioVideoAbsence) {
        CaseEntity c = access.lockCase(caseId, actor);
        Step step = input.step();
        InboxTaskEntity task = access.currentTask(c, step);
        Matter matter = officers.matter(c.matterId);
        List<AbsenceReason> absence = new ArrayList<>();
        StepOutcome result = access.recordingRefusals(c, step.taskKey(), actor, () -> {
            access.authorize(c, step, matter, actor);
            if (step.group() == Step.Group.REVIEWER) {
                CaseAccess.requireClaimedBy(task, actor, c);
            }
            access.validate(input);
            // before apply: a refusal is recorded in its own transaction, before this act appends anything
            absence.addAll(requireRecordingComplete(c, task, input, audioVideoAbsence));
            return rules.complete(input, contexts.of(c, matter, actor));
        });
        cases.insertStep(c.id, task.taskId, step.name(), access.toJson(input), actor.username(), access.now());
        record.append(c.id, new Act("STEP_COMPLETED", step.taskKey(), actor.username(), result.article(),
                step.label() + "：" + result.summary(), Map.of("input", input, "variables", result.variables())));
        if (!absence.isEmpty()) {
            // the engine listener reads this entry (by task id) as the written reason for the missing recording
            record.append(c.id, new Act(AUDIO_VIDEO_ABSENCE_EXPLAINED, task.step, actor.username(), "G118; APL Art. 47",
                    "未进行音像记录，理由：" + absence, Map.of("reasons", absence, "taskId", task.taskId)));
        }
        try {
            ServiceCompletion.run(task.taskId, () -> tasks.complete(task.taskId, result.variables()));
        } catch (OptimisticLockingException e) {
            throw new ConcurrentChange(c.caseNumber);
        } catch (ProcessEngineException e) {
            Problem refusal = Problem.in(e);
            if (refusal != null) {
                throw refusal; // refused by a listener inside the engine (e.g. the recording requirements)
            }
            if (tasks.createTaskQuery().taskId(task.taskId).count() == 0) {
                throw new StepNotCurrent(c.caseNumber, step, "—");
            }
            throw e;
        }
    }

    /**
     * As {@link #completeStep(long, StepInput, Actor, List)}, answering the case's open tasks read in the
     * same transaction: the answer is what was committed, and a step costs one transaction, not two.
     */
    public List<CaseViews.OpenTask> completeStepListingOpenTasks(long caseId, StepInput input, Actor actor,
            List<String> audioVideoAbsence) {
        completeStep(caseId, input, actor, audioVideoAbsence);
        return access.openTasks(caseId).stream()
                .map(t -> new CaseViews.OpenTask(t.taskId, t.step, t.name, t.assignee, t.candidateGroup, t.dueDate)).toList();
    }


    /**
     * G118; APL Art. 47: a step whose audio-video record is mandatory completes only with an
     * audio-video evidence item for it or a listed reason for its absence, and only when the records its
     * model requires exist — those of its own form judged on the input being entered. The same rules
     * are enforced again inside the engine by {@code RecordingEnforcement} on stored data.
     */
    private List<AbsenceReason> requireRecordingComplete(CaseEntity c, InboxTaskEntity task, StepInput input,
            List<String> audioVideoAbsence) {
        org.camunda.bpm.engine.task.Task engineTask = tasks.createTaskQuery().taskId(task.taskId).singleResult();
        if (engineTask == null) {
            return List.of(); // completed concurrently: tasks.complete answers with 409
        }
        org.sanxiang.evidence.StepContext context = new org.sanxiang.evidence.StepContext(c.id,
                engineTask.getProcessInstanceId(), c.caseNumber, task.taskId, task.step, access.tree(input));
        return recordingRequirements.requireComplete(context, engineTask.getProcessDefinitionId(), audioVideoAbsence);
    }
}
