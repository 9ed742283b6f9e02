package org.sanxiang.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.sanxiang.cases.CaseProblems.ConcurrentChange;
import org.sanxiang.cases.CaseProblems.NotPermitted;
import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.CaseProblems.StepNotCurrent;
import org.sanxiang.cases.persistence.CaseEntity;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.cases.persistence.InboxMapper;
import org.sanxiang.cases.persistence.InboxTaskEntity;
import org.sanxiang.cases.persistence.PartyEntity;
import org.sanxiang.cases.process.StepDeadlines;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.documents.DocumentNumbering;
import org.sanxiang.officers.CertifiedOfficer;
import org.sanxiang.officers.EnforcementBody;
import org.sanxiang.officers.Matter;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Roles;
import org.sanxiang.process.Actor;
import org.sanxiang.process.NotFound;
import org.sanxiang.process.ProcessKeys;
import org.sanxiang.process.ProcessVariables;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.sanxiang.review.LegalReviews;
import org.sanxiang.review.ReviewRound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The commands that move a case. Every act locks the case row, checks who acts and what they
 * entered against the rules, writes our tables, appends to the case's chained record and moves the
 * engine — all in one transaction, so none of them can exist without the others.
 */
@Service
@Transactional
public class CaseCommands {

    static final String CASE = "CASE";

    private final CaseMapper cases;
    private final InboxMapper inbox;
    private final OfficerDirectory officers;
    private final DocumentNumbering numbering;
    private final CaseRecord record;
    private final PenaltyPolicy policy;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Validator validator;
    private final ObjectMapper json;
    private final Clock clock;
    private final LegalReviews reviews;
    private final StepDeadlines deadlines;
    private final Deadlines calendar;
    private final org.camunda.bpm.engine.RepositoryService repository;
    private final org.springframework.context.ApplicationEventPublisher events;
    private RefusedActs refusals;
    private ReviewTaskCountCache reviewCounts;

    @org.springframework.beans.factory.annotation.Autowired
    void setReviewCounts(ReviewTaskCountCache reviewCounts) {
        this.reviewCounts = reviewCounts;
    }

    @org.springframework.beans.factory.annotation.Autowired
    void setRefusals(RefusedActs refusals) {
        this.refusals = refusals;
    }
    private final org.sanxiang.evidence.RecordingRequirements recordingRequirements;

    CaseCommands(CaseMapper cases, InboxMapper inbox, OfficerDirectory officers, DocumentNumbering numbering,
            CaseRecord record, PenaltyPolicy policy, RuntimeService runtime, TaskService tasks, Validator validator,
            ObjectMapper json, Clock clock, LegalReviews reviews, StepDeadlines deadlines, Deadlines calendar,
            org.camunda.bpm.engine.RepositoryService repository,
            org.springframework.context.ApplicationEventPublisher events,
            org.sanxiang.evidence.RecordingRequirements recordingRequirements) {
        this.recordingRequirements = recordingRequirements;
        this.events = events;
        this.repository = repository;
        this.reviews = reviews;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.cases = cases;
        this.inbox = inbox;
        this.officers = officers;
        this.numbering = numbering;
        this.record = record;
        this.policy = policy;
        this.runtime = runtime;
        this.tasks = tasks;
        this.validator = validator;
        this.json = json;
        this.clock = clock;
    }

    public record CaseRef(long id, String caseNumber) {
    }

    // ------------------------------------------------------------------ general procedure

    /** 案源登记: registers a lead and starts the general procedure at 立案审批. */
    public CaseRef registerLead(RegisterLead lead, Actor actor) {
        validate(lead);
        validateParty(lead.party());
        EnforcementBody body = officers.body(lead.bodyId());
        LocalDate today = today();
        OfficeAct act = new OfficeAct(body, "StartEvent_LeadRegistered", "案源登记", actor, lead, lead.matterId(),
                lead.handlerIds(), today);
        Matter matter = officeRefusals(act, () -> officers.matterOnPowerList(body.id(), lead.matterId()));
        officeRefusals(act, () -> {
            actingOfficer(actor, matter, body, today);
            return null;
        });
        if (lead.actDate() != null && lead.actDate().isAfter(lead.discoveredOn())) {
            throw new StepDataInvalid("actDate", "违法行为发生日期不得晚于发现日期");
        }
        List<CertifiedOfficer> handlers = officeRefusals(act,
                () -> officers.requireCertifiedHandlers(matter, lead.handlerIds(), today));

        CaseEntity c = new CaseEntity();
        c.caseNumber = numbering.next(body.id(), body.documentPrefix(), CASE, today.getYear());
        c.bodyId = body.id();
        c.procedureKind = "GENERAL";
        c.status = CaseStatus.LEAD.name();
        c.leadSource = lead.source().name();
        c.matterId = matter.id();
        c.facts = lead.facts();
        c.actDate = lead.actDate();
        c.discoveredOn = lead.discoveredOn();
        c.place = lead.place();
        c.harmsLifeHealthOrFinance = lead.harmsLifeHealthOrFinance();
        c.createdBy = actor.username();
        c.createdAt = now();
        cases.insertCase(c);
        insertParty(c.id, lead.party());
        insertHandlers(c.id, handlers, actor);

        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("lead", lead);
        payload.put("handlers", certificates(handlers));
        record.append(c.id, new Act("CASE_REGISTERED", "StartEvent_LeadRegistered", actor.username(), "APL Art. 54",
                "案源登记：" + matter.name() + "，当事人" + lead.party().name(), payload));
        deadlines.restart(c.id, "filing", today);
        Map<String, Object> variables = new HashMap<>(policy.decisionTableThresholds());
        variables.put(ProcessVariables.CASE_ID, c.id);
        variables.put(ProcessVariables.REVIEW_PASSED, false);
        variables.put(ProcessVariables.HEARING_HELD, false);
        String pid = runtime.startProcessInstanceByKey(ProcessKeys.GENERAL_PROCEDURE, c.caseNumber, variables).getId();
        cases.updateProcessInstance(c.id, pid);
        return new CaseRef(c.id, c.caseNumber);
    }

    /**
     * Adds an investigation or on-site record while 调查取证 is open. At least two officers, each with a
     * certificate valid on the record's date, and the certificate numbers shown (APL Art. 42, 55).
     */
    public long addInvestigationRecord(long caseId, InvestigationRecordInput input, Actor actor) {
        CaseEntity c = lockCase(caseId, actor);
        currentTask(c, Step.INVESTIGATION);
        Matter matter = officers.matter(c.matterId);
        Set<String> shown = recordingRefusals(c, Step.INVESTIGATION.taskKey(), actor, () -> {
            authorize(c, Step.INVESTIGATION, matter, actor);
            validate(input);
            List<CertifiedOfficer> present = officers.requireCertifiedHandlers(matter, input.officerIds(), input.recordedOn());
            Set<String> expected = present.stream().map(p -> p.certificate().number())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> given = new TreeSet<>(input.certificatesShown());
            if (!expected.equals(given)) {
                throw new Rule("certificates-shown-mismatch", "APL Art. 55", "certificatesShown",
                        "certificates shown " + given + " do not match the valid certificates of the officers present "
                                + expected, given, expected);
            }
            return given;
        });
        cases.insertInvestigationRecord(c.id, input.kind().name(), input.recordedOn(), input.place(),
                input.officerIds().stream().map(String::valueOf).collect(Collectors.joining(",")),
                String.join(",", shown), input.content(), actor.username(), now());
        if (!input.persons().isEmpty()) {
            long recordId = cases.selectLatestInvestigationRecordId(c.id);
            for (InvestigationRecordInput.Person p : input.persons()) {
                cases.insertInvestigationPerson(recordId, c.id, p.name().strip(), p.role().name());
            }
        }
        record.append(c.id, new Act("INVESTIGATION_RECORD_ADDED", Step.INVESTIGATION.taskKey(), actor.username(),
                "APL Art. 55", "调查记录（" + input.kind() + "）：" + input.place() + "，出示执法证 " + String.join("、", shown),
                Map.of("record", input)));
        return cases.countInvestigationRecords(c.id);
    }

    /** Completes the case's current step with its data; 409 when the step is not current. */
    public void completeStep(long caseId, StepInput input, Actor actor) {
        completeStep(caseId, input, actor, List.of());
    }

