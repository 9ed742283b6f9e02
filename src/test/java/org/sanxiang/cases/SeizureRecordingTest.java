package org.sanxiang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.cases.Scenario.HEAD;
import static org.sanxiang.cases.Scenario.LI;
import static org.sanxiang.cases.Scenario.ZHANG;
import static org.sanxiang.cases.Scenario.today;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceProblems;
import org.sanxiang.evidence.EvidenceRegistry;
import org.sanxiang.evidence.EvidenceType;
import org.sanxiang.evidence.EvidenceUpload;
import org.sanxiang.process.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 查封/扣押 (ACL Art. 18, 24, 25) in the general procedure's event subprocess: its mandatory
 * audio-video record and its three documents, checked by the case service and again by the engine's
 * listener on every step even when the service is bypassed (G118; APL Art. 47).
 */
@SanxiangTest
class SeizureRecordingTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    org.sanxiang.recording.CaseRecord caseRecord;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    EvidenceRegistry evidence;
    @Autowired
    ObjectMapper json;

    Scenario scenario() {
        return new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
    }

    /** A filed case in 调查取证 with 查封扣押 started beside it. */
    long caseWithSeizureOpen() {
        long id = scenario().registerAndFile(Scenario.person()).id();
        investigations.startSeizure(id, new SeizureRequest(StepInput.CoercionMeasure.DETAIN, "当事人占道经营的摊位车可能被转移，扣押以制止违法"), ZHANG);
        return id;
    }

    StepInput.Seizure seizure() {
        Scenario s = scenario();
        return new StepInput.Seizure(StepInput.CoercionMeasure.DETAIN, today(), "三张镇人民路 18 号门前",
                List.of(s.officerId("zhangwei"), s.officerId("liqiang")), List.of("44190210001", "44190210002"),
                "负责人刘洋批准（审批单 2026-07）", "依据《行政强制法》第九条、第二十二条、第二十三条扣押；不服可申请复议或提起诉讼。",
                List.of("摊位车 1 辆", "遮阳伞 1 把"), 30, "执法人员出示证件，告知当事人理由、依据和权利，当事人未提出异议。", true, null);
    }

    String taskId(long caseId, String step) {
        return jdbc.queryForObject("SELECT task_id FROM inbox_task WHERE case_id = ? AND step = ?", String.class, caseId, step);
    }

    int entries(long caseId, String act) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM record_entry WHERE case_id = ? AND act = ?", Integer.class, caseId, act);
    }

    int refusals(long caseId, String slug) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM record_entry WHERE case_id = ? AND act = 'ACT_REFUSED' AND payload LIKE ?",
                Integer.class, caseId, "%urn:sanxiang:problem:" + slug + "%");
    }

    EvidenceItem video(long caseId) {
        return video(caseId, 0);
    }

    /** An audio-video item for 查封扣押; {@code take} makes the content differ within a case. */
    EvidenceItem video(long caseId, int take) {
        String pid = jdbc.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, caseId);
        byte[] mp4 = new byte[4096];
        byte[] ftyp = "\u0000\u0000\u0000\u0018ftypmp42".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(ftyp, 0, mp4, 0, ftyp.length);
        mp4[4095] = (byte) caseId; // distinct content per case
        mp4[4094] = (byte) take;
        return evidence.add(caseId, pid, new EvidenceUpload(EvidenceType.AUDIO_VISUAL, "Task_Seizure", null, "执法记录仪.mp4",
                "扣押全程录像", null, "三张镇人民路 18 号门前", List.of(), 900), new ByteArrayInputStream(mp4), -1, "zhangwei");
    }

    static Problem problemOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Problem p) {
                return p;
            }
        }
        return null;
    }

    @Test
    void startedDuringTheInvestigationBesideTheMainPathOneAtATime() {
        long id = caseWithSeizureOpen();
        assertThat(jdbc.queryForList("SELECT step FROM inbox_task WHERE case_id = ? ORDER BY step", String.class, id))
                .containsExactly("Task_Investigation", "Task_Seizure");
        assertThat(entries(id, "SEIZURE_REQUESTED")).isEqualTo(1);
        assertThatThrownBy(() -> investigations.startSeizure(id, new SeizureRequest(StepInput.CoercionMeasure.SEAL_UP, "再次"), ZHANG))
                .isInstanceOf(CaseProblems.SeizureAlreadyOpen.class);
        // the main path goes on while the measure is open
        scenario().investigate(id);
        assertThat(jdbc.queryForList("SELECT step FROM inbox_task WHERE case_id = ? ORDER BY step", String.class, id))
                .containsExactly("Task_InvestigationEnd", "Task_Seizure");
        // not once the investigation is over
        assertThatThrownBy(() -> investigations.startSeizure(id, new SeizureRequest(StepInput.CoercionMeasure.SEAL_UP, "调查后"), ZHANG))
                .isInstanceOf(CaseProblems.StepNotCurrent.class);
    }

    @Test
    void withoutAudioVideoOrAListedReasonTheSeizureIsRefusedAndTheRefusalRecorded() {
        long id = caseWithSeizureOpen();
        assertThatThrownBy(() -> stepCompletion.completeStep(id, seizure(), ZHANG))
                .isInstanceOf(EvidenceProblems.AudioVideoRequired.class)
                .extracting(e -> ((Problem) e).article()).isEqualTo("G118; APL Art. 47");
        assertThat(refusals(id, "audio-video-required")).isEqualTo(1);
        assertThatThrownBy(() -> stepCompletion.completeStep(id, seizure(), ZHANG, List.of("FORGOT")))
                .isInstanceOf(EvidenceProblems.AbsenceReasonUnknown.class);
        assertThat(taskId(id, "Task_Seizure")).isNotNull();
    }

    @Test
    void aListedReasonIsRecordedAndTheSeizureCompletesCitingTheArticles() {
        long id = caseWithSeizureOpen();
        stepCompletion.completeStep(id, seizure(), ZHANG, List.of("EMERGENCY"));
        assertThat(jdbc.queryForList("SELECT step FROM inbox_task WHERE case_id = ?", String.class, id))
                .containsExactly("Task_Investigation");
        assertThat(jdbc.queryForObject("SELECT current_step FROM enf_case WHERE id = ?", String.class, id))
                .isEqualTo("Task_Investigation");
        assertThat(entries(id, "AUDIO_VIDEO_ABSENCE_EXPLAINED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT article FROM record_entry WHERE case_id = ? AND act = 'STEP_COMPLETED' AND step = 'Task_Seizure'",
                String.class, id)).isEqualTo("ACL Art. 18, 24, 25");
        assertThat(jdbc.queryForObject("SELECT summary FROM record_entry WHERE case_id = ? AND act = 'STEP_COMPLETED' AND step = 'Task_Seizure'",
                String.class, id)).contains("扣押决定书", "强〔", "清单 2 项", "期限 30 日");
        // ACL Art. 25: the 30-day period runs from the day the measure was taken
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_deadline WHERE case_id = ? AND rule_key = 'seizure' AND status = 'RUNNING'",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void theHeadExtendsThePeriodOnceByThirtyDaysAndTheMeasureIsReleased() {
        long id = caseWithSeizureOpen();
        RuleEdgesTest.assertProblem(() -> investigations.extendSeizure(id, "情况复杂", HEAD), "no-seizure-running", "ACL Art. 25");
        stepCompletion.completeStep(id, seizure(), ZHANG, List.of("EMERGENCY"));
        assertThatThrownBy(() -> investigations.extendSeizure(id, "情况复杂", ZHANG)).isInstanceOf(CaseProblems.NotPermitted.class);
        var extended = investigations.extendSeizure(id, "需检测鉴定，情况复杂", HEAD);
        assertThat(extended.extended()).isTrue();
        // taken Wednesday 2026-11-18: 30 + 30 days = Sunday 2027-01-17, rolled to Monday 01-18
        assertThat(extended.due()).isEqualTo(java.time.LocalDate.of(2027, 1, 18));
        assertThatThrownBy(() -> investigations.extendSeizure(id, "再次延长", HEAD))
                .isInstanceOf(org.sanxiang.calendar.DeadlineNotExtendable.class);
        investigations.releaseSeizure(id, today(), "违法行为已改正，解除扣押", LI);
        assertThat(jdbc.queryForObject("SELECT status FROM case_deadline WHERE case_id = ? AND rule_key = 'seizure'",
                String.class, id)).isEqualTo("MET");
        assertThat(entries(id, "SEIZURE_EXTENDED")).isEqualTo(1);
        assertThat(entries(id, "SEIZURE_RELEASED")).isEqualTo(1);
    }

    @Test
    void anAudioVideoItemSatisfiesTheStepButNotAnExcludedOne() {
        long id = caseWithSeizureOpen();
        EvidenceItem item = video(id);
        evidence.exclude(item.id(), "录像经鉴定被剪辑", "zhangwei");
        assertThatThrownBy(() -> stepCompletion.completeStep(id, seizure(), ZHANG))
                .isInstanceOf(EvidenceProblems.AudioVideoRequired.class);
        video(id);
        stepCompletion.completeStep(id, seizure(), LI);
        assertThat(entries(id, "AUDIO_VIDEO_ABSENCE_EXPLAINED")).isZero();
        assertThat(taskIdOrNull(id, "Task_Seizure")).isNull();
    }

    // ------------------------------------------------------------------ audio-video per task instance

    /** A case whose first 查封/扣押 was completed with its own video and released, and a second one open. */
    long caseWithSecondSeizureOpen() {
        long id = caseWithSeizureOpen();
        String first = taskId(id, "Task_Seizure");
        EvidenceItem firstVideo = video(id, 1);
        assertThat(firstVideo.taskId()).isEqualTo(first);
        stepCompletion.completeStep(id, seizure(), ZHANG);
        investigations.releaseSeizure(id, today(), "已调查取证完毕，解除扣押", LI);
        investigations.startSeizure(id, new SeizureRequest(StepInput.CoercionMeasure.SEAL_UP, "当事人另一处摊位仍在经营，查封"), ZHANG);
        assertThat(taskId(id, "Task_Seizure")).isNotEqualTo(first);
        return id;
    }

    @Test
    void aSecondSeizureIsNotSatisfiedByTheFirstSeizuresVideo() throws Exception {
        long id = caseWithSecondSeizureOpen();
        String second = taskId(id, "Task_Seizure");
        // the service refuses, and records the refusal
        assertThatThrownBy(() -> stepCompletion.completeStep(id, seizure(), ZHANG))
                .isInstanceOf(EvidenceProblems.AudioVideoRequired.class);
        assertThat(refusals(id, "audio-video-required")).isEqualTo(1);
        // so does the engine listener when the service check is bypassed
        storeInputAsAServiceWould(id, second, seizure());
        assertThatThrownBy(() -> org.sanxiang.process.ServiceCompletion.run(second, () -> tasks.complete(second)))
                .satisfies(e -> assertThat(problemOf(e)).isInstanceOf(EvidenceProblems.AudioVideoRequired.class));
        jdbc.update("DELETE FROM case_step WHERE task_id = ?", second);
        assertThat(taskId(id, "Task_Seizure")).isEqualTo(second);
    }

    @Test
    void aSecondSeizureWithItsOwnVideoCompletesButNotWithAnExcludedOne() {
        long id = caseWithSecondSeizureOpen();
        String second = taskId(id, "Task_Seizure");
        EvidenceItem excluded = video(id, 2);
        assertThat(excluded.taskId()).isEqualTo(second);
        evidence.exclude(excluded.id(), "录像拍摄的是另一处摊位", "zhangwei");
        assertThatThrownBy(() -> stepCompletion.completeStep(id, seizure(), ZHANG))
                .isInstanceOf(EvidenceProblems.AudioVideoRequired.class);
        EvidenceItem own = video(id, 3);
        assertThat(own.taskId()).isEqualTo(second);
        assertThat(jdbc.queryForObject("SELECT payload FROM record_entry WHERE case_id = ? AND act = 'EVIDENCE_ADDED'"
                + " ORDER BY seq DESC LIMIT 1", String.class, id)).contains("\"taskId\":\"" + second + "\"");
        stepCompletion.completeStep(id, seizure(), ZHANG);
        assertThat(taskIdOrNull(id, "Task_Seizure")).isNull();
        assertThat(entries(id, "AUDIO_VIDEO_ABSENCE_EXPLAINED")).isZero();
    }

    @Test
    void aVideoUploadedAfterItsSeizureBelongsToItNotToTheNextOne() {
        long id = caseWithSeizureOpen();
        String first = taskId(id, "Task_Seizure");
        stepCompletion.completeStep(id, seizure(), ZHANG, List.of("TECHNICAL_FAILURE"));
        // the recorder's file recovered later: evidence of the first seizure
        assertThat(video(id, 4).taskId()).isEqualTo(first);
        investigations.releaseSeizure(id, today(), "解除扣押", LI);
        investigations.startSeizure(id, new SeizureRequest(StepInput.CoercionMeasure.SEAL_UP, "再次查封"), ZHANG);
        assertThatThrownBy(() -> stepCompletion.completeStep(id, seizure(), ZHANG))
                .isInstanceOf(EvidenceProblems.AudioVideoRequired.class);
    }

    @Test
    void anItemStoredBeforeTheBindingStillCountsForItsStep() {
        long id = caseWithSecondSeizureOpen();
        // rows from before V70 carry no task instance: they keep counting for the step, as they did
        jdbc.update("UPDATE evidence_item SET task_id = NULL WHERE case_id = ? AND step = 'Task_Seizure'", id);
        stepCompletion.completeStep(id, seizure(), ZHANG);
        assertThat(taskIdOrNull(id, "Task_Seizure")).isNull();
    }

    String taskIdOrNull(long caseId, String step) {
        return jdbc.queryForList("SELECT task_id FROM inbox_task WHERE case_id = ? AND step = ?", String.class, caseId, step)
                .stream().findFirst().orElse(null);
    }

    @Test
    void theSeizureRulesOfTheAdministrativeCoercionLaw() {
        long id = caseWithSeizureOpen();
        StepInput.Seizure ok = seizure();
        StepInput.Seizure tooLong = new StepInput.Seizure(ok.measure(), ok.takenOn(), ok.place(), ok.officerIds(),
                ok.certificatesShown(), ok.headApproval(), ok.legalBasisAndReasons(), ok.items(), 31, ok.onSiteRecord(), true, null);
        RuleEdgesTest.assertProblem(() -> stepCompletion.completeStep(id, tooLong, ZHANG, List.of("EMERGENCY")),
                "seizure-period-too-long", "ACL Art. 25");
        StepInput.Seizure noWitness = new StepInput.Seizure(ok.measure(), ok.takenOn(), ok.place(), ok.officerIds(),
                ok.certificatesShown(), ok.headApproval(), ok.legalBasisAndReasons(), ok.items(), 30, ok.onSiteRecord(), false, " ");
        RuleEdgesTest.assertProblem(() -> stepCompletion.completeStep(id, noWitness, ZHANG, List.of("EMERGENCY")),
                "seizure-witness-required", "ACL Art. 18");
        StepInput.Seizure oneOfficer = new StepInput.Seizure(ok.measure(), ok.takenOn(), ok.place(), List.of(ok.officerIds().get(0)),
                List.of("44190210001"), ok.headApproval(), ok.legalBasisAndReasons(), ok.items(), 30, ok.onSiteRecord(), true, null);
        assertThatThrownBy(() -> stepCompletion.completeStep(id, oneOfficer, ZHANG, List.of("EMERGENCY")))
                .isInstanceOf(org.sanxiang.officers.TooFewHandlers.class);
        StepInput.Seizure noList = new StepInput.Seizure(ok.measure(), ok.takenOn(), ok.place(), ok.officerIds(),
                ok.certificatesShown(), ok.headApproval(), ok.legalBasisAndReasons(), List.of(), 30, ok.onSiteRecord(), true, null);
        RuleEdgesTest.assertProblem(() -> stepCompletion.completeStep(id, noList, ZHANG, List.of("EMERGENCY")), "invalid-input", null);
        assertThatThrownBy(() -> stepCompletion.completeStep(id, seizure(), HEAD, List.of("EMERGENCY")))
                .isInstanceOf(CaseProblems.NotPermitted.class);
    }

    @Test
    void aMissingRequiredRecordIsRefusedByTheService() {
        long id = scenario().registerAndFile(Scenario.person()).id();
        RuleEdgesTest.assertProblem(() -> stepCompletion.completeStep(id, new StepInput.InvestigationDone("无笔录"), ZHANG),
                "required-records-missing", "G118; APL Art. 47");
        assertThat(refusals(id, "required-records-missing")).isEqualTo(1);
        // one of the alternatives suffices: an inquiry record alone (现场检查笔录|询问笔录)
        InvestigationRecordInput r = scenario().onSiteRecord();
        investigations.addInvestigationRecord(id, new InvestigationRecordInput(InvestigationRecordInput.Kind.INQUIRY, r.recordedOn(),
                r.place(), r.officerIds(), r.certificatesShown(), "询问当事人王某某。"), ZHANG);
        stepCompletion.completeStep(id, new StepInput.InvestigationDone("询问一次"), ZHANG);
        assertThat(taskIdOrNull(id, "Task_InvestigationEnd")).isNotNull();
    }

    // ------------------------------------------------------------------ the engine listener, service bypassed

    @Test
    void aDirectCompletionIsRefusedInsideTheEngine() {
        long id = caseWithSeizureOpen();
        String task = taskId(id, "Task_Seizure");
        // from the Tasklist or the engine API: the guard refuses first (nothing was entered through the service)
        assertThatThrownBy(() -> tasks.complete(task)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("completion-outside-case-service");
        assertThat(taskId(id, "Task_Seizure")).isEqualTo(task);
    }

    /**
     * As a service that stored the step's input but skipped the recording check would leave it; the
     * test then completes the task as that service would, marked by {@code ServiceCompletion}.
     */
    void storeInputAsAServiceWould(long caseId, String taskId, Object input) throws Exception {
        jdbc.update("INSERT INTO case_step (case_id, task_id, step, data, entered_by, entered_at) VALUES (?, ?, 'SEIZURE', ?, 'zhangwei', CURRENT_TIMESTAMP)",
                caseId, taskId, json.writeValueAsString(input));
    }

    @Test
    void theEngineListenerHoldsWhenTheServiceCheckIsBypassed() throws Exception {
        long id = caseWithSeizureOpen();
        String task = taskId(id, "Task_Seizure");
        storeInputAsAServiceWould(id, task, seizure());
        // the guard against completions outside the service is satisfied (the input is stored): the listener still refuses
        assertThatThrownBy(() -> org.sanxiang.process.ServiceCompletion.run(task, () -> tasks.complete(task)))
                .satisfies(e -> assertThat(problemOf(e)).isInstanceOf(EvidenceProblems.AudioVideoRequired.class));
        // an excluded recording does not count
        EvidenceItem excluded = video(id);
        evidence.exclude(excluded.id(), "非本次扣押的录像", "zhangwei");
        assertThatThrownBy(() -> org.sanxiang.process.ServiceCompletion.run(task, () -> tasks.complete(task)))
                .satisfies(e -> assertThat(problemOf(e)).isInstanceOf(EvidenceProblems.AudioVideoRequired.class));
        assertThat(refusals(id, "audio-video-required")).isEqualTo(2);
        assertThat(taskId(id, "Task_Seizure")).isEqualTo(task);
    }

    @Test
    void theEngineListenerRefusesARequiredRecordGap() throws Exception {
        long id = caseWithSeizureOpen();
        String task = taskId(id, "Task_Seizure");
        video(id);
        StepInput.Seizure s = seizure();
        // stored without the 清单 and the 现场笔录
        StepInput.Seizure gap = new StepInput.Seizure(s.measure(), s.takenOn(), s.place(), s.officerIds(), s.certificatesShown(),
                s.headApproval(), s.legalBasisAndReasons(), List.of(), s.periodDays(), " ", true, null);
        storeInputAsAServiceWould(id, task, gap);
        assertThatThrownBy(() -> org.sanxiang.process.ServiceCompletion.run(task, () -> tasks.complete(task))).satisfies(e -> {
            Problem p = problemOf(e);
            assertThat(p).isInstanceOf(EvidenceProblems.RequiredRecordsMissing.class);
            assertThat(p.article()).isEqualTo("G118; APL Art. 47");
            assertThat(p.getMessage()).contains("现场笔录", "查封扣押清单").doesNotContain("查封扣押决定书");
        });
        assertThat(refusals(id, "required-records-missing")).isEqualTo(1);
        // with the complete input stored the engine lets it through
        jdbc.update("DELETE FROM case_step WHERE task_id = ?", task);
        storeInputAsAServiceWould(id, task, s);
        org.sanxiang.process.ServiceCompletion.run(task, () -> tasks.complete(task));
        assertThat(taskIdOrNull(id, "Task_Seizure")).isNull();
    }

    @Test
    void theEngineListenerAcceptsAnAbsenceReasonOnlyWhenRecordedForThatTask() throws Exception {
        long first = caseWithSeizureOpen();
        stepCompletion.completeStep(first, seizure(), ZHANG, List.of("TECHNICAL_FAILURE"));
        // the reason given for the first seizure does not cover a second one
        investigations.startSeizure(first, new SeizureRequest(StepInput.CoercionMeasure.SEAL_UP, "查封经营场所"), ZHANG);
        String second = taskId(first, "Task_Seizure");
        storeInputAsAServiceWould(first, second, seizure());
        assertThatThrownBy(() -> org.sanxiang.process.ServiceCompletion.run(second, () -> tasks.complete(second)))
                .satisfies(e -> assertThat(problemOf(e)).isInstanceOf(EvidenceProblems.AudioVideoRequired.class));
        assertThat(taskId(first, "Task_Seizure")).isEqualTo(second);

        // a reason recorded for the second task itself, as the case service writes it: the listener lets it through
        transactions.executeWithoutResult(tx -> caseRecord.append(first, new org.sanxiang.recording.Act(
                StepCompletion.AUDIO_VIDEO_ABSENCE_EXPLAINED, "Task_Seizure", "zhangwei", "G118; APL Art. 47",
                "未进行音像记录，理由：[TECHNICAL_FAILURE]",
                java.util.Map.of("reasons", List.of("TECHNICAL_FAILURE"), "taskId", second))));
        org.sanxiang.process.ServiceCompletion.run(second, () -> tasks.complete(second));
        assertThat(taskIdOrNull(first, "Task_Seizure")).isNull();
    }
}
