package org.sanxiang.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.calendar.Due;
import org.sanxiang.cases.DecisionMade;
import org.sanxiang.cases.DecisionRevoked;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.officers.Page;
import org.sanxiang.officers.Roles;
import org.sanxiang.process.Actor;
import org.sanxiang.process.NotFound;
import org.sanxiang.process.Conflict;
import org.sanxiang.publicity.PublicityProblems.BlockReasonRequired;
import org.sanxiang.publicity.PublicityProblems.CheckByDecider;
import org.sanxiang.publicity.PublicityProblems.PublicationBeforeCheck;
import org.sanxiang.publicity.PublicityProblems.PublicationBlocked;
import org.sanxiang.publicity.PublicityProblems.PublicationNotInStatus;
import org.sanxiang.publicity.PublicityProblems.PublicityRoleRequired;
import org.sanxiang.publicity.PublicityProblems.WithdrawalReasonRequired;
import org.sanxiang.publicity.persistence.PublicationMapper;
import org.sanxiang.publicity.persistence.PublicationRow;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The after-the-fact publication of decisions (事后公开; G118; APL Art. 48; RULES §3). Every decision
 * starts the {@code publicity} process; this service holds the rules of each of its steps — draft
 * with automatic redaction, second-person check, publication, overdue escalation, withdrawal and
 * expiry — and writes each act to the case's record in the same transaction.
 */
@Service
public class Publications {

    /** BPMN process key of {@code bpmn/publicity.bpmn}. */
    public static final String PROCESS_KEY = "publicity";
    /** Message that starts the withdrawal, correlated by the decision number. */
    public static final String DECISION_REVOKED = "DecisionRevoked";
    static final String CHECK_TASK = "Task_RedactionCheck";
    static final String WITHDRAWAL_TASK = "Task_Withdrawal";
    static final String RULE_PENALTY = "publication-penalty";
    static final String RULE_OTHER = "publication-other";
    static final String RULE_WITHDRAWAL = "withdrawal";

    private final PublicationMapper mapper;
    private final Redactor redactor;
    private final PublicityProperties properties;
    private final Deadlines deadlines;
    private final OfficerDirectory officers;
    private final CaseRecord record;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Clock clock;
    private final DecisionHandoff handoff;

