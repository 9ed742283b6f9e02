package org.sanxiang.cases;

import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** An open task's due date: the deadline rule its model reads it from, and moving it when the deadline moves. */
@Component
@RequiredArgsConstructor
class TaskDueDates {

    private static final Pattern RULE = Pattern.compile("'([a-z-]+)'");

    private final TaskService tasks;
    private final RepositoryService repository;

    /** The deadline rule a task's due date comes from, read from its model ({@code ${stepDeadlines.due(caseId, 'rule')}}). */
    Optional<String> ruleOf(String taskId, String taskKey) {
        var task = tasks.createTaskQuery().taskId(taskId).singleResult();
        UserTask element = repository.getBpmnModelInstance(task.getProcessDefinitionId()).getModelElementById(taskKey);
        Matcher m = RULE.matcher(String.valueOf(element.getCamundaDueDate()));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    void move(String taskId, Date due) {
        var task = tasks.createTaskQuery().taskId(taskId).singleResult();
        task.setDueDate(due);
        tasks.saveTask(task);
    }
}
