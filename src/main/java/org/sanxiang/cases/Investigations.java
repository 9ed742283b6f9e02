package org.sanxiang.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.sanxiang.calendar.CaseDeadline;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.persistence.CaseEntity;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.cases.process.StepDeadlines;
import org.sanxiang.cases.steps.StepChecks;
import org.sanxiang.officers.Matter;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Roles;
import org.sanxiang.process.Actor;
import org.sanxiang.process.ProcessKeys;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Acts of the investigation besides its steps: investigation and on-site records (APL Art. 55) and the
 * administrative coercive measure 查封/扣押 — started, extended, released (ACL Art. 18, 25, 27, 28).
 */
@Service
@Transactional
@RefusalsOnRecord
@RequiredArgsConstructor
public class Investigations {

    private final CaseAccess access;
    private final CaseMapper cases;
    private final OfficerDirectory officers;
    private final CaseRecord record;
    private final RuntimeService runtime;
    private final StepDeadlines deadlines;
    private final Deadlines calendar;

    /**
     * Adds an investigation or on-site record while 调查取证 is open. At least two officers, each with a
     * certificate valid on the record's date, and the certificate numbers shown (APL Art. 42, 55).
     */
    public long addInvestigationRecord(long caseId, InvestigationRecordInput input, Actor actor) {
        return addInvestigationRecord(caseId, input, actor, null);
    }

    /**
     * As {@link #addInvestigationRecord(long, InvestigationRecordInput, Actor)}, once per request: a replay with
     * the same {@code idempotencyKey} and the same record adds nothing and answers as the first did; the key
     * with another record is a conflict; and, key or not, the same record twice on a case is refused (409).
     * The case row's lock orders two racing posts: one row, one winner.
     */
    public long addInvestigationRecord(long caseId, InvestigationRecordInput input, Actor actor, String idempotencyKey) {
        String key = idempotencyKey(idempotencyKey);
        CaseEntity c = access.lockCase(caseId, actor);
        String digest = digest(input);
        if (key != null) {
            String earlier = cases.selectInvestigationDigestByKey(c.id, key);
            if (earlier != null) {
                if (!earlier.equals(digest)) {
                    throw new CaseProblems.IdempotencyKeyReused(key);
                }
                return cases.countInvestigationRecords(c.id);
            }
        }
        access.currentTask(c, Step.INVESTIGATION);
        Matter matter = officers.matter(c.matterId);
        Set<String> shown = access.recordingRefusals(c, Step.INVESTIGATION.taskKey(), actor, () -> {
            access.authorize(c, Step.INVESTIGATION, matter, actor);
            access.validate(input);
            List<String> expected = officers.requireCertifiedHandlers(matter, input.officerIds(), input.recordedOn())
                    .stream().map(p -> p.certificate().number()).toList();
            return StepChecks.requireCertificatesShown("APL Art. 55", expected, input.certificatesShown());
        });
        if (cases.countInvestigationRecordsWithDigest(c.id, digest) > 0) {
            throw new CaseProblems.InvestigationRecordDuplicate(c.caseNumber);
        }
        cases.insertInvestigationRecord(c.id, input.kind().name(), input.recordedOn(), input.place(),
                input.officerIds().stream().map(String::valueOf).collect(Collectors.joining(",")),
                String.join(",", shown), input.content(), actor.username(), access.now(), digest, key);
        if (!input.persons().isEmpty()) {
            long recordId = cases.selectLatestInvestigationRecordId(c.id);
            for (InvestigationRecordInput.Person p : input.persons()) {
                cases.insertInvestigationPerson(recordId, c.id, p.name().strip(), p.role().name());
            }
        }
        record.append(c.id, new Act("INVESTIGATION_RECORD_ADDED", Step.INVESTIGATION.taskKey(), actor.username(),
                "APL Art. 55", "调查记录（" + RecordLabels.of("recordKind", input.kind()) + "）：" + input.place() + "，出示执法证 " + String.join("、", shown),
                Map.of("record", input)));
        return cases.countInvestigationRecords(c.id);
    }

