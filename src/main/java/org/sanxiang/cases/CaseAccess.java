package org.sanxiang.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.sanxiang.cases.CaseProblems.NotPermitted;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.CaseProblems.StepNotCurrent;
import org.sanxiang.cases.persistence.CaseEntity;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.cases.persistence.InboxMapper;
import org.sanxiang.cases.persistence.InboxTaskEntity;
import org.sanxiang.officers.EnforcementBody;
import org.sanxiang.officers.Matter;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Roles;
import org.sanxiang.process.Actor;
import org.sanxiang.process.NotFound;
import org.sanxiang.process.Problem;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import lombok.RequiredArgsConstructor;

/**
 * What every use case of a case checks first, once: the case row locked and visible to the actor
 * (object level: another body's case is not found), the open task of a step, who may act on it
 * (APL Art. 42, 58) — the same answers the page layer gets through {@link CaseQueries#allowedActions} —,
 * and the recording of a refusal in the case's chain.
 */
@Component
@RequiredArgsConstructor
class CaseAccess {

    private final CaseMapper cases;
    private final InboxMapper inbox;
    private final OfficerDirectory officers;
    private final RefusedActs refusals;
    private final Validator validator;
    private final ObjectMapper json;
    private final Clock clock;
    private final org.sanxiang.review.LegalReviews reviews;

    /** The case row, locked; a case the actor may not see is not found. */
    CaseEntity lockCase(long caseId, Actor actor) {
        CaseEntity c = cases.selectCaseForUpdate(caseId);
        if (c == null || !visibleTo(c, actor)) {
            throw new NotFound("case", caseId);
        }
        return c;
    }

    /** The case row, unlocked, for reading; not found as {@link #lockCase}. */
    CaseEntity visibleCase(long caseId, Actor actor) {
        CaseEntity c = cases.selectCaseById(caseId);
        if (c == null || !visibleTo(c, actor)) {
            throw new NotFound("case", caseId);
        }
        return c;
    }

    /**
     * The same rule as reading ({@link CaseQueries}): supervisors and administrators see every body, an officer
     * their own; an account without an officer record ({@link OfficerDirectory#NO_BODY}) belongs to no body and
     * sees — so acts on — no case (RULES §6: no body means no act). Checked before any act, so a refused act
     * changes nothing.
     */
    boolean visibleTo(CaseEntity c, Actor actor) {
        Long body = officers.bodyScope(actor);
        return body == null || body == c.bodyId;
    }

    List<InboxTaskEntity> openTasks(long caseId) {
        return inbox.selectByCase(caseId);
    }

    /** The open task of {@code step}; 409 naming what is open instead. */
    InboxTaskEntity currentTask(CaseEntity c, Step step) {
        List<InboxTaskEntity> open = openTasks(c.id);
        return open.stream().filter(t -> t.step.equals(step.taskKey())).findFirst()
                .orElseThrow(() -> new StepNotCurrent(c.caseNumber, step, open.isEmpty() ? "无"
                        : open.stream().map(t -> t.name).collect(Collectors.joining("、"))));
    }

    InboxTaskEntity task(String taskId) {
        InboxTaskEntity task = inbox.selectByTaskId(taskId);
        if (task == null) {
            throw new NotFound("task", taskId);
        }
        return task;
    }

    /** Who may complete a step: certified handlers (APL Art. 42), the head, or a reviewer who is no handler (APL Art. 58). */
    void authorize(CaseEntity c, Step step, Matter matter, Actor actor) {
        switch (step.group()) {
            case HANDLER -> {
                requireGroup(actor, Roles.OFFICER, step);
                Officer officer = officers.officerByUsername(actor.username())
                        .orElseThrow(() -> new NotPermitted("not-a-handler", "APL Art. 42",
                                actor.username() + " is not a handler of case " + c.caseNumber, actor.username(), c.caseNumber));
                if (!cases.selectHandlerIds(c.id).contains(officer.id())) {
                    throw new NotPermitted("not-a-handler", "APL Art. 42",
                            officer.name() + " is not a handler of case " + c.caseNumber, officer.name(), c.caseNumber);
                }
                officers.requireMayAct(officer, matter, officers.body(c.bodyId).area(), today(), "actor");
            }
            case HEAD -> requireGroup(actor, Roles.HEAD, step);
            case REVIEWER -> {
                requireGroup(actor, Roles.LEGAL_REVIEWER, step);
                officers.requireNotHandler(actor.username(), cases.selectHandlerIds(c.id), c.caseNumber);
                officers.requireQualifiedReviewer(actor.username(), today());
            }
        }
    }

