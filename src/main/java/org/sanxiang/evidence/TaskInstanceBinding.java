package org.sanxiang.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The engine task instance of {@code step} an upload belongs to: the one open now in the case's
 * process or a process it called (a step has at most one open instance in our models; should there be
 * several, the newest); with none open, the latest finished one — a late upload is evidence of the
 * instance that was, never of a later one. Null when the step never had an instance (a start event, or
 * a step not reached yet): the item then counts for the step, as items stored before the binding do.
 */
@Component
@RequiredArgsConstructor
class TaskInstanceBinding {

    private final TaskService tasks;
    private final HistoryService history;

    String of(String processInstanceId, String step) {
        List<String> instances = new ArrayList<>();
        instances.add(processInstanceId);
        history.createHistoricProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()
                .forEach(p -> instances.add(p.getId()));
        Task open = tasks.createTaskQuery()
                .processInstanceIdIn(instances.toArray(String[]::new)).taskDefinitionKey(step)
                .orderByTaskCreateTime().desc().list().stream().findFirst().orElse(null);
        if (open != null) {
            return open.getId();
        }
        return instances.stream()
                .flatMap(id -> history.createHistoricTaskInstanceQuery().processInstanceId(id).taskDefinitionKey(step)
                        .finished().list().stream())
                .max(Comparator.comparing(HistoricTaskInstance::getEndTime)
                        .thenComparing(HistoricTaskInstance::getStartTime))
                .map(HistoricTaskInstance::getId).orElse(null);
    }
}