    /** SHA-256 of what the record says: the same kind, date, place, officers, content and named persons. */
    static String digest(InvestigationRecordInput input) {
        String persons = input.persons().stream().map(p -> String.valueOf(p.name()).strip() + ":" + p.role())
                .collect(Collectors.joining(","));
        String text = String.join("\u0000", String.valueOf(input.kind()), String.valueOf(input.recordedOn()),
                String.valueOf(input.place()).strip(), String.valueOf(input.officerIds()),
                String.valueOf(input.content()).strip(), persons);
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header's key: null when absent; 1-100 printable ASCII characters. */
    static String idempotencyKey(String header) {
        if (header == null || header.isEmpty()) {
            return null;
        }
        if (header.length() > 100 || !header.chars().allMatch(ch -> ch > 0x20 && ch < 0x7F)) {
            throw new CaseProblems.IdempotencyKeyInvalid();
        }
        return header;
    }

    /**
     * 查封/扣押: a handler starts the coercive measure while 调查取证 is open. The message
     * {@code SeizureRequested} starts the general procedure's non-interrupting event subprocess holding
     * the step 查封扣押 ({@code Task_Seizure}); the main path is not disturbed. One measure at a time.
     */
    public void startSeizure(long caseId, SeizureRequest request, Actor actor) {
        CaseEntity c = access.lockCase(caseId, actor);
        access.currentTask(c, Step.INVESTIGATION);
        Matter matter = officers.matter(c.matterId);
        access.recordingRefusals(c, Step.SEIZURE.taskKey(), actor, () -> {
            access.authorize(c, Step.SEIZURE, matter, actor);
            access.validate(request);
            return null;
        });
        if (access.openTasks(c.id).stream().anyMatch(t -> t.step.equals(Step.SEIZURE.taskKey()))) {
            throw new CaseProblems.SeizureAlreadyOpen(c.caseNumber);
        }
        record.append(c.id, new Act("SEIZURE_REQUESTED", Step.SEIZURE.taskKey(), actor.username(), "ACL Art. 18",
                "申请采取行政强制措施（" + request.measure().label() + "）：" + request.reason(), Map.of("request", request)));
        runtime.createMessageCorrelation(ProcessKeys.SEIZURE_REQUESTED_MESSAGE).processInstanceId(c.processInstanceId)
                .correlateWithResult();
    }

    /**
     * 先行登记保存 (APL Art. 56): a handler starts it while 调查取证 is open; the message {@code PreservationRequested}
     * starts the general procedure's non-interrupting event subprocess holding 先行登记保存 and its disposal. One at a time.
     */
    public void startPreservation(long caseId, String reason, Actor actor) {
        CaseEntity c = access.lockCase(caseId, actor);
        access.currentTask(c, Step.INVESTIGATION);
        Matter matter = officers.matter(c.matterId);
        access.recordingRefusals(c, Step.EVIDENCE_PRESERVATION.taskKey(), actor, () -> {
            access.authorize(c, Step.EVIDENCE_PRESERVATION, matter, actor);
            if (CaseAccess.blank(reason)) {
                throw new StepDataInvalid("reason", Reason.of("preservation-reason"), "APL Art. 56");
            }
            return null;
        });
        if (access.openTasks(c.id).stream().anyMatch(t -> t.step.equals(Step.EVIDENCE_PRESERVATION.taskKey())
                || t.step.equals(Step.PRESERVATION_DISPOSAL.taskKey()))) {
            throw new CaseProblems.PreservationAlreadyOpen(c.caseNumber);
        }
        record.append(c.id, new Act("PRESERVATION_REQUESTED", Step.EVIDENCE_PRESERVATION.taskKey(), actor.username(),
                "APL Art. 56", "申请先行登记保存证据：" + reason, Map.of("reason", reason)));
        runtime.createMessageCorrelation(ProcessKeys.PRESERVATION_REQUESTED_MESSAGE).processInstanceId(c.processInstanceId)
                .correlateWithResult();
    }

    /**
     * ACL Art. 25: in a complex case the head extends the running seizure period once, by at most 30 days
     * (calendar rule {@code seizure}: 30 + 30), with the reason recorded.
     */
    public CaseDeadline extendSeizure(long caseId, String reason, Actor actor) {
        CaseEntity c = access.lockCase(caseId, actor);
        CaseAccess.requireGroup(actor, Roles.HEAD, Step.SEIZURE);
        if (CaseAccess.blank(reason)) {
            throw new StepDataInvalid("reason", Reason.of("seizure-extension-reason"), "ACL Art. 25");
        }
        requireSeizureRunning(c);
        CaseDeadline extended = calendar.extend(c.id, "seizure");
        record.append(c.id, new Act("SEIZURE_EXTENDED", Step.SEIZURE.taskKey(), actor.username(), "ACL Art. 25",
                "负责人批准延长查封扣押期限至 " + extended.due() + "，理由：" + reason,
                Map.of("due", extended.due().toString(), "reason", reason)));
        return extended;
    }

    /**
     * 解除查封扣押 (ACL Art. 27, 28): the measure ends — property confiscated or destroyed by the decision,
     * or released (no violation, unrelated, no longer needed, period expired) — and the period stops.
     */
    public void releaseSeizure(long caseId, LocalDate releasedOn, String reason, Actor actor) {
        CaseEntity c = access.lockCase(caseId, actor);
        Matter matter = officers.matter(c.matterId);
        if (!actor.inGroup(Roles.HEAD)) {
            access.authorize(c, Step.SEIZURE, matter, actor);
        }
        if (releasedOn == null) {
            throw new StepDataInvalid("releasedOn", Reason.of("required"));
        }
        if (CaseAccess.blank(reason)) {
            throw new StepDataInvalid("reason", Reason.of("seizure-release-reason"), "ACL Art. 27, 28");
        }
        CaseDeadline running = requireSeizureRunning(c);
        if (releasedOn.isBefore(running.start()) || releasedOn.isAfter(access.today())) {
            throw new StepDataInvalid("releasedOn", Reason.of("seizure-release-date", running.start()), "ACL Art. 27, 28");
        }
        deadlines.finish(c.id, "seizure", releasedOn);
        record.append(c.id, new Act("SEIZURE_RELEASED", Step.SEIZURE.taskKey(), actor.username(), "ACL Art. 27, 28",
                "解除查封扣押（" + releasedOn + "）：" + reason, Map.of("releasedOn", releasedOn.toString(), "reason", reason)));
    }

    private CaseDeadline requireSeizureRunning(CaseEntity c) {
        return deadlines.running(c.id, "seizure").orElseThrow(() -> new Rule("no-seizure-running", "ACL Art. 25", "seizure",
                "case " + c.caseNumber + " has no seizure whose period is running", c.caseNumber));
    }
}
