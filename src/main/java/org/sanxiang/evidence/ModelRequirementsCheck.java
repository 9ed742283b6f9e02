package org.sanxiang.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * At start-up, after the models are deployed: every user task of the latest version of every process
 * declares {@code audioVideo} (mandatory / as-needed / none) and {@code requiredRecords} with names
 * the {@link RequiredRecords registry} knows (a process none of whose tasks declares anything, such as a
 * benchmark model deployed through the engine REST API, is only warned about). A model that does not keeps the application from starting
 * — a step whose requirement nobody can check would refuse every completion.
 */
@Component
@RequiredArgsConstructor
class ModelRequirementsCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ModelRequirementsCheck.class);

    private final RepositoryService repository;
    private final RequiredRecords records;

    @Override
    public void afterSingletonsInstantiated() {
        List<String> problems = new ArrayList<>();
        int tasks = 0;
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            if (model.getModelElementsByType(UserTask.class).stream()
                    .allMatch(t -> RecordingRequirements.properties(t).isEmpty())) {
                // a model not written for Sanxiang (e.g. the benchmark's raw model): its steps require nothing
                log.warn("process {} declares no recording requirements on its user tasks", definition.getKey());
                continue;
            }
            tasks += model.getModelElementsByType(UserTask.class).size();
            problems.addAll(problems(definition.getKey(), model, records));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("recording requirements of the deployed models are invalid: " + problems);
        }
        log.info("recording requirements: {} user tasks checked, {} record names known", tasks, records.names().size());
    }

    /** What is wrong with the declarations of a model's user tasks (empty when nothing is). */
    static List<String> problems(String processKey, BpmnModelInstance model, RequiredRecords records) {
        List<String> problems = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String where = processKey + "/" + task.getId();
            Map<String, String> properties = RecordingRequirements.properties(task);
            String audioVideo = properties.get(RecordingRequirements.AUDIO_VIDEO);
            String required = properties.get(RecordingRequirements.REQUIRED_RECORDS);
            if (audioVideo == null || !List.of("mandatory", "as-needed", "none").contains(audioVideo.trim())) {
                problems.add(where + ": audioVideo must be mandatory, as-needed or none, not " + audioVideo);
            }
            if (required == null || required.isBlank()) {
                problems.add(where + ": requiredRecords not declared");
                continue;
            }
            List<String> unknown = records.unknown(RecordingRequirements.splitRecords(required));
            if (!unknown.isEmpty()) {
                problems.add(where + ": unknown record names " + unknown + " (known: " + records.names() + ")");
            }
        }
        return problems;
    }
}
