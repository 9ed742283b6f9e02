package org.sanxiang.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Roles;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Conflict;
import org.sanxiang.process.NotFound;
import org.sanxiang.process.ServiceCompletion;
import org.sanxiang.publicity.PublicityProblems.PublicationNotInStatus;
import org.sanxiang.publicity.PublicityProblems.PublicityRoleRequired;
import org.sanxiang.publicity.persistence.PublicationMapper;
import org.sanxiang.publicity.persistence.PublicationRow;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * What every publication use case shares: finding and locking the row, saving it against a lost
 * update, who may act on it (officer or head of its own body, RULES §6), completing its user task as a
 * service completion ({@link ServiceCompletion}), the office's clock, and the staff view.
 */
@Component
@RequiredArgsConstructor
class PublicationAccess {

    private final PublicationMapper mapper;
    private final OfficerDirectory officers;
    private final TaskService tasks;
    private final Clock clock;

    PublicationMapper mapper() {
        return mapper;
    }

    /** The row, locked for this transaction; not found: a 404. */
    PublicationRow locked(long id) {
        return found(mapper.selectByIdForUpdate(id), id);
    }

    PublicationRow byId(long id) {
        return found(mapper.selectById(id), id);
    }

    PublicationRow byNumber(String decisionNumber) {
        return found(mapper.selectByDecisionNumber(decisionNumber), decisionNumber);
    }

    private static PublicationRow found(PublicationRow row, Object key) {
        if (row == null) {
            throw new NotFound("publication", key);
        }
        return row;
    }

    void save(PublicationRow row) {
        if (mapper.update(row) != 1) {
            throw new Conflict("concurrent-change", null, "publication changed concurrently", row.decisionNumber);
        }
        row.version++;
    }

    String bodyName(long bodyId) {
        return officers.body(bodyId).name();
    }

    /** The body whose publications the actor handles; null: every body (supervisors, the administrator). */
    Long bodyScope(Actor actor) {
        return officers.bodyScope(actor);
    }

    /** Another body's publication is not found for an officer or head (object-level access, RULES §6). */
    void requireOwnBody(PublicationRow row, Actor actor) {
        Long body = officers.bodyScope(actor); // an account with no officer record belongs to no body: sees none
        if (body != null && body != row.bodyId) {
            throw new NotFound("publication", row.id);
        }
    }

    /** G118: publications are handled by officers and heads. */
    static void requireStaff(Actor actor) {
        if (!actor.inGroup(Roles.OFFICER) && !actor.inGroup(Roles.HEAD)) {
            throw new PublicityRoleRequired(actor.username());
        }
    }

    static void requireStatus(PublicationRow row, PublicationStatus expected) {
        if (!expected.name().equals(row.status)) {
            throw new PublicationNotInStatus(row.decisionNumber, row.status, expected.name());
        }
    }

    /** Completes the publication's open user task {@code taskKey}, marked as this service's completion. */
    void completeTask(PublicationRow row, String taskKey, Map<String, Object> variables) {
        if (row.processInstanceId == null) {
            return;
        }
        Task task = tasks.createTaskQuery().processInstanceId(row.processInstanceId).taskDefinitionKey(taskKey).singleResult();
        if (task != null) {
            ServiceCompletion.run(task.getId(), () -> tasks.complete(task.getId(), variables));
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The payload of a record entry: keys and values in turn. */
    static Map<String, Object> payload(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static Publication view(PublicationRow r) {
        return new Publication(r.id, r.decisionNumber, r.caseId, r.bodyName, r.decisionKind,
                PublicationStatus.valueOf(r.status), r.partyKind, r.partyDisplay, r.creditCode, r.legalRepresentative,
                r.matterName, r.violation, r.legalBasis, r.penaltyBasis, split(r.penaltyTypes), r.penaltyContent,
                r.fineAmount, r.decidedOn, r.decidedBy, split(r.redactedFields), r.dueRule, r.dueDate, r.overdue,
                r.checkedBy, r.checkedAt, r.publishedBy, r.publishedOn, r.displayUntil, r.blockReason, r.blockDetail,
                r.withdrawalReason, r.withdrawalDetail, r.withdrawalStartedOn, r.withdrawalDue, r.withdrawnOn,
                r.withdrawalSource);
    }

    static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).toList();
    }
}
