package org.sanxiang.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.sanxiang.evidence.EvidenceProblems.AbsenceReasonUnknown;
import org.sanxiang.evidence.EvidenceProblems.AudioVideoRequired;
import org.sanxiang.evidence.EvidenceProblems.RequiredRecordsMissing;
import org.sanxiang.evidence.persistence.EvidenceMapper;
import org.sanxiang.process.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what each step must leave on record from the deployed BPMN models: the Camunda extension
 * properties {@code requiredRecords} (comma-separated record names) and
 * {@code audioVideo=mandatory|as-needed|none} (G118; APL Art. 47; RULES §5). A step listed in
 * {@code sanxiang.evidence.mandatory-audio-video-steps} is mandatory whatever its model says.
 */
@Service
public class RecordingRequirements {

    public static final String AUDIO_VIDEO = "audioVideo";
    public static final String REQUIRED_RECORDS = "requiredRecords";

    private final RepositoryService repository;
    private final HistoryService history;
    private final EvidenceMapper evidence;
    private final RequiredRecords records;
    private final Set<String> mandatorySteps;

    RecordingRequirements(RepositoryService repository, HistoryService history, EvidenceMapper evidence,
            RequiredRecords records, EvidenceProperties properties) {
        this.repository = repository;
        this.history = history;
        this.evidence = evidence;
        this.records = records;
        this.mandatorySteps = Set.copyOf(properties.mandatoryAudioVideoSteps());
    }

    /** What the step {@code taskKey} of the process definition declares, with the configured mandatory list applied. */
    public StepRecording requirementsOf(String processDefinitionId, String taskKey) {
        BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
        UserTask task = model == null ? null : model.getModelElementById(taskKey) instanceof UserTask t ? t : null;
        if (task == null) {
            throw new NotFound("step", taskKey);
        }
        return declared(task);
    }

    /** The declarations of every user task of a process definition, in model order. */
    public List<StepRecording> requirementsOf(String processDefinitionId) {
        return repository.getBpmnModelInstance(processDefinitionId).getModelElementsByType(UserTask.class).stream()
                .map(this::declared).toList();
    }