    /**
     * As {@link #completeStep(long, StepInput, Actor)}, with the reasons (codes of
     * {@link org.sanxiang.evidence.AbsenceReason}) why a mandatory audio-video record is missing.
     */
    public void completeStep(long caseId, StepInput input, Actor actor, List<String> audioVideoAbsence) {
        CaseEntity c = lockCase(caseId, actor);
        Step step = input.step();
        InboxTaskEntity task = currentTask(c, step);
        Matter matter = officers.matter(c.matterId);
        List<org.sanxiang.evidence.AbsenceReason> absence = new ArrayList<>();
        Outcome result = recordingRefusals(c, step.taskKey(), actor, () -> {
            authorize(c, step, matter, actor);
            if (step.group() == Step.Group.REVIEWER) {
                requireClaimedBy(task, actor, c);
            }
            validate(input);
            // before apply: a refusal is recorded in its own transaction, before this act appends anything
            absence.addAll(requireRecordingComplete(c, task, input, audioVideoAbsence));
            return apply(c, matter, input, actor);
        });
        cases.insertStep(c.id, task.taskId, step.name(), toJson(input), actor.username(), now());
        record.append(c.id, new Act("STEP_COMPLETED", step.taskKey(), actor.username(), result.article(),
                step.label() + "：" + result.summary(), Map.of("input", input, "variables", result.variables())));
        if (!absence.isEmpty()) {
            // the engine listener reads this entry (by task id) as the written reason for the missing recording
            record.append(c.id, new Act(AUDIO_VIDEO_ABSENCE_EXPLAINED, task.step, actor.username(), "G118; APL Art. 47",
                    "未进行音像记录，理由：" + absence, Map.of("reasons", absence, "taskId", task.taskId)));
        }
        COMPLETING.set(task.taskId);
        try {
            tasks.complete(task.taskId, result.variables());
        } catch (OptimisticLockingException e) {
            throw new ConcurrentChange(c.caseNumber);
        } catch (ProcessEngineException e) {
            org.sanxiang.process.Problem refusal = problemIn(e);
            if (refusal != null) {
                throw refusal; // refused by a listener inside the engine (e.g. the recording requirements)
            }
            if (tasks.createTaskQuery().taskId(task.taskId).count() == 0) {
                throw new StepNotCurrent(c.caseNumber, step, "—");
            }
            throw e;
        } finally {
            COMPLETING.remove();
        }
    }

    /** The record entry that explains a missing mandatory audio-video record; payload {@code taskId}, {@code reasons}. */
    public static final String AUDIO_VIDEO_ABSENCE_EXPLAINED = "AUDIO_VIDEO_ABSENCE_EXPLAINED";