    Publications(DecisionHandoff handoff, PublicationMapper mapper, Redactor redactor, PublicityProperties properties, Deadlines deadlines,
            OfficerDirectory officers, CaseRecord record, RuntimeService runtime, TaskService tasks, Clock clock) {
        this.handoff = handoff;
        this.mapper = mapper;
        this.redactor = redactor;
        this.properties = properties;
        this.deadlines = deadlines;
        this.officers = officers;
        this.record = record;
        this.runtime = runtime;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * Starts the publication process of a decision, inside the deciding transaction. The decision is
     * handed to the synchronous 自动脱敏 step in memory: its unredacted personal data never become a
     * process variable.
     */
    @EventListener
    public void onDecisionMade(DecisionMade decision) {
        handoff.put(decision);
        try {
            runtime.startProcessInstanceByKey(PROCESS_KEY, decision.decisionNumber(), Variables.createVariables()
                    .putValue(PublicityVariables.DECISION_NUMBER, decision.decisionNumber())
                    .putValue(PublicityVariables.DECISION_CASE_ID, decision.caseId())
                    .putValue(PublicityVariables.DECIDED_ON, deadlines.endOfDay(decision.decidedOn()))
                    .putValue(PublicityVariables.DUE_RULE, dueRule(decision.kind(), decision.penaltyTypes())));
        } finally {
            handoff.clear(decision.decisionNumber());
        }
    }

    /** 自动脱敏, for the process: drafts the decision handed over by {@link #onDecisionMade}. */
    @Transactional
    public Publication draftHandedOver(String decisionNumber, String processInstanceId) {
        DecisionMade d = handoff.take(decisionNumber);
        return draft(d, d.otherPersons(), processInstanceId);
    }

    /** The calendar rule of a decision: 7 working days for penalties (and licences), 20 for others. */
    static String dueRule(String kind, List<String> penaltyTypes) {
        return "PENALTY".equals(kind) || "SUMMARY_PENALTY".equals(kind) ? RULE_PENALTY : RULE_OTHER;
    }

    /** 自动脱敏: the draft, redacted automatically; blocked at once where the configuration says so. */
    @Transactional
    public Publication draft(DecisionMade d, List<String> otherPersons, String processInstanceId) {
        PublicationRow existing = mapper.selectByDecisionNumber(d.decisionNumber());
        if (existing != null) {
            return view(existing); // a job run twice drafts once
        }
        RedactionSubject subject = new RedactionSubject(d.partyKind(), d.partyName(), d.partyIdNumber(), d.partyCreditCode(),
                d.legalRepresentative(), otherPersons);
        Redacted facts = redactor.redact(d.facts(), subject, properties.partyNamePolicy());
        Redacted content = redactor.redact(penaltyContent(d), subject, properties.partyNamePolicy());
        TreeSet<String> removed = new TreeSet<>(facts.removed());
        removed.addAll(content.removed());
        boolean natural = subject.naturalPerson();
        String rule = dueRule(d.kind(), d.penaltyTypes());
        Due due = deadlines.due(rule, d.decidedOn());

        PublicationRow row = new PublicationRow();
        row.decisionNumber = d.decisionNumber();
        row.caseId = d.caseId();
        row.bodyId = d.bodyId();
        row.bodyName = officers.body(d.bodyId()).name();
        row.decisionKind = d.kind();
        row.status = PublicationStatus.DRAFT.name();
        row.partyKind = d.partyKind();
        row.partyDisplay = redactor.partyDisplay(d.partyKind(), d.partyName(), properties.partyNamePolicy());
        row.creditCode = natural ? null : d.partyCreditCode();
        row.legalRepresentative = natural ? null : d.legalRepresentative();
        row.matterName = d.matterName();
        row.violation = facts.text();
        row.legalBasis = d.legalBasis();
        row.penaltyBasis = d.penaltyBasis();
        row.penaltyTypes = String.join(",", d.penaltyTypes() == null ? List.of() : d.penaltyTypes());
        row.penaltyContent = content.text();
        row.fineAmount = d.fineAmount();
        row.decidedOn = d.decidedOn();
        row.decidedBy = d.decidedBy();
        row.redactedFields = String.join(",", removed);
        row.dueRule = rule;
        row.dueDate = due.dueDate();
        row.processInstanceId = processInstanceId;
        row.createdAt = now();
        if (blockedByPolicy(d.penaltyTypes(), properties)) {
            row.status = PublicationStatus.BLOCKED.name();
            row.blockReason = BlockReason.WARNING_ONLY.name();
        }
        mapper.insert(row);
        // the draft itself is not an act of the case (it is the engine's, inside the decision step, and
        // the publication row keeps it); a decision not to publish is, with its reason
        if (row.blockReason != null) {
            record.append(d.caseId(), new Act("PUBLICATION_BLOCKED", "ServiceTask_AutoRedact", "system", "G118",
                    "决定不予公示：" + BlockReason.WARNING_ONLY.label(), payload("decisionNumber", d.decisionNumber(),
                            "reason", BlockReason.WARNING_ONLY.name())));
        }
        return view(row);
    }

    /**
     * 脱敏复核: a second person — an officer or head who did not make the decision — approves the
     * redacted text or blocks publication with a reason (a minor party always blocks).
     */
    @Transactional
    public Publication check(long id, boolean approved, boolean minor, BlockReason blockReason, String detail, Actor actor) {
        return check(id, approved, minor, blockReason, detail, List.of(), actor);
    }

    /**
     * As above; {@code removeTerms} are further words the checker removes from the published text
     * (a witness's name the automatic redaction could not know, a shop sign).
     */
    @Transactional
    public Publication check(long id, boolean approved, boolean minor, BlockReason blockReason, String detail,
            List<String> removeTerms, Actor actor) {
        PublicationRow row = locked(id);
        requireStaff(actor);
        requireOwnBody(row, actor);
        if (actor.username().equals(row.decidedBy)) {
            throw new CheckByDecider(actor.username(), row.decisionNumber);
        }
        requireStatus(row, PublicationStatus.DRAFT);
        BlockReason reason = minor ? BlockReason.MINOR : approved ? null : blockReason;
        if (!approved && !minor && blockReason == null) {
            throw new BlockReasonRequired();
        }
        row.checkedBy = actor.username();
        row.checkedAt = now();
        if (removeTerms != null && !removeTerms.isEmpty()) {
            row.violation = redactor.removeTerms(row.violation, removeTerms);
            row.penaltyContent = redactor.removeTerms(row.penaltyContent, removeTerms);
        }
        if (reason == null) {
            row.status = PublicationStatus.CHECKED.name();
        } else {
            row.status = PublicationStatus.BLOCKED.name();
            row.blockReason = reason.name();
            row.blockDetail = detail;
        }
        save(row);
        record.append(row.caseId, new Act(reason == null ? "PUBLICATION_CHECKED" : "PUBLICATION_BLOCKED", CHECK_TASK,
                actor.username(), reason == null ? "G118" : "OGI Art. 14-15",
                reason == null ? "公示稿脱敏复核通过" : "决定不予公示：" + reason.label(),
                payload("decisionNumber", row.decisionNumber, "reason", reason == null ? "" : reason.name(),
                        "detail", detail == null ? "" : detail, "removedTerms", removeTerms == null ? 0 : removeTerms.size())));
        completeTask(row, CHECK_TASK, Map.of(PublicityVariables.APPROVED, reason == null));
        return view(mapper.selectById(id));
    }

    /**
     * 发布: puts a checked publication on the public list; refused before the check and for a
     * blocked decision. Late publication (after the due date) is flagged.
     */
    @Transactional
    public Publication publish(long id, Actor actor) {
        requireStaff(actor); // by hand only an officer or the head publishes; the engine's step uses publishIfChecked
        PublicationRow row = locked(id);
        requireOwnBody(row, actor);
        return published(row, actor.username());
    }

    private Publication published(PublicationRow row, String by) {
        PublicationStatus status = PublicationStatus.valueOf(row.status);
        switch (status) {
            case DRAFT -> throw new PublicationBeforeCheck(row.decisionNumber);
            case BLOCKED -> throw new PublicationBlocked(row.decisionNumber, BlockReason.valueOf(row.blockReason).label());
            case CHECKED -> {
            }
            default -> throw new PublicationNotInStatus(row.decisionNumber, row.status, PublicationStatus.CHECKED.name());
        }
        LocalDate today = today();
        row.status = PublicationStatus.PUBLISHED.name();
        row.publishedBy = by;
        row.publishedAt = now();
        row.publishedOn = today;
        row.displayUntil = today.plus(properties.displayFor(row.fineAmount));
        boolean late = today.isAfter(row.dueDate);
        row.overdue = row.overdue || late;
        save(row);
        record.append(row.caseId, new Act("PUBLICATION_PUBLISHED", "ServiceTask_Publish", by,
                "APL Art. 48", "行政执法决定 " + row.decisionNumber + " 已向社会公示" + (late ? "（逾期）" : "")
                        + "，公示至 " + row.displayUntil,
                payload("decisionNumber", row.decisionNumber, "dueDate", row.dueDate.toString(), "late", late,
                        "displayUntil", row.displayUntil.toString())));
        return view(row);
    }

    /** For the process: publish if checked and not yet published (a job may run twice). */
    @Transactional
    public Publication publishIfChecked(long id) {
        PublicationRow row = locked(id);
        return PublicationStatus.CHECKED.name().equals(row.status) ? published(row, "system") : view(row);
    }

    /** The timer on the due date fired before publication: flag it and record the escalation. */
    @Transactional
    public void escalateOverdue(long id) {
        PublicationRow row = locked(id);
        if (row.overdue || row.publishedOn != null || PublicationStatus.BLOCKED.name().equals(row.status)) {
            return;
        }
        row.overdue = true;
        save(row);
        record.append(row.caseId, new Act("PUBLICATION_OVERDUE", "BoundaryEvent_PublicationDue", "system", "G118; APL Art. 48",
                "公示期限（" + row.dueDate + "）届满仍未公示，提请负责人督办", payload("decisionNumber", row.decisionNumber,
                        "dueDate", row.dueDate.toString())));
    }

    /**
     * The decision was changed, revoked, confirmed unlawful or void on {@code on}: correlates
     * {@code DecisionRevoked}, which opens the 撤回 task (3 working days) for a published decision and
     * blocks one not yet published.
     */
    @Transactional
    public Publication decisionRevoked(String decisionNumber, WithdrawalReason reason, String detail, LocalDate on, Actor actor) {
        requireStaff(actor); // who may act first: a caller without the role learns nothing of the input or the decision
        if (reason == null) {
            throw new WithdrawalReasonRequired();
        }
        PublicationRow found = mapper.selectByDecisionNumber(decisionNumber);
        if (found == null) {
            throw new NotFound("publication", decisionNumber);
        }
        requireOwnBody(found, actor);
        PublicationRow row = locked(found.id);
        PublicationStatus status = PublicationStatus.valueOf(row.status);
        if (status == PublicationStatus.WITHDRAWN || status == PublicationStatus.BLOCKED || row.withdrawalReason != null) {
            throw new PublicationNotInStatus(row.decisionNumber, row.status, "PUBLISHED");
        }
        String redacted = detail == null ? null : redactor.redact(detail, null, properties.partyNamePolicy()).text();
        return revoked(row, reason, redacted, null, on, actor.username());
    }

    /**
     * The cases module recorded that a decision fell (APL Art. 48 ¶2; 复议、诉讼或自行纠正): the same as
     * {@link #decisionRevoked}, inside the recording transaction, with the reason and the document it
     * fell by redacted like the decision (the party per policy, the other persons named in the case
     * removed). A publication already withdrawn, or never to be published, has nothing left to do.
     */
    @EventListener
    @Transactional
    public void onDecisionRevoked(DecisionRevoked event) {
        PublicationRow found = mapper.selectByDecisionNumber(event.decisionNumber());
        if (found == null) {
            return;
        }
        PublicationRow row = locked(found.id);
        PublicationStatus status = PublicationStatus.valueOf(row.status);
        if (status == PublicationStatus.WITHDRAWN || status == PublicationStatus.BLOCKED || row.withdrawalReason != null) {
            return;
        }
        RedactionSubject subject = new RedactionSubject(event.partyKind(), event.partyName(), event.partyIdNumber(),
                event.partyCreditCode(), event.legalRepresentative(), event.otherPersons());
        String reason = redactor.redact(event.reason(), subject, properties.partyNamePolicy()).text();
        String source = redactor.redact(event.sourceDocument(), subject, properties.partyNamePolicy()).text();
        revoked(row, WithdrawalReason.valueOf(event.kind()), reason, source, event.effectiveOn(), event.revokedBy());
    }

    private Publication revoked(PublicationRow row, WithdrawalReason reason, String detail, String source, LocalDate on,
            String actor) {
        PublicationStatus status = PublicationStatus.valueOf(row.status);
        LocalDate start = on == null ? today() : on;
        if (status == PublicationStatus.PUBLISHED || status == PublicationStatus.EXPIRED) {
            row.withdrawalReason = reason.name();
            row.withdrawalDetail = detail;
            row.withdrawalSource = source;
            row.withdrawalStartedOn = start;
            row.withdrawalDue = deadlines.due(RULE_WITHDRAWAL, start).dueDate();
            record.append(row.caseId, new Act("WITHDRAWAL_STARTED", WITHDRAWAL_TASK, actor, "APL Art. 48",
                    reason.label() + "，应于 " + row.withdrawalDue + " 前撤回公示", payload("decisionNumber", row.decisionNumber,
                            "reason", reason.name(), "source", source == null ? "" : source,
                            "due", row.withdrawalDue.toString())));
        } else {
            row.status = PublicationStatus.BLOCKED.name();
            row.blockReason = BlockReason.DECISION_REVOKED.name();
            row.blockDetail = reason.label() + (detail == null ? "" : "：" + detail);
            row.withdrawalSource = source;
            record.append(row.caseId, new Act("PUBLICATION_BLOCKED", "BoundaryEvent_DecisionRevoked", actor,
                    "APL Art. 48", "决定不予公示：" + BlockReason.DECISION_REVOKED.label(),
                    payload("decisionNumber", row.decisionNumber, "reason", reason.name())));
        }
        save(row);
        if (status != PublicationStatus.EXPIRED) {
            runtime.createMessageCorrelation(DECISION_REVOKED)
                    .processInstanceVariableEquals(PublicityVariables.DECISION_NUMBER, row.decisionNumber)
                    .setVariable(PublicityVariables.REVOKED_ON, deadlines.endOfDay(start))
                    .correlate();
        }
        return view(mapper.selectById(row.id));
    }

    /**
     * 撤回: takes a published decision down with its reason (APL Art. 48). Without a reason: refused.
     * If the decision's fall was not reported yet, it is reported today first.
     */
    @Transactional
    public Publication withdraw(long id, WithdrawalReason reason, String detail, Actor actor) {
        requireStaff(actor);
        if (reason == null) {
            throw new WithdrawalReasonRequired();
        }
        PublicationRow row = locked(id);
        requireOwnBody(row, actor);
        if (row.withdrawalReason == null) {
            requireStatus(row, PublicationStatus.PUBLISHED);
            decisionRevoked(row.decisionNumber, reason, detail, today(), actor);
            row = locked(id);
        } else if (!PublicationStatus.PUBLISHED.name().equals(row.status) && !PublicationStatus.EXPIRED.name().equals(row.status)) {
            throw new PublicationNotInStatus(row.decisionNumber, row.status, "PUBLISHED");
        }
        LocalDate today = today();
        boolean late = today.isAfter(row.withdrawalDue);
        row.status = PublicationStatus.WITHDRAWN.name();
        row.withdrawalReason = reason.name();
        // the notice is public: the detail is redacted like the decision; without one, the reason given
        // when the decision fell stands
        if (detail != null && !detail.isBlank()) {
            row.withdrawalDetail = redactor.redact(detail, null, properties.partyNamePolicy()).text();
        }
        row.withdrawnBy = actor.username();
        row.withdrawnOn = today;
        save(row);
        record.append(row.caseId, new Act("PUBLICATION_WITHDRAWN", WITHDRAWAL_TASK, actor.username(), "APL Art. 48",
                "撤回行政执法决定 " + row.decisionNumber + " 的公示：" + reason.label() + (late ? "（逾期）" : ""),
                payload("decisionNumber", row.decisionNumber, "reason", reason.name(), "detail", detail == null ? "" : detail,
                        "due", row.withdrawalDue.toString(), "late", late)));
        completeTask(row, WITHDRAWAL_TASK, Map.of());
        return view(row);
    }

    /** The display period ended: off the public list, still in the record (RULES §3). */
    @Transactional
    public void expire(long id) {
        PublicationRow row = locked(id);
        if (!PublicationStatus.PUBLISHED.name().equals(row.status)) {
            return;
        }
        row.status = PublicationStatus.EXPIRED.name();
        save(row);
        record.append(row.caseId, new Act("PUBLICATION_EXPIRED", "ServiceTask_Expire", "system", "G118",
                "公示期满，撤出公示目录", payload("decisionNumber", row.decisionNumber, "displayUntil",
                        String.valueOf(row.displayUntil))));
    }

    @Transactional(readOnly = true)
    public Publication get(long id) {
        PublicationRow row = mapper.selectById(id);
        if (row == null) {
            throw new NotFound("publication", id);
        }
        return view(row);
    }

    /** As {@link #get(long)}, for staff: another body's publication is not found (object-level access, RULES §6). */
    @Transactional(readOnly = true)
    public Publication get(long id, Actor actor) {
        PublicationRow row = mapper.selectById(id);
        if (row == null) {
            throw new NotFound("publication", id);
        }
        requireOwnBody(row, actor);
        return view(row);
    }

    @Transactional(readOnly = true)
    public Publication byDecisionNumber(String number) {
        PublicationRow row = mapper.selectByDecisionNumber(number);
        if (row == null) {
            throw new NotFound("publication", number);
        }
        return view(row);
    }

    /** Staff list, newest first; {@code status} null for all. */
    @Transactional(readOnly = true)
    public Page<Publication> list(PublicationStatus status, int page, int size) {
        return list(status, null, page, size);
    }

    /** Staff list of the actor's own body (supervisors and the administrator see every body's), newest first. */
    @Transactional(readOnly = true)
    public Page<Publication> list(PublicationStatus status, int page, int size, Actor actor) {
        return list(status, officers.bodyScope(actor), page, size);
    }

    private Page<Publication> list(PublicationStatus status, Long bodyId, int page, int size) {
        Paging.check(page, size);
        String s = status == null ? null : status.name();
        return new Page<>(mapper.selectByStatus(s, bodyId, (long) page * size, size).stream().map(Publications::view).toList(),
                page, size, mapper.countByStatus(s, bodyId));
    }

    /** Another body's publication is not found for an officer or head (object-level access, RULES §6). */
    private void requireOwnBody(PublicationRow row, Actor actor) {
        Long body = officers.bodyScope(actor); // an account with no officer record belongs to no body: sees none
        if (body != null && body != row.bodyId) {
            throw new NotFound("publication", row.id);
        }
    }

    private static final ThreadLocal<Boolean> COMPLETING = new ThreadLocal<>();

    /** Whether the current thread completes a publication task through this service (see the task guard). */
    public static boolean completingThroughService() {
        return Boolean.TRUE.equals(COMPLETING.get());
    }

    private void completeTask(PublicationRow row, String taskKey, Map<String, Object> variables) {
        if (row.processInstanceId == null) {
            return;
        }
        Task task = tasks.createTaskQuery().processInstanceId(row.processInstanceId).taskDefinitionKey(taskKey).singleResult();
        if (task != null) {
            COMPLETING.set(true);
            try {
                tasks.complete(task.getId(), variables);
            } finally {
                COMPLETING.remove();
            }
        }
    }

    private static void requireStaff(Actor actor) {
        if (!actor.inGroup(Roles.OFFICER) && !actor.inGroup(Roles.HEAD)) {
            throw new PublicityRoleRequired(actor.username());
        }
    }

    private static void requireStatus(PublicationRow row, PublicationStatus expected) {
        if (!expected.name().equals(row.status)) {
            throw new PublicationNotInStatus(row.decisionNumber, row.status, expected.name());
        }
    }

    private PublicationRow locked(long id) {
        PublicationRow row = mapper.selectByIdForUpdate(id);
        if (row == null) {
            throw new NotFound("publication", id);
        }
        return row;
    }

    private void save(PublicationRow row) {
        if (mapper.update(row) != 1) {
            throw new Conflict("concurrent-change", null, "publication changed concurrently", row.decisionNumber);
        }
        row.version++;
    }

    /** RULES §3: a warning-only decision is not published where the office follows the market-regulator rule. */
    static boolean blockedByPolicy(List<String> penaltyTypes, PublicityProperties properties) {
        boolean warningOnly = penaltyTypes != null && penaltyTypes.size() == 1 && "WARNING".equals(penaltyTypes.get(0));
        return warningOnly && !properties.publishWarningOnly();
    }

    private static String penaltyContent(DecisionMade d) {
        if ("NO_PENALTY".equals(d.kind())) {
            return "不予行政处罚。" + (d.reasons() == null ? "" : d.reasons());
        }
        StringBuilder s = new StringBuilder();
        List<String> types = d.penaltyTypes() == null ? List.of() : d.penaltyTypes();
        for (String t : types) {
            s.append(s.length() == 0 ? "" : "；").append(penaltyLabel(t));
            if ("FINE".equals(t) && d.fineAmount() != null) {
                s.append(" ").append(d.fineAmount().stripTrailingZeros().toPlainString()).append(" 元");
            }
        }
        return s.append("。").toString();
    }

    static String penaltyLabel(String type) {
        try {
            return org.sanxiang.cases.PenaltyType.valueOf(type).label();
        } catch (IllegalArgumentException e) {
            return type;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Map<String, Object> payload(Object... kv) {
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

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).toList();
    }

}