    /**
     * Everyone who took part in the investigation (APL Art. 64 ¶1 (4)): the current handlers and every
     * officer on one of the case's investigation records.
     */
    Set<Long> investigators(long caseId) {
        Set<Long> ids = new java.util.TreeSet<>(cases.selectHandlerIds(caseId));
        for (org.sanxiang.cases.CaseViews.InvestigationRecord r : cases.selectInvestigationRecords(caseId)) {
            for (String id : r.officerIds().split(",")) {
                if (!id.isBlank()) {
                    ids.add(Long.valueOf(id.strip()));
                }
            }
        }
        return ids;
    }

    /** APL Art. 58 (separation of duties): an officer who reviewed the case never becomes its handler. */
    void requireNeverReviewed(CaseEntity c, Officer officer) {
        if (reviews.rounds(c.id).stream().anyMatch(r -> officer.username().equals(r.reviewer()))) {
            throw new NotPermitted("reviewer-cannot-become-handler", "APL Art. 58",
                    officer.name() + " reviewed case " + c.caseNumber + " and cannot become its handler", officer.name(),
                    c.caseNumber);
        }
    }

    /** Whether {@link #authorize} lets the actor act on the step (the page asks before it offers the form). */
    boolean mayAct(CaseEntity c, Step step, Matter matter, Actor actor) {
        try {
            authorize(c, step, matter, actor);
            return true;
        } catch (Problem p) {
            return false;
        }
    }

    /**
     * Whether the actor holds the step's role on the case — a handler, the head, a reviewer who is no
     * handler — as {@link #authorize} requires before it checks certificates and qualifications.
     */
    static boolean hasRole(Step step, Actor actor, boolean handler) {
        return switch (step.group()) {
            case HANDLER -> handler;
            case HEAD -> actor.inGroup(Roles.HEAD);
            case REVIEWER -> actor.inGroup(Roles.LEGAL_REVIEWER) && !handler;
        };
    }

    static void requireGroup(Actor actor, String group, Step step) {
        if (!actor.inGroup(group)) {
            throw new NotPermitted("role-required", null, step.label() + " requires role " + group, step.label(), group);
        }
    }

    /** Reviewing is done on a claimed task (G118: one named reviewer signs the opinion). */
    static void requireClaimedBy(InboxTaskEntity task, Actor actor, CaseEntity c) {
        if (task.assignee == null) {
            throw new CaseProblems.TaskNotClaimed(task.taskId, c.caseNumber);
        }
        if (!task.assignee.equals(actor.username())) {
            throw new CaseProblems.TaskClaimedByOther(task.taskId, task.assignee);
        }
    }

    /** The registering / deciding officer is certified for the matter (APL Art. 42). */
    void actingOfficer(Actor actor, Matter matter, EnforcementBody body, LocalDate onDate) {
        if (!actor.inGroup(Roles.OFFICER)) {
            throw new NotPermitted("role-required", "APL Art. 42", "only enforcement officers may do this", "", Roles.OFFICER);
        }
        Officer officer = officers.officerByUsername(actor.username())
                .filter(o -> o.bodyId() == body.id())
                .orElseThrow(() -> new NotPermitted("not-an-officer-of-body", "APL Art. 42",
                        actor.username() + " is not an officer of " + body.name(), actor.username(), body.name()));
        officers.requireMayAct(officer, matter, body.area(), onDate, "actor");
    }

    /** Runs the checks of an act; a refusal for who is acting is recorded in the chain (APL Art. 42, 55, 58, 64, 76). */
    <T> T recordingRefusals(CaseEntity c, String step, Actor actor, Supplier<T> checks) {
        try {
            return checks.get();
        } catch (Problem p) {
            if (RefusedActs.isBlock(p)) {
                refusals.record(c.id, step, actor, p);
            }
            throw p;
        }
    }

    /** Bean Validation of a request record: 400 naming the first field at fault. */
    void validate(Object input) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            ConstraintViolation<Object> first = violations.stream()
                    .min((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString())).orElseThrow();
            throw new StepDataInvalid(first.getPropertyPath().toString(), first.getMessage());
        }
    }

    /** A value the act cannot go without: 400 naming the field (and the provision that asks for it). */
    static void requirePresent(String field, Object value, String article) {
        if (value == null) {
            throw new StepDataInvalid(field, Reason.of("required"), article);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    JsonNode tree(Object value) {
        return json.valueToTree(value);
    }

    JsonNode read(String data) {
        try {
            return json.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored step data is not JSON", e);
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