    private static org.sanxiang.process.Problem problemIn(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof org.sanxiang.process.Problem p) {
                return p;
            }
        }
        return null;
    }

    /** The task this thread is completing through {@link #completeStep}, its step already recorded. */
    private static final ThreadLocal<String> COMPLETING = new ThreadLocal<>();

    /**
     * Whether the engine's completion of this task comes from {@link #completeStep} on this thread (which
     * inserted the step's row just before): the inbox projection's guard against completions from outside
     * the case service then needs no query.
     */
    public static boolean completingThroughCaseService(String taskId) {
        return taskId != null && taskId.equals(COMPLETING.get());
    }

    /**
     * As {@link #completeStep(long, StepInput, Actor, List)}, answering the case's open tasks read in the
     * same transaction: the answer is what was committed, and a step costs one transaction, not two.
     */
    public List<CaseViews.OpenTask> completeStepListingOpenTasks(long caseId, StepInput input, Actor actor,
            List<String> audioVideoAbsence) {
        completeStep(caseId, input, actor, audioVideoAbsence);
        return inbox.selectByCase(caseId).stream()
                .map(t -> new CaseViews.OpenTask(t.taskId, t.step, t.name, t.assignee, t.candidateGroup, t.dueDate)).toList();
    }

    // ------------------------------------------------------------------ full-process recording (evidence module)

    /**
     * G118; APL Art. 47: a step whose audio-video record is mandatory completes only with an
     * audio-video evidence item for it or a listed reason for its absence, and only when the records its
     * model requires exist — those of its own form judged on the input being entered. The same rules
     * are enforced again inside the engine by {@code RecordingEnforcement} on stored data.
     */
    private List<org.sanxiang.evidence.AbsenceReason> requireRecordingComplete(CaseEntity c, InboxTaskEntity task,
            StepInput input, List<String> audioVideoAbsence) {
        org.camunda.bpm.engine.task.Task engineTask = tasks.createTaskQuery().taskId(task.taskId).singleResult();
        if (engineTask == null) {
            return List.of(); // completed concurrently: tasks.complete answers with 409
        }
        org.sanxiang.evidence.StepContext context = new org.sanxiang.evidence.StepContext(c.id,
                engineTask.getProcessInstanceId(), c.caseNumber, task.taskId, task.step, json.valueToTree(input));
        return recordingRequirements.requireComplete(context, engineTask.getProcessDefinitionId(), audioVideoAbsence);
    }

    // ------------------------------------------------------------------ 查封/扣押 (administrative coercive measure)

    /**
     * 查封/扣押: a handler starts the coercive measure while 调查取证 is open. The message
     * {@code SeizureRequested} starts the general procedure's non-interrupting event subprocess holding
     * the step 查封扣押 ({@code Task_Seizure}); the main path is not disturbed. One measure at a time.
     */
    public void startSeizure(long caseId, SeizureRequest request, Actor actor) {
        CaseEntity c = lockCase(caseId, actor);
        currentTask(c, Step.INVESTIGATION);
        Matter matter = officers.matter(c.matterId);
        recordingRefusals(c, Step.SEIZURE.taskKey(), actor, () -> {
            authorize(c, Step.SEIZURE, matter, actor);
            validate(request);
            return null;
        });
        if (inbox.selectByCase(c.id).stream().anyMatch(t -> t.step.equals(Step.SEIZURE.taskKey()))) {
            throw new CaseProblems.SeizureAlreadyOpen(c.caseNumber);
        }
        record.append(c.id, new Act("SEIZURE_REQUESTED", Step.SEIZURE.taskKey(), actor.username(), "ACL Art. 18",
                "申请采取行政强制措施（" + request.measure().label() + "）：" + request.reason(), Map.of("request", request)));
        runtime.createMessageCorrelation(ProcessKeys.SEIZURE_REQUESTED_MESSAGE).processInstanceId(c.processInstanceId)
                .correlateWithResult();
    }

    /** ACL Art. 18, 24, 25: two certified officers with certificates shown, a witness when the party is absent, at most 30 days. */
    private String seizure(CaseEntity c, Matter matter, StepInput.Seizure in) {
        List<CertifiedOfficer> present = officers.requireCertifiedHandlers(matter, in.officerIds(), in.takenOn());
        Set<String> expected = present.stream().map(p -> p.certificate().number())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> given = new TreeSet<>(in.certificatesShown());
        if (!expected.equals(given)) {
            throw new Rule("certificates-shown-mismatch", "ACL Art. 18", "certificatesShown",
                    "certificates shown " + given + " do not match the valid certificates of the officers present "
                            + expected, given, expected);
        }
        // ACL Art. 25: the period of the calendar rule "seizure" (its extension is a later act of the head)
        int maxDays = calendar.rule("seizure").length();
        if (in.periodDays() > maxDays) {
            throw new Rule("seizure-period-too-long", "ACL Art. 25", "periodDays",
                    "a seizure lasts at most " + maxDays + " days; a longer one needs the head's extension later",
                    in.periodDays(), maxDays);
        }
        if (!in.partyPresent() && blank(in.witness())) {
            throw new Rule("seizure-witness-required", "ACL Art. 18", "witness",
                    "the party is absent: a witness must be present and sign the on-site record");
        }
        if (c.filedAt != null && in.takenOn().isBefore(c.filedAt.toLocalDate())) {
            throw new StepDataInvalid("takenOn", "实施日期不得早于立案日期 " + c.filedAt.toLocalDate());
        }
        EnforcementBody body = officers.body(c.bodyId);
        String number = numbering.next(body.id(), body.documentPrefix(), "SEIZURE", in.takenOn().getYear());
        deadlines.restart(c.id, "seizure", in.takenOn()); // ACL Art. 25: 30 days, +30 with the head's approval
        return in.measure().label() + "决定书 " + number + "，清单 " + in.items().size() + " 项，期限 " + in.periodDays()
                + " 日，执法证 " + String.join("、", given) + (in.partyPresent() ? "，当事人到场" : "，见证人 " + in.witness());
    }

    /**
     * ACL Art. 25: in a complex case the head extends the running seizure period once, by at most 30 days
     * (calendar rule {@code seizure}: 30 + 30), with the reason recorded.
     */
    public org.sanxiang.calendar.CaseDeadline extendSeizure(long caseId, String reason, Actor actor) {
        CaseEntity c = lockCase(caseId, actor);
        requireGroup(actor, Roles.HEAD, Step.SEIZURE);
        if (blank(reason)) {
            throw new StepDataInvalid("reason", "延长查封扣押期限须写明理由（情况复杂）", "ACL Art. 25");
        }
        requireSeizureRunning(c);
        org.sanxiang.calendar.CaseDeadline extended = calendar.extend(c.id, "seizure");
        record.append(c.id, new Act("SEIZURE_EXTENDED", Step.SEIZURE.taskKey(), actor.username(), "ACL Art. 25",
                "负责人批准延长查封扣押期限至 " + extended.due() + "，理由：" + reason,
                Map.of("due", extended.due().toString(), "reason", reason)));
        return extended;
    }

    /**
     * 解除查封扣押 (ACL Art. 27, 28): the measure ends — property confiscated or destroyed by the decision,
     * or released (no violation, unrelated, no longer needed, period expired) — and the period stops.
     */
    public void releaseSeizure(long caseId, java.time.LocalDate releasedOn, String reason, Actor actor) {
        CaseEntity c = lockCase(caseId, actor);
        Matter matter = officers.matter(c.matterId);
        if (!actor.inGroup(Roles.HEAD)) {
            authorize(c, Step.SEIZURE, matter, actor);
        }
        if (releasedOn == null) {
            throw new StepDataInvalid("releasedOn", "必填");
        }
        if (blank(reason)) {
            throw new StepDataInvalid("reason", "解除查封扣押须写明理由", "ACL Art. 27, 28");
        }
        org.sanxiang.calendar.CaseDeadline running = requireSeizureRunning(c);
        if (releasedOn.isBefore(running.start()) || releasedOn.isAfter(today())) {
            throw new StepDataInvalid("releasedOn", "解除日期应在 " + running.start() + " 与今日之间", "ACL Art. 27, 28");
        }
        deadlines.finish(c.id, "seizure", releasedOn);
        record.append(c.id, new Act("SEIZURE_RELEASED", Step.SEIZURE.taskKey(), actor.username(), "ACL Art. 27, 28",
                "解除查封扣押（" + releasedOn + "）：" + reason, Map.of("releasedOn", releasedOn.toString(), "reason", reason)));
    }

    private org.sanxiang.calendar.CaseDeadline requireSeizureRunning(CaseEntity c) {
        return deadlines.running(c.id, "seizure").orElseThrow(() -> new Rule("no-seizure-running", "ACL Art. 25", "seizure",
                "case " + c.caseNumber + " has no seizure whose period is running", c.caseNumber));
    }

    // ------------------------------------------------------------------ summary procedure

    /** 简易程序: an on-the-spot decision within the APL Art. 51 limits. */
    public CaseRef decideOnTheSpot(SummaryDecisionInput input, Actor actor) {
        validate(input);
        validateParty(input.party());
        EnforcementBody body = officers.body(input.bodyId());
        OfficeAct act = new OfficeAct(body, "StartEvent_OnTheSpotDecision", "当场处罚决定", actor, input,
                input.matterId(), input.handlerIds(), input.decidedOn());
        Matter matter = officeRefusals(act, () -> officers.matterOnPowerList(body.id(), input.matterId()));
        officeRefusals(act, () -> {
            summaryRules(input, actor, matter, body);
            return null;
        });
        BigDecimal fine = input.penaltyType() == PenaltyType.FINE ? input.fineAmount() : null;
        List<CertifiedOfficer> handlers = officeRefusals(act,
                () -> officers.requireCertifiedHandlers(matter, input.handlerIds(), input.decidedOn()));

        CaseEntity c = new CaseEntity();
        c.caseNumber = numbering.next(body.id(), body.documentPrefix(), "SUMMARY", input.decidedOn().getYear());
        c.bodyId = body.id();
        c.procedureKind = "SUMMARY";
        c.status = CaseStatus.DECIDED.name();
        c.leadSource = LeadSource.INSPECTION.name();
        c.matterId = matter.id();
        c.facts = input.facts();
        c.discoveredOn = input.decidedOn();
        c.place = input.place();
        c.outcome = InvestigationOutcome.PENALTY.name();
        c.proposedFine = fine;
        c.createdBy = actor.username();
        c.createdAt = now();
        cases.insertCase(c);
        cases.markDecided(c.id, c.createdAt);
        insertParty(c.id, input.party());
        insertHandlers(c.id, handlers, actor);
        cases.insertDecision(c.id, c.caseNumber, "SUMMARY_PENALTY", input.penaltyType().name(), fine, null,
                input.facts(), actor.username(), input.decidedOn(), now());
        publishDecision(c, matter, c.caseNumber, "SUMMARY_PENALTY", input.decidedOn(), List.of(input.penaltyType()), fine,
                input.facts(), actor);
        record.append(c.id, new Act("SUMMARY_DECISION", "StartEvent_OnTheSpotDecision", actor.username(),
                "APL Art. 51", "当场处罚决定 " + c.caseNumber + "：" + input.penaltyType().label()
                        + (fine == null ? "" : " " + fine.toPlainString() + " 元") + "；当场交付并告知当事人："
                        + PublicationNotice.TEXT,
                Map.of("decision", input, "handlers", certificates(handlers), "publicationNotice", PublicationNotice.TEXT)));
        if (fine != null) {
            deadlines.restart(c.id, "payment", input.decidedOn());
        }
        String pid = runtime.startProcessInstanceByKey(ProcessKeys.SUMMARY_PROCEDURE, c.caseNumber,
                Map.of(ProcessVariables.CASE_ID, c.id, ProcessVariables.EXECUTION_REQUIRED, fine != null)).getId();
        cases.updateProcessInstance(c.id, pid);
        return new CaseRef(c.id, c.caseNumber);
    }

    /** APL Art. 42, 51: the deciding officer is certified; a warning, or a fine within the summary limit. */
    private void summaryRules(SummaryDecisionInput input, Actor actor, Matter matter, EnforcementBody body) {
        actingOfficer(actor, matter, body, input.decidedOn());
        if (input.penaltyType() != PenaltyType.WARNING && input.penaltyType() != PenaltyType.FINE) {
            throw new Rule("summary-procedure-kind", "APL Art. 51", "penaltyType",
                    "the summary procedure allows only a warning or a fine, not " + input.penaltyType(),
                    input.penaltyType().label());
        }
        if (input.penaltyType() == PenaltyType.FINE) {
            BigDecimal fine = input.fineAmount();
            if (fine == null || fine.signum() <= 0) {
                throw new StepDataInvalid("fineAmount", "罚款金额必须大于零");
            }
            BigDecimal limit = policy.summaryLimit(input.party().kind());
            if (fine.compareTo(limit) > 0) {
                throw new Rule("summary-procedure-limit", "APL Art. 51", "fineAmount",
                        "summary-procedure fine " + fine + " exceeds the limit " + limit + " for " + input.party().kind(),
                        fine.toPlainString(), limit.toPlainString());
            }
        }
    }

    // ------------------------------------------------------------------ refusals before a case exists

    /**
     * An act attempted before any case exists (案源登记, 当场处罚决定): whose office it concerns, who tried,
     * what was entered, the matter and the officers it names, on which date their certificates count.
     */
    private record OfficeAct(EnforcementBody body, String step, String label, Actor actor, Object input, Long matterId,
            List<Long> officerIds, LocalDate onDate) {
    }

    /**
     * Runs checks of an act that would create a case; a refusal for who acts or for the body's competence
     * (APL Art. 24, 42, 51) is recorded in the body's office record — there is no case chain yet.
     */
    private <T> T officeRefusals(OfficeAct act, java.util.function.Supplier<T> checks) {
        try {
            return checks.get();
        } catch (org.sanxiang.process.Problem p) {
            if (RefusedActs.isOfficeBlock(p)) {
                refusals.recordForOffice(act.body().id(), act.step(), act.actor(), p, act.label(), officeRefusalContext(act));
            }
            throw p;
        }
    }

    /**
     * What an office-record refusal keeps besides the rule: the matter, the actor's and the named officers'
     * certificate numbers with their status on the act's date (officers and certificates are public), and
     * the SHA-256 of the refused input as the service serialises it — the party stays out of the record,
     * yet whoever holds the input can show it was this one.
     */
    private Map<String, Object> officeRefusalContext(OfficeAct act) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("matterId", act.matterId());
        context.put("actorCertificates", officers.officerByUsername(act.actor().username())
                .map(o -> certificateStates(o.id(), act.onDate())).orElse(List.of()));
        List<Map<String, Object>> named = new ArrayList<>();
        List<Long> ids = act.officerIds() == null ? List.of() : act.officerIds().stream().distinct().toList();
        for (Officer o : officers.officers(ids)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("officerId", o.id());
            m.put("name", o.name());
            m.put("certificates", certificateStates(o.id(), act.onDate()));
            named.add(m);
        }
        context.put("officers", named);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("kind", act.input().getClass().getSimpleName());
        input.put("sha256", sha256Hex(toJson(act.input())));
        context.put("input", input);
        return context;
    }

    private List<Map<String, String>> certificateStates(long officerId, LocalDate onDate) {
        return officers.certificatesOf(officerId).stream()
                .map(c -> Map.of("number", c.number(), "status", c.statusOn(onDate).name())).toList();
    }

    /** The SHA-256 (hex) of a text's UTF-8 bytes. */
    static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ tasks, review clock, suspension

    /** Claims a task for the actor, who must be allowed to work on it; 409 when someone else holds it. */
    public void claim(String taskId, Actor actor) {
        CaseEntity c = lockCase(task(taskId).caseId, actor);
        InboxTaskEntity task = task(taskId); // again under the case's lock: a completion that got it first removed it
        Step step = Step.byTaskKey(task.step).orElseThrow(() -> new NotFound("task", taskId));
        authorize(c, step, officers.matter(c.matterId), actor);
        if (task.assignee != null && !task.assignee.equals(actor.username())) {
            throw new CaseProblems.TaskClaimedByOther(taskId, task.assignee);
        }
        tasks.claim(taskId, actor.username());
        record.append(c.id, new Act("TASK_CLAIMED", task.step, actor.username(), null, step.label() + "：领取任务",
                Map.of("taskId", taskId)));
    }

    /** Returns a claimed task to its group: by whoever holds it, or by the head. */
    public void unclaim(String taskId, Actor actor) {
        CaseEntity c = lockCase(task(taskId).caseId, actor);
        InboxTaskEntity task = task(taskId); // again under the case's lock, as for claim
        if (task.assignee == null) {
            return;
        }
        if (!task.assignee.equals(actor.username()) && !actor.inGroup(Roles.HEAD)) {
            throw new CaseProblems.TaskClaimedByOther(taskId, task.assignee);
        }
        tasks.setAssignee(taskId, null);
        record.append(c.id, new Act("TASK_UNCLAIMED", task.step, actor.username(), null, "退回任务至待领取",
                Map.of("taskId", taskId, "heldBy", task.assignee)));
    }

    /** The head approves 3 more working days for the open review round (G118; RULES §4). */
    public void extendReview(long caseId, Actor actor) {
        CaseEntity c = lockCase(caseId, actor);
        requireGroup(actor, Roles.HEAD, Step.LEGAL_REVIEW);
        InboxTaskEntity task = currentTask(c, Step.LEGAL_REVIEW);
        var extended = calendar.extend(caseId, "legal-review");
        moveDueDate(task.taskId, calendar.endOfDay(extended.due()));
        record.append(c.id, new Act("REVIEW_EXTENDED", Step.LEGAL_REVIEW.taskKey(), actor.username(), "G118",
                "负责人批准延长法制审核期限至 " + extended.due(), Map.of("due", extended.due().toString())));
    }

    /** 中止: the 90-day decision clock stops (hearing, testing/appraisal, public notice; APL Art. 60). */
    public void suspendDecisionClock(long caseId, org.sanxiang.calendar.SuspensionReason reason, LocalDate from, Actor actor) {
        CaseEntity c = lockCase(caseId, actor);
        requireGroup(actor, Roles.HEAD, Step.HEAD_DECISION);
        requirePresent("reason", reason, "APL Art. 60");
        requirePresent("from", from, "APL Art. 60");
        calendar.suspend(caseId, reason, from);
        record.append(c.id, new Act("DECISION_CLOCK_SUSPENDED", null, actor.username(), "APL Art. 60",
                "中止办案期限（" + reason + "），自 " + from, Map.of("reason", reason.name(), "from", from.toString())));
    }

    /** The clock runs again; the decision due date has moved by the suspended days, and so do open tasks'. */
    public void resumeDecisionClock(long caseId, LocalDate on, Actor actor) {
        CaseEntity c = lockCase(caseId, actor);
        requireGroup(actor, Roles.HEAD, Step.HEAD_DECISION);
        requirePresent("on", on, "APL Art. 60");
        var decision = calendar.resume(caseId, on);
        for (InboxTaskEntity t : inbox.selectByCase(caseId)) {
            if (dueRuleOf(t).filter("decision"::equals).isPresent()) {
                moveDueDate(t.taskId, calendar.endOfDay(decision.due()));
            }
        }
        record.append(c.id, new Act("DECISION_CLOCK_RESUMED", null, actor.username(), "APL Art. 60",
                "恢复办案期限，自 " + on + "；作出决定期限顺延至 " + decision.due(),
                Map.of("on", on.toString(), "due", decision.due().toString())));
    }

    /**
     * 更换承办人: the head replaces a handler (typically one whose certificate lapsed mid-case) with a
     * certified officer of the body. The old assignment is kept with who removed it, when and why.
     */
    public void reassignHandler(long caseId, Long removeOfficerId, Long addOfficerId, String reason, Actor actor) {
        CaseEntity c = lockCase(caseId, actor);
        requireGroup(actor, Roles.HEAD, Step.FILING_APPROVAL);
        requirePresent("removeOfficerId", removeOfficerId, "APL Art. 42");
        requirePresent("addOfficerId", addOfficerId, "APL Art. 42");
        if (blank(reason)) {
            throw new StepDataInvalid("reason", "更换承办人须写明理由");
        }
        List<Long> handlers = cases.selectHandlerIds(c.id);
        if (!handlers.contains(removeOfficerId)) {
            throw new StepDataInvalid("removeOfficerId", "该执法人员不是本案承办人");
        }
        if (handlers.contains(addOfficerId)) {
            throw new StepDataInvalid("addOfficerId", "该执法人员已是本案承办人");
        }
        Matter matter = officers.matter(c.matterId);
        EnforcementBody body = officers.body(c.bodyId);
        Officer added = officers.officer(addOfficerId);
        if (added.bodyId() != body.id()) {
            throw new NotPermitted("not-an-officer-of-body", "APL Art. 42", added.name() + " is not an officer of " + body.name(),
                    added.name(), body.name());
        }
        CertifiedOfficer certified = officers.requireMayAct(added, matter, body.area(), today(), "addOfficerId");
        Officer removed = officers.officer(removeOfficerId);
        cases.removeHandler(c.id, removeOfficerId, actor.username(), now(), reason);
        cases.insertHandler(c.id, addOfficerId, false, actor.username(), now());
        reviewCounts.inboxChanged(); // a reviewer's own cases leave their task list
        record.append(c.id, new Act("HANDLER_REASSIGNED", null, actor.username(), "APL Art. 42",
                "更换承办人：" + removed.name() + " → " + added.name() + "（执法证 " + certified.certificate().number() + "），理由：" + reason,
                Map.of("removed", removeOfficerId, "added", addOfficerId, "certificate", certified.certificate().number(),
                        "reason", reason)));
    }

    // ------------------------------------------------------------------ a decision falls (APL Art. 48 ¶2)

    /**
     * The head records that the case's decision was changed, revoked, confirmed unlawful or void (by
     * a reconsideration decision, a judgment or the office's own correction). Only a decided case, only
     * once per decision; in the chain with its article; {@link DecisionRevoked} makes the publicity module
     * withdraw the publication within 3 working days (or never publish it).
     */
    public CaseViews.Revocation revokeDecision(long caseId, DecisionRevocationInput input, Actor actor) {
        CaseEntity c = lockCase(caseId, actor);
        if (!actor.inGroup(Roles.HEAD)) {
            throw new NotPermitted("role-required", "APL Art. 48", "only the head records that a decision fell",
                    "撤销、变更决定登记", Roles.HEAD);
        }
        validate(input);
        CaseViews.Decision decision = cases.selectDecisions(c.id).stream()
                .filter(d -> DECIDED_KINDS.contains(d.kind())).reduce((a, b) -> b)
                .orElseThrow(() -> new CaseProblems.CaseNotDecided(c.caseNumber));
        if (cases.selectRevocations(c.id).stream().anyMatch(r -> r.decisionNumber().equals(decision.decisionNumber()))) {
            throw new CaseProblems.DecisionAlreadyRevoked(decision.decisionNumber());
        }
        LocalDate effective = input.effectiveOn() == null ? today() : input.effectiveOn();
        if (effective.isBefore(decision.decidedOn())) {
            throw new StepDataInvalid("effectiveOn", "不得早于决定日期 " + decision.decidedOn(), "APL Art. 48");
        }
        String reason = input.reason().strip();
        String source = input.sourceDocument().strip();
        try {
            cases.insertRevocation(c.id, decision.decisionNumber(), input.kind().name(), reason, source, effective,
                    actor.username(), now());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new CaseProblems.DecisionAlreadyRevoked(decision.decisionNumber());
        }
        RevocationKind kind = input.kind();
        record.append(c.id, new Act("DECISION_REVOKED", null, actor.username(), "APL Art. 48; " + kind.article(),
                "决定 " + decision.decisionNumber() + " 被依法" + kind.label() + "（" + source + "）：" + reason,
                Map.of("decisionNumber", decision.decisionNumber(), "kind", kind.name(), "reason", reason,
                        "sourceDocument", source, "effectiveOn", effective.toString())));
        CaseViews.Party party = cases.selectParties(c.id).get(0);
        events.publishEvent(new DecisionRevoked(c.id, decision.decisionNumber(), kind.name(), reason, source, effective,
                actor.username(), party.kind(), party.name(), party.idNumber(), party.creditCode(),
                party.legalRepresentative(), otherPersons(c, party)));
        return cases.selectRevocations(c.id).stream().filter(r -> r.decisionNumber().equals(decision.decisionNumber()))
                .findFirst().orElseThrow();
    }

    /** Decisions on the merits (a transfer letter is not one). */
    private static final Set<String> DECIDED_KINDS = Set.of("PENALTY", "NO_PENALTY", "SUMMARY_PENALTY");

    /** The deadline rule a task's due date comes from, read from its model ({@code ${stepDeadlines.due(caseId, 'rule')}}). */
    private java.util.Optional<String> dueRuleOf(InboxTaskEntity t) {
        var task = tasks.createTaskQuery().taskId(t.taskId).singleResult();
        var element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
                .<org.camunda.bpm.model.bpmn.instance.UserTask>getModelElementById(t.step);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([a-z-]+)'").matcher(
                String.valueOf(element.getCamundaDueDate()));
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private void moveDueDate(String taskId, java.util.Date due) {
        var task = tasks.createTaskQuery().taskId(taskId).singleResult();
        task.setDueDate(due);
        tasks.saveTask(task);
    }

    private InboxTaskEntity task(String taskId) {
        InboxTaskEntity task = inbox.selectByTaskId(taskId);
        if (task == null) {
            throw new NotFound("task", taskId);
        }
        return task;
    }

    /** Runs the checks of an act; a refusal for who is acting is recorded in the chain (APL Art. 42, 55, 58, 64, 76). */
    private <T> T recordingRefusals(CaseEntity c, String step, Actor actor, java.util.function.Supplier<T> checks) {
        try {
            return checks.get();
        } catch (org.sanxiang.process.Problem p) {
            if (RefusedActs.isBlock(p)) {
                refusals.record(c.id, step, actor, p);
            }
            throw p;
        }
    }

    /** Reviewing is done on a claimed task (G118: one named reviewer signs the opinion). */
    private static void requireClaimedBy(InboxTaskEntity task, Actor actor, CaseEntity c) {
        if (task.assignee == null) {
            throw new CaseProblems.TaskNotClaimed(task.taskId, c.caseNumber);
        }
        if (!task.assignee.equals(actor.username())) {
            throw new CaseProblems.TaskClaimedByOther(task.taskId, task.assignee);
        }
    }

    // ------------------------------------------------------------------ step rules

    /** What applying a step produced: process variables, a one-line summary and the article cited. */
    private record Outcome(Map<String, Object> variables, String summary, String article) {
    }

    private Outcome apply(CaseEntity c, Matter matter, StepInput input, Actor actor) {
        Map<String, Object> vars = new HashMap<>();
        String article = input.step().article();
        String summary;
        if (input instanceof StepInput.FilingApproval in) {
            if (in.approved()) {
                requireWithinLimitation(c);
                cases.markFiled(c.id, now());
            }
            deadlines.finish(c.id, "filing", today());
            if (in.approved()) {
                deadlines.restart(c.id, "decision", today()); // APL Art. 60: 90 days from filing
            }
            cases.updateStatus(c.id, (in.approved() ? CaseStatus.FILED : CaseStatus.NOT_FILED).name());
            vars.put(ProcessVariables.FILING_APPROVED, in.approved());
            summary = in.approved() ? "同意立案" : "不予立案";
        } else if (input instanceof StepInput.InvestigationDone) {
            if (cases.countInvestigationRecords(c.id) == 0) {
                throw new Rule("investigation-records-missing", "APL Art. 55", "investigationRecords",
                        "at least one investigation or on-site record is required before the investigation ends");
            }
            summary = "调查取证完毕，共 " + cases.countInvestigationRecords(c.id) + " 份笔录";
        } else if (input instanceof StepInput.Seizure in) {
            summary = seizure(c, matter, in);
        } else if (input instanceof StepInput.InvestigationEnd in) {
            summary = investigationEnd(c, in, vars);
        } else if (input instanceof StepInput.LegalReview in) {
            EnforcementBody body = officers.body(c.bodyId);
            ReviewRound round = reviews.decide(c.id, new LegalReviews.Opinion(in.outcome(), in.opinion(),
                    in.corrections(), in.checklist(), today()), actor.username(), body.id(), body.documentPrefix());
            deadlines.finish(c.id, "legal-review", today());
            cases.updateStatus(c.id, (in.outcome() == org.sanxiang.review.ReviewOutcome.RETURN ? CaseStatus.FILED
                    : CaseStatus.REVIEWED).name());
            vars.put(ProcessVariables.REVIEW_OUTCOME, in.outcome().name());
            vars.put(ProcessVariables.REVIEW_PASSED, in.outcome().passed());
            summary = "第 " + round.round() + " 轮审核意见书 " + round.opinionNumber() + "：" + in.outcome();
        } else if (input instanceof StepInput.CollectiveDiscussion in) {
            cases.updateOutcome(c.id, in.conclusion().name(), c.proposedFine);
            vars.put(ProcessVariables.OUTCOME, in.conclusion().name());
            summary = "集体讨论结论 " + in.conclusion();
        } else if (input instanceof StepInput.PriorNotice in) {
            summary = priorNotice(c, in, vars);
        } else if (input instanceof StepInput.StatementDefence in) {
            summary = statementDefence(c, in, vars);
        } else if (input instanceof StepInput.Hearing in) {
            officers.requireNotInvestigator(in.chairOfficerId(), cases.selectHandlerIds(c.id));
            Officer chair = officers.officer(in.chairOfficerId());
            vars.put(ProcessVariables.HEARING_HELD, true);
            summary = "听证会由" + chair.name() + "主持，当事人" + (in.partyAppeared() ? "到场" : "未到场");
        } else if (input instanceof StepInput.HeadDecision in) {
            summary = headDecision(c, matter, in, actor, vars);
        } else if (input instanceof StepInput.ServiceRecord in) {
            summary = service(c, in, actor);
        } else if (input instanceof StepInput.Execution in) {
            summary = execution(c, in, actor);
        } else if (input instanceof StepInput.Transfer in) {
            EnforcementBody body = officers.body(c.bodyId);
            String letter = numbering.next(body.id(), body.documentPrefix(), "TRANSFER", in.letterDate().getYear());
            cases.insertDecision(c.id, letter, "TRANSFER", null, null, null, in.reasons(), actor.username(),
                    in.letterDate(), now());
            cases.updateStatus(c.id, CaseStatus.TRANSFERRED.name());
            deadlines.finish(c.id, "decision", in.letterDate());
            summary = "移送" + in.receivingOrgan() + "，移送函 " + letter;
        } else if (input instanceof StepInput.Closing) {
            deadlines.finish(c.id, "closing", today());
            cases.markClosed(c.id, now());
            cases.updateStatus(c.id, CaseStatus.CLOSED.name());
            summary = "结案";
        } else if (input instanceof StepInput.Archive in) {
            deadlines.finish(c.id, "archive", today());
            cases.markArchived(c.id, now());
            cases.updateStatus(c.id, CaseStatus.ARCHIVED.name());
            summary = "归档，案卷号 " + in.fileReference() + "，保管期限 " + retentionClass(c);
        } else if (input instanceof StepInput.SummaryExecution in) {
            BigDecimal fine = c.proposedFine == null ? BigDecimal.ZERO : c.proposedFine;
            if (in.amountPaid().compareTo(fine) < 0) {
                throw new Rule("payment-less-than-fine", "APL Art. 67", "amountPaid",
                        "amount paid " + in.amountPaid() + " is less than the fine " + fine, in.amountPaid(), fine);
            }
            cases.insertPayment(c.id, in.amountPaid(), in.paidOn(), in.receiptNumber(), actor.username(), now());
            deadlines.finish(c.id, "payment", in.paidOn());
            cases.updateStatus(c.id, CaseStatus.EXECUTED.name());
            summary = "缴纳罚款 " + in.amountPaid().toPlainString() + " 元，票据 " + in.receiptNumber();
        } else if (input instanceof StepInput.SummaryFiling in) {
            deadlines.finish(c.id, "archive", in.filedOn());
            cases.markArchived(c.id, now());
            cases.updateStatus(c.id, CaseStatus.ARCHIVED.name());
            summary = "报备归档，案卷号 " + in.fileReference();
        } else {
            throw new IllegalStateException("unhandled step input " + input);
        }
        return new Outcome(vars, summary, article);
    }

    /** APL Art. 36: no penalty for an act not discovered within 2 years (5 where life, health or finance was harmed). */
    private void requireWithinLimitation(CaseEntity c) {
        if (c.actDate == null) {
            return;
        }
        int years = c.harmsLifeHealthOrFinance ? 5 : 2;
        LocalDate lastDay = c.actDate.plusYears(years);
        if (c.discoveredOn.isAfter(lastDay)) {
            throw new Rule("limitation-expired", "APL Art. 36", "approved",
                    "the act of " + c.actDate + " was discovered on " + c.discoveredOn + ", after the " + years
                            + "-year limitation ended on " + lastDay,
                    c.actDate, c.discoveredOn, years, lastDay);
        }
    }

    private String investigationEnd(CaseEntity c, StepInput.InvestigationEnd in, Map<String, Object> vars) {
        List<PenaltyType> types = in.proposedPenaltyTypes() == null ? List.of() : in.proposedPenaltyTypes();
        if (in.outcome() == InvestigationOutcome.PENALTY) {
            if (types.isEmpty()) {
                throw new StepDataInvalid("proposedPenaltyTypes", "给予处罚须写明拟处罚种类");
            }
            requireFineWhenFining(types, in.proposedFine(), "proposedFine");
            decisionTableInputs(c, types, in.proposedFine(), in.confiscationValue(), vars);
            vars.put("majorPublicInterest", in.majorPublicInterest());
            vars.put("majorSocialImpact", in.majorSocialImpact());
            vars.put("outsideDiscretionBenchmark", in.outsideDiscretionBenchmark());
        } else if (in.outcome() == InvestigationOutcome.TRANSFER && blank(in.transferReason())) {
            throw new StepDataInvalid("transferReason", "移送司法机关须写明涉嫌犯罪的理由");
        }
        cases.updateOutcome(c.id, in.outcome().name(), in.outcome() == InvestigationOutcome.PENALTY ? in.proposedFine() : null);
        cases.updateStatus(c.id, CaseStatus.INVESTIGATED.name());
        vars.put(ProcessVariables.OUTCOME, in.outcome().name());
        vars.put(ProcessVariables.SERIOUS_OR_COMPLEX, in.seriousOrComplex());
        // a new conclusion needs a new review: the catalogue (major-decision.dmn) decides again
        vars.put(ProcessVariables.REVIEW_PASSED, false);
        return "调查终结，处理意见 " + in.outcome();
    }

    private String priorNotice(CaseEntity c, StepInput.PriorNotice in, Map<String, Object> vars) {
        requireFineWhenFining(in.proposedPenaltyTypes(), in.proposedFine(), "proposedFine");
        cases.updateOutcome(c.id, InvestigationOutcome.PENALTY.name(), in.proposedFine());
        cases.updateStatus(c.id, CaseStatus.NOTIFIED.name());
        // inputs of hearing-right.dmn, evaluated by the model right after this step (APL Art. 63)
        decisionTableInputs(c, in.proposedPenaltyTypes(), in.proposedFine(), null, vars);
        vars.put(ProcessVariables.HEARING_WINDOW_CLOSED, false);
        deadlines.restart(c.id, "hearing-request", in.noticeDate()); // APL Art. 64: 5 working days
        return "告知拟处罚 " + in.proposedPenaltyTypes() + (in.proposedFine() == null ? "" : " " + in.proposedFine().toPlainString() + " 元");
    }

    private String statementDefence(CaseEntity c, StepInput.StatementDefence in, Map<String, Object> vars) {
        if (in.response() == StepInput.PartyResponse.STATED && blank(in.content())) {
            throw new StepDataInvalid("content", "当事人陈述申辩的内容不得为空");
        }
        if (in.hearingRequested()) {
            Object right = runtime.getVariable(c.processInstanceId, ProcessVariables.HEARING_RIGHT);
            if (!Boolean.TRUE.equals(right)) {
                throw new Rule("no-hearing-right", "APL Art. 63", "hearingRequested",
                        "the proposed penalty does not give the party a hearing right");
            }
            if (in.hearingRequestedOn() == null) {
                throw new StepDataInvalid("hearingRequestedOn", "申请听证须写明申请日期");
            }
            LocalDate noticeDate = LocalDate.parse(latestStep(c.id, Step.PRIOR_NOTICE).path("noticeDate").asText());
            if (in.hearingRequestedOn().isBefore(noticeDate)) {
                throw new StepDataInvalid("hearingRequestedOn", "听证申请日期不得早于告知日期");
            }
            LocalDate lastDay = calendar.due("hearing-request", noticeDate).dueDate();
            if (in.hearingRequestedOn().isAfter(lastDay)) {
                throw new Rule("hearing-request-late", "APL Art. 64", "hearingRequestedOn",
                        "the hearing request of " + in.hearingRequestedOn() + " came after the window closed on " + lastDay,
                        in.hearingRequestedOn(), lastDay);
            }
        }
        deadlines.finish(c.id, "hearing-request", today());
        vars.put(ProcessVariables.HEARING_REQUESTED, in.hearingRequested());
        return "当事人" + switch (in.response()) {
            case STATED -> "进行了陈述申辩";
            case WAIVED -> "明确放弃陈述申辩";
            case NO_RESPONSE -> "逾期未陈述申辩";
        } + (in.hearingRequested() ? "，申请听证" : "");
    }

    private String headDecision(CaseEntity c, Matter matter, StepInput.HeadDecision in, Actor actor, Map<String, Object> vars) {
        InvestigationOutcome outcome = InvestigationOutcome.valueOf(c.outcome);
        List<PenaltyType> types = in.penaltyTypes() == null ? List.of() : in.penaltyTypes();
        EnforcementBody body = officers.body(c.bodyId);
        String kind;
        String number;
        boolean execution;
        if (outcome == InvestigationOutcome.PENALTY) {
            requirePassedReviewIfMajor(c);
            if (types.isEmpty()) {
                throw new StepDataInvalid("penaltyTypes", "处罚决定须写明处罚种类");
            }
            requireFineWhenFining(types, in.fineAmount(), "fineAmount");
            JsonNode notice = latestStep(c.id, Step.PRIOR_NOTICE);
            if (notice.isMissingNode()) {
                throw new Rule("decision-without-prior-notice", "APL Art. 62", "penaltyTypes",
                        "no penalty decision may be made before the party was notified");
            }
            BigDecimal proposed = notice.hasNonNull("proposedFine") ? new BigDecimal(notice.get("proposedFine").asText()) : null;
            if (in.fineAmount() != null && (proposed == null ? in.fineAmount().signum() > 0 : in.fineAmount().compareTo(proposed) > 0)) {
                throw new Rule("penalty-increased-after-defence", "APL Art. 45", "fineAmount",
                        "the fine " + in.fineAmount() + " exceeds the " + proposed + " proposed in the prior notice",
                        in.fineAmount().toPlainString(), proposed == null ? "0" : proposed.toPlainString());
            }
            kind = "PENALTY";
            number = numbering.next(body.id(), body.documentPrefix(), "DECISION", in.decidedOn().getYear());
            execution = (in.fineAmount() != null && in.fineAmount().signum() > 0)
                    || (in.confiscationValue() != null && in.confiscationValue().signum() > 0);
        } else if (outcome.isNoPenalty()) {
            if (!types.isEmpty() || (in.fineAmount() != null && in.fineAmount().signum() > 0)) {
                throw new StepDataInvalid("penaltyTypes", "不予处罚决定不得包含处罚种类或罚款");
            }
            kind = "NO_PENALTY";
            number = numbering.next(body.id(), body.documentPrefix(), "NO_PENALTY", in.decidedOn().getYear());
            execution = false;
        } else {
            throw new IllegalStateException("head decision on a case with outcome " + outcome);
        }
        cases.insertDecision(c.id, number, kind, types.stream().map(Enum::name).collect(Collectors.joining(",")),
                in.fineAmount(), in.confiscationValue(), in.reasons(), actor.username(), in.decidedOn(), now());
        cases.markDecided(c.id, now());
        cases.updateStatus(c.id, CaseStatus.DECIDED.name());
        publishDecision(c, matter, number, kind, in.decidedOn(), types, in.fineAmount(), in.reasons(), actor);
        deadlines.finish(c.id, "decision", in.decidedOn());
        deadlines.restart(c.id, "service", in.decidedOn()); // APL Art. 61: 7 working days
        vars.put(ProcessVariables.EXECUTION_REQUIRED, execution);
        return ("PENALTY".equals(kind) ? "作出行政处罚决定 " : "作出不予行政处罚决定 ") + number
                + (in.fineAmount() == null ? "" : "，罚款 " + in.fineAmount().toPlainString() + " 元");
    }

    private void publishDecision(CaseEntity c, Matter matter, String number, String kind, LocalDate decidedOn,
            List<PenaltyType> types, BigDecimal fine, String reasons, Actor actor) {
        CaseViews.Party party = cases.selectParties(c.id).get(0);
        events.publishEvent(new DecisionMade(c.id, c.bodyId, c.caseNumber, number, kind, decidedOn, party.kind(),
                party.name(), party.idNumber(), party.creditCode(), party.legalRepresentative(), matter.name(), c.facts,
                matter.legalBasis(), matter.penaltyBasis(), types.stream().map(Enum::name).toList(), fine, reasons,
                actor.username(), otherPersons(c, party)));
    }

    /**
     * The natural persons the case names besides the party (RULES §3): those its investigation records
     * list or label, and the other natural-person parties; never an officer (officers are public).
     */
    private List<String> otherPersons(CaseEntity c, CaseViews.Party party) {
        List<String> candidates = new ArrayList<>(cases.selectInvestigationPersonNames(c.id));
        for (CaseViews.InvestigationRecord r : cases.selectInvestigationRecords(c.id)) {
            candidates.addAll(NamedPersons.labelledIn(r.content()));
        }
        for (CaseViews.Party p : cases.selectParties(c.id)) {
            if (p.id() != party.id() && PartyKind.NATURAL_PERSON.name().equals(p.kind())) {
                candidates.add(p.name());
            }
        }
        Set<String> officerNames = officers.officersOfBody(c.bodyId).stream().map(Officer::name)
                .collect(Collectors.toSet());
        return NamedPersons.others(candidates, party.name(), officerNames);
    }

    /** APL Art. 58; G118: a major decision needs the latest review round to have passed. */
    private void requirePassedReviewIfMajor(CaseEntity c) {
        Object major = runtime.getVariable(c.processInstanceId, ProcessVariables.MAJOR_DECISION);
        if (Boolean.TRUE.equals(major) && !reviews.latestRoundPassed(c.id)) {
            throw new Rule("decision-without-passed-review", "APL Art. 58", "legalReview",
                    "a major enforcement decision needs a passed legal review first");
        }
    }

    private String service(CaseEntity c, StepInput.ServiceRecord in, Actor actor) {
        if (in.method() == StepInput.ServiceMethod.ELECTRONIC && blank(in.consentReference())) {
            throw new Rule("electronic-service-without-consent", "APL Art. 61", "consentReference",
                    "electronic service needs the party's signed consent (确认书)");
        }
        List<CaseViews.Decision> decisions = cases.selectDecisions(c.id);
        CaseViews.Decision decision = decisions.get(decisions.size() - 1);
        if (in.servedOn().isBefore(decision.decidedOn())) {
            throw new StepDataInvalid("servedOn", "送达日期不得早于决定日期 " + decision.decidedOn());
        }
        // RULES §3: the party is told the decision will be published; the service record says so
        cases.insertServiceRecord(c.id, decision.decisionNumber(), in.method().name(), in.servedOn(), in.recipient(),
                in.consentReference(), PublicationNotice.TEXT, actor.username(), now());
        cases.updateStatus(c.id, CaseStatus.SERVED.name());
        deadlines.finish(c.id, "service", in.servedOn());
        if (Boolean.TRUE.equals(runtime.getVariable(c.processInstanceId, ProcessVariables.EXECUTION_REQUIRED))) {
            deadlines.restart(c.id, "payment", in.servedOn()); // APL Art. 67: 15 days from service
        }
        return "送达 " + decision.decisionNumber() + "，方式 " + in.method() + "，受送达人 " + in.recipient()
                + "；已告知当事人：" + PublicationNotice.TEXT;
    }

    private String execution(CaseEntity c, StepInput.Execution in, Actor actor) {
        CaseViews.Decision decision = cases.selectDecisions(c.id).stream()
                .filter(d -> "PENALTY".equals(d.kind())).reduce((a, b) -> b).orElseThrow();
        if (in.mode() == StepInput.ExecutionMode.PAID) {
            if (in.amountPaid() == null) {
                throw new StepDataInvalid("amountPaid", "须填写缴款金额");
            }
            if (in.paidOn() == null) {
                throw new StepDataInvalid("paidOn", "须填写缴款日期");
            }
            if (blank(in.receiptNumber())) {
                throw new StepDataInvalid("receiptNumber", "须填写缴款票据号");
            }
            BigDecimal fine = decision.fineAmount() == null ? BigDecimal.ZERO : decision.fineAmount();
            BigDecimal lateFee = deadlines.running(c.id, "payment")
                    .filter(d -> in.paidOn().isAfter(d.due()) && fine.signum() > 0)
                    .map(d -> calendar.lateFee(fine, d.due(), in.paidOn())).orElse(BigDecimal.ZERO);
            BigDecimal owed = fine.add(lateFee);
            if (in.amountPaid().compareTo(owed) < 0) {
                throw new Rule("payment-less-than-fine", "APL Art. 67, 72", "amountPaid",
                        "amount paid " + in.amountPaid() + " is less than the fine plus late fee " + owed,
                        in.amountPaid(), owed);
            }
            cases.insertPayment(c.id, in.amountPaid(), in.paidOn(), in.receiptNumber(), actor.username(), now());
            deadlines.finish(c.id, "payment", in.paidOn());
            cases.updateStatus(c.id, CaseStatus.EXECUTED.name());
            return (lateFee.signum() > 0 ? "含加处罚款 " + lateFee.toPlainString() + " 元，" : "") + "缴纳罚款 " + in.amountPaid().toPlainString() + " 元，票据 " + in.receiptNumber();
        }
        if (in.reminderServedOn() == null) {
            throw new StepDataInvalid("reminderServedOn", "申请强制执行前须送达催告书");
        }
        if (in.courtAppliedOn() == null) {
            throw new StepDataInvalid("courtAppliedOn", "须填写申请法院强制执行的日期");
        }
        if (!in.courtAppliedOn().isAfter(in.reminderServedOn())) {
            throw new Rule("court-application-before-reminder", "ACL Art. 54", "courtAppliedOn",
                    "the court application must follow the reminder");
        }
        cases.updateStatus(c.id, CaseStatus.EXECUTED.name());
        deadlines.finish(c.id, "payment", in.courtAppliedOn());
        return "催告后申请人民法院强制执行";
    }

    // ------------------------------------------------------------------ shared checks

    /**
     * The case row, locked; a case of another body is not found (object level: an officer, reviewer or
     * head of one body does not act on, nor learn of, another body's cases; supervisors and
     * administrators see every body).
     */
    /** A value the act cannot go without: 400 naming the field (and the provision that asks for it). */
    private static void requirePresent(String field, Object value, String article) {
        if (value == null) {
            throw new StepDataInvalid(field, "必填", article);
        }
    }

    private CaseEntity lockCase(long caseId, Actor actor) {
        CaseEntity c = cases.selectCaseForUpdate(caseId);
        if (c == null || !visibleTo(c, actor)) {
            throw new NotFound("case", caseId);
        }
        return c;
    }

    private boolean visibleTo(CaseEntity c, Actor actor) {
        Long body = officers.bodyScope(actor);
        // an account without an officer record belongs to no body: the rules of each act refuse it with their own reason
        return body == null || body == OfficerDirectory.NO_BODY || body == c.bodyId;
    }

    private InboxTaskEntity currentTask(CaseEntity c, Step step) {
        List<InboxTaskEntity> open = inbox.selectByCase(c.id);
        return open.stream().filter(t -> t.step.equals(step.taskKey())).findFirst()
                .orElseThrow(() -> new StepNotCurrent(c.caseNumber, step, open.isEmpty() ? "无"
                        : open.stream().map(t -> t.name).collect(Collectors.joining("、"))));
    }

    /** Who may complete a step: certified handlers (APL Art. 42), the head, or a reviewer who is no handler (APL Art. 58). */
    private void authorize(CaseEntity c, Step step, Matter matter, Actor actor) {
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

    private static void requireGroup(Actor actor, String group, Step step) {
        if (!actor.inGroup(group)) {
            throw new NotPermitted("role-required", null, step.label() + " requires role " + group, step.label(), group);
        }
    }

    /** The registering / deciding officer is certified for the matter (APL Art. 42). */
    private void actingOfficer(Actor actor, Matter matter, EnforcementBody body, LocalDate onDate) {
        if (!actor.inGroup(Roles.OFFICER)) {
            throw new NotPermitted("role-required", "APL Art. 42", "only enforcement officers may do this", "", Roles.OFFICER);
        }
        Officer officer = officers.officerByUsername(actor.username())
                .filter(o -> o.bodyId() == body.id())
                .orElseThrow(() -> new NotPermitted("not-an-officer-of-body", "APL Art. 42",
                        actor.username() + " is not an officer of " + body.name(), actor.username(), body.name()));
        officers.requireMayAct(officer, matter, body.area(), onDate, "actor");
    }

    private void requireFineWhenFining(List<PenaltyType> types, BigDecimal fine, String field) {
        if (types.contains(PenaltyType.FINE) && (fine == null || fine.signum() <= 0)) {
            throw new StepDataInvalid(field, "处罚种类包含罚款时须写明罚款金额");
        }
        if (!types.contains(PenaltyType.FINE) && fine != null && fine.signum() > 0) {
            throw new StepDataInvalid(field, "处罚种类不含罚款时不得填写罚款金额");
        }
    }

    private void validate(Object input) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            ConstraintViolation<Object> first = violations.stream()
                    .min((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString())).orElseThrow();
            throw new StepDataInvalid(first.getPropertyPath().toString(), first.getMessage());
        }
    }

    /** A natural person's ID number carries the GB 11643 check digit; an organisation has a credit code and representative. */
    private void validateParty(PartyInput party) {
        if (party.kind() == PartyKind.ORGANISATION) {
            if (blank(party.creditCode())) {
                throw new StepDataInvalid("party.creditCode", "单位当事人须填写统一社会信用代码");
            }
            if (blank(party.legalRepresentative())) {
                throw new StepDataInvalid("party.legalRepresentative", "单位当事人须填写法定代表人");
            }
        } else if (party.idNumber() != null && party.idNumber().length() == 18 && !IdNumbers.checkDigitValid(party.idNumber())) {
            throw new StepDataInvalid("party.idNumber", "身份证号码校验位不正确");
        }
    }

    private void insertParty(long caseId, PartyInput in) {
        PartyEntity p = new PartyEntity();
        p.caseId = caseId;
        p.kind = in.kind().name();
        p.name = in.name();
        p.idNumber = in.idNumber() == null ? null : in.idNumber().toUpperCase();
        p.creditCode = in.creditCode();
        p.legalRepresentative = in.legalRepresentative();
        p.phone = in.phone();
        p.address = in.address();
        cases.insertParty(p);
    }

    private void insertHandlers(long caseId, List<CertifiedOfficer> handlers, Actor actor) {
        for (int i = 0; i < handlers.size(); i++) {
            cases.insertHandler(caseId, handlers.get(i).officer().id(), i == 0, actor.username(), now());
        }
    }

    private static List<Map<String, String>> certificates(List<CertifiedOfficer> officers) {
        List<Map<String, String>> list = new ArrayList<>();
        for (CertifiedOfficer o : officers) {
            list.add(Map.of("officer", o.officer().name(), "certificate", o.certificate().number()));
        }
        return list;
    }

    /** The inputs of major-decision.dmn and hearing-right.dmn, as process variables. */
    private void decisionTableInputs(CaseEntity c, List<PenaltyType> types, BigDecimal fine, BigDecimal confiscation,
            Map<String, Object> vars) {
        vars.put("partyKind", partyKind(c.id).name());
        vars.put("fineAmount", fine == null ? null : fine.doubleValue());
        vars.put("confiscationValue", confiscation == null ? null : confiscation.doubleValue());
        vars.put("penaltyTypes", types.stream().map(Enum::name).collect(Collectors.joining(",")));
    }

    private PartyKind partyKind(long caseId) {
        return cases.selectParties(caseId).stream().findFirst()
                .map(p -> PartyKind.valueOf(p.kind())).orElse(PartyKind.NATURAL_PERSON);
    }

    /** RULES §5 retention classes: summary 2 years, general 5, major 10, transferred permanent. */
    private String retentionClass(CaseEntity c) {
        if (CaseStatus.TRANSFERRED.name().equals(c.status) || InvestigationOutcome.TRANSFER.name().equals(c.outcome)) {
            return "永久";
        }
        Object major = c.processInstanceId == null ? null : runtime.getVariable(c.processInstanceId, ProcessVariables.MAJOR_DECISION);
        return Boolean.TRUE.equals(major) ? "10年" : "5年";
    }

    private JsonNode latestStep(long caseId, Step step) {
        String data = cases.selectLatestStepData(caseId, step.name());
        return data == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : read(data);
    }

    private JsonNode read(String data) {
        try {
            return json.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored step data is not JSON", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
