package org.sanxiang.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.process.ServiceCompletion;
import org.sanxiang.publicity.PublicityProblems.PublicationNotInStatus;
import org.sanxiang.publicity.PublicityProblems.PublicityRoleRequired;
import org.sanxiang.publicity.persistence.PublicationMapper;
import org.sanxiang.publicity.persistence.PublicationRow;

/** What the publication use cases share, without Spring: the completion mark, who may act, the view. */
@Tag("no-db")
class PublicationAccessTest {

    final TaskService tasks = mock(TaskService.class);
    final PublicationAccess access = new PublicationAccess(mock(PublicationMapper.class), mock(OfficerDirectory.class), tasks,
            Clock.fixed(Instant.parse("2025-03-03T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

    PublicationRow row(String processInstanceId) {
        PublicationRow r = new PublicationRow();
        r.id = 5;
        r.decisionNumber = "罚〔2025〕1号";
        r.status = "DRAFT";
        r.processInstanceId = processInstanceId;
        return r;
    }

    TaskQuery queryAnswering(Task task) {
        TaskQuery query = mock(TaskQuery.class, RETURNS_SELF);
        when(query.singleResult()).thenReturn(task);
        when(tasks.createTaskQuery()).thenReturn(query);
        return query;
    }

    @Test
    void completesTheOpenTaskMarkedAsAServiceCompletionAndOnlyWhileCompleting() {
        Task task = mock(Task.class);
        when(task.getId()).thenReturn("task-1");
        queryAnswering(task);
        AtomicBoolean markedDuringCompletion = new AtomicBoolean();
        doAnswer(call -> {
            markedDuringCompletion.set(ServiceCompletion.isMarked("task-1"));
            return null;
        }).when(tasks).complete(anyString(), anyMap());

        access.completeTask(row("pi-1"), "Task_RedactionCheck", Map.of("approved", true));

        verify(tasks).complete("task-1", Map.of("approved", true));
        assertThat(markedDuringCompletion).isTrue();
        assertThat(ServiceCompletion.isMarked("task-1")).as("the mark ends with the completion").isFalse();
    }

    @Test
    void nothingToCompleteWithoutProcessOrOpenTask() {
        access.completeTask(row(null), "Task_RedactionCheck", Map.of());
        queryAnswering(null);
        access.completeTask(row("pi-1"), "Task_Withdrawal", Map.of());
        verify(tasks, never()).complete(anyString(), any());
    }

    @Test
    void onlyOfficersAndHeadsHandlePublications() {
        PublicationAccess.requireStaff(new Actor("zhangwei", java.util.Set.of("officer")));
        PublicationAccess.requireStaff(new Actor("liuyang", java.util.Set.of("head")));
        assertThatThrownBy(() -> PublicationAccess.requireStaff(new Actor("chenjing", java.util.Set.of("reviewer", "supervisor"))))
                .isInstanceOf(PublicityRoleRequired.class);
    }

    @Test
    void refusesARowInAnotherStatus() {
        PublicationAccess.requireStatus(row("pi"), PublicationStatus.DRAFT);
        assertThatThrownBy(() -> PublicationAccess.requireStatus(row("pi"), PublicationStatus.PUBLISHED))
                .isInstanceOf(PublicationNotInStatus.class);
    }

    @Test
    void todayIsTheOfficesDate() {
        assertThat(access.today()).hasToString("2025-03-03");
        assertThat(access.now()).hasToString("2025-03-03T10:00");
    }

    @Test
    void splitsCommaListsAndKeepsPayloadOrder() {
        assertThat(PublicationAccess.split("FINE,WARNING")).containsExactly("FINE", "WARNING");
        assertThat(PublicationAccess.split(" ")).isEmpty();
        assertThat(PublicationAccess.split(null)).isEmpty();
        assertThat(PublicationAccess.payload("b", 1, "a", 2).keySet()).containsExactly("b", "a");
    }
}