    /** The process definition a process instance runs (running or finished). */
    public String processDefinitionOf(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw new NotFound("process instance", processInstanceId);
        }
        return instance.getProcessDefinitionId();
    }

    /**
     * The steps evidence may belong to: the start events and user tasks of the definition and of the
     * processes it calls (e.g. 法制审核 in legal-review.bpmn).
     */
    public Set<String> stepsOf(String processDefinitionId) {
        Set<String> steps = new LinkedHashSet<>();
        BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
        collect(model, steps);
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            ProcessDefinition called = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(call.getCalledElement()).latestVersion().singleResult();
            if (called != null) {
                collect(repository.getBpmnModelInstance(called.getId()), steps);
            }
        }
        return steps;
    }

    /**
     * The audio-video part of the check: refuses to let a step complete whose audio-video record is
     * mandatory when the case has no (non-excluded) audio-video evidence item for that step and no
     * reason from the fixed list (G118; APL Art. 47). Returns the reasons accepted for a missing
     * recording (empty when none was needed). Judged at step level (an item of any instance of the step
     * counts); completing a task goes through {@link #requireComplete(StepContext, String, List)}, which
     * counts only the items of that task instance.
     */
    @Transactional(readOnly = true)
    public List<AbsenceReason> requireRecordingComplete(long caseId, String processDefinitionId, String taskKey,
            List<String> absenceReasonCodes) {
        return requireAudioVideo(new StepContext(caseId, null, null, null, taskKey, null),
                requirementsOf(processDefinitionId, taskKey), parseReasons(absenceReasonCodes));
    }

    /**
     * The case service's check before a step completes (the friendly one: problem+json naming what is
     * missing): the audio-video record, or a listed reason for its absence, and every required record,
     * those of the step's own form judged on {@link StepContext#ownInput() the input being entered}.
     * Returns the absence reasons accepted (empty when the recording exists or none was needed).
     */
    @Transactional(readOnly = true)
    public List<AbsenceReason> requireComplete(StepContext step, String processDefinitionId, List<String> absenceReasonCodes) {
        StepRecording requirement = requirementsOf(processDefinitionId, step.taskKey());
        List<AbsenceReason> accepted = requireAudioVideo(step, requirement, parseReasons(absenceReasonCodes));
        requireRecords(step, requirement);
        return accepted;
    }

    /**
     * The engine listener's check, on stored data only: the audio-video record exists or its absence
     * was explained on record ({@code audioVideoAbsenceExplained}), and every required record exists.
     */
    @Transactional(readOnly = true)
    public void requireComplete(StepContext step, StepRecording requirement, boolean audioVideoAbsenceExplained) {
        if (requirement.audioVideo() == AudioVideo.MANDATORY && !audioVideoAbsenceExplained && !hasAudioVideo(step)) {
            throw new AudioVideoRequired(step.taskKey());
        }
        requireRecords(step, requirement);
    }

    /**
     * Whether the step being completed has a usable audio-video item: one bound to this task instance, or
     * one bound to no instance (stored before the binding existed, or before the step had an instance).
     * An item of another instance of the same step — the first 查封/扣押's video — does not count.
     */
    private boolean hasAudioVideo(StepContext step) {
        return step.taskId() == null ? evidence.countAudioVideo(step.caseId(), step.taskKey()) > 0
                : evidence.countAudioVideoForTask(step.caseId(), step.taskKey(), step.taskId()) > 0;
    }

    private List<AbsenceReason> requireAudioVideo(StepContext step, StepRecording requirement, List<AbsenceReason> reasons) {
        if (requirement.audioVideo() != AudioVideo.MANDATORY || hasAudioVideo(step)) {
            return List.of();
        }
        if (reasons.isEmpty()) {
            throw new AudioVideoRequired(requirement.taskKey());
        }
        return reasons;
    }

    private void requireRecords(StepContext step, StepRecording requirement) {
        List<String> missing = records.missing(step, requirement.requiredRecords());
        if (!missing.isEmpty()) {
            throw new RequiredRecordsMissing(step.taskKey(), missing);
        }
    }

    static List<AbsenceReason> parseReasons(Collection<String> codes) {
        if (codes == null) {
            return List.of();
        }
        List<AbsenceReason> reasons = new ArrayList<>();
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            try {
                reasons.add(AbsenceReason.valueOf(code.trim()));
            } catch (IllegalArgumentException e) {
                throw new AbsenceReasonUnknown(code);
            }
        }
        return List.copyOf(new LinkedHashSet<>(reasons));
    }

    /** What a user task declares, with the configured mandatory list applied. */
    public StepRecording requirementsOf(UserTask task) {
        return declared(task);
    }

    private StepRecording declared(UserTask task) {
        Map<String, String> properties = properties(task);
        AudioVideo audioVideo = mandatorySteps.contains(task.getId()) ? AudioVideo.MANDATORY
                : AudioVideo.parse(properties.get(AUDIO_VIDEO));
        return new StepRecording(task.getId(), audioVideo, splitRecords(properties.getOrDefault(REQUIRED_RECORDS, "")));
    }

    /** The requirements of a {@code requiredRecords} value: comma-separated, each a name or alternatives {@code a|b}. */
    public static List<String> splitRecords(String value) {
        return Arrays.stream(value.split("[,，]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The Camunda extension properties of an element (name → value). */
    public static Map<String, String> properties(BaseElement element) {
        if (element.getExtensionElements() == null) {
            return Map.of();
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> p.getCamundaName() != null && p.getCamundaValue() != null)
                .collect(Collectors.toMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue, (a, b) -> a));
    }

    private static void collect(BpmnModelInstance model, Set<String> steps) {
        model.getModelElementsByType(StartEvent.class).forEach(e -> steps.add(e.getId()));
        model.getModelElementsByType(UserTask.class).forEach(e -> steps.add(e.getId()));
    }
}
