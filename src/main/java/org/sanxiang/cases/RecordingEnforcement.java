package org.sanxiang.cases;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.evidence.AudioVideo;
import org.sanxiang.evidence.RecordingRequirements;
import org.sanxiang.evidence.StepContext;
import org.sanxiang.evidence.StepRecording;
import org.sanxiang.process.Problem;
import org.sanxiang.process.ProcessVariables;
import org.sanxiang.recording.CaseRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import lombok.RequiredArgsConstructor;

/**
 * The engine's own enforcement of full-process recording (G118; APL Art. 47): a task listener on the
 * {@code complete} event of every user task of every model, added when the model is parsed (so no
 * model can leave it out). It reads the task's {@code audioVideo} and {@code requiredRecords}
 * extension properties and refuses the completion when a requirement is unmet, judged on stored data
 * only — the step's stored input, the case's records and evidence (audio-video: the items bound to this
 * task instance, or to none), and the chain entry {@code AUDIO_VIDEO_ABSENCE_EXPLAINED} for this task. The case service checks the same first and
 * answers with problem+json; this listener holds even if that check is bypassed (the Tasklist, the
 * engine API, or a service that forgot). A refusal is recorded in the case's chain ({@code ACT_REFUSED})
 * once the refused transaction has ended.
 */
@Component
@RequiredArgsConstructor
class RecordingEnforcement implements TaskListener {

    private final RecordingRequirements requirements;
    private final CaseMapper cases;
    private final CaseRecord record;
    private final RefusedActs refusals;
    private final ObjectMapper json;

    @Override
    public void notify(DelegateTask task) {
        UserTask element = task.getBpmnModelElementInstance();
        if (!EVENTNAME_COMPLETE.equals(task.getEventName()) || element == null) {
            return;
        }
        StepRecording requirement = requirements.requirementsOf(element);
        if (requirement.nothingRequired()) {
            return;
        }
        Long caseId = caseIdOf(task);
        String step = task.getTaskDefinitionKey();
        if (caseId == null) {
            // a step with requirements outside any case: nothing could satisfy them
            throw new org.sanxiang.evidence.EvidenceProblems.RequiredRecordsMissing(step, requirement.requiredRecords());
        }
        StepContext context = new StepContext(caseId, task.getProcessInstanceId(),
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(), task.getId(), step,
                storedInput(task.getId()));
        try {
            requirements.requireComplete(context, requirement,
                    requirement.audioVideo() == AudioVideo.MANDATORY && absenceExplained(caseId, step, task.getId()));
        } catch (Problem refusal) {
            refusals.recordAfterCompletion(caseId, step, actor(task), refusal);
            throw refusal;
        }
    }

    private static Long caseIdOf(DelegateTask task) {
        for (String name : List.of(ProcessVariables.CASE_ID, ProcessVariables.DECISION_CASE_ID)) {
            if (task.getVariable(name) instanceof Number n) {
                return n.longValue();
            }
        }
        return null;
    }

    private JsonNode storedInput(String taskId) {
        String data = cases.selectStepDataForTask(taskId);
        try {
            return data == null ? null : json.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored step data of task " + taskId + " is not JSON", e);
        }
    }

    /** Whether the chain holds a written reason, given for this very task, why its audio-video record is missing. */
    private boolean absenceExplained(long caseId, String step, String taskId) {
        String marker = "\"taskId\":\"" + taskId + "\"";
        return !record.entries(caseId, StepCompletion.AUDIO_VIDEO_ABSENCE_EXPLAINED, step, marker).isEmpty();
    }

    private static String actor(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : "engine";
    }

    /**
     * Adds the {@link org.sanxiang.cases.process.CompletionGuard} and then {@link RecordingEnforcement}
     * to the {@code complete} event of every user task of every model as it is parsed: a Tasklist or
     * engine-API completion is first told to go through Sanxiang, and a completion that passes the guard
     * is still refused when its recording is incomplete. The listener beans are looked up when a task
     * completes, not while the engine is built.
     */
    @Component
    static class Plugin extends AbstractProcessEnginePlugin {

        private final ObjectProvider<RecordingEnforcement> enforcement;
        private final ObjectProvider<org.sanxiang.cases.process.CompletionGuard> guard;

        Plugin(ObjectProvider<RecordingEnforcement> enforcement,
                ObjectProvider<org.sanxiang.cases.process.CompletionGuard> guard) {
            this.enforcement = enforcement;
            this.guard = guard;
        }

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            if (configuration.getCustomPreBPMNParseListeners() == null) {
                configuration.setCustomPreBPMNParseListeners(new java.util.ArrayList<>());
            }
            TaskListener delegate = task -> {
                guard.getObject().notify(task);
                enforcement.getObject().notify(task);
            };
            configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
                // once the whole model is parsed, so every other parse listener has added its own task listeners
                @Override
                public void parseRootElement(Element rootElement,
                        List<org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity> processDefinitions) {
                    processDefinitions.forEach(definition -> addToUserTasks(definition, delegate));
                }
            });
        }

        private static void addToUserTasks(ScopeImpl scope, TaskListener delegate) {
            for (ActivityImpl activity : scope.getActivities()) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addTaskListener(EVENTNAME_COMPLETE, delegate);
                }
                addToUserTasks(activity, delegate); // sub-processes, event sub-processes
            }
        }
    }
}
