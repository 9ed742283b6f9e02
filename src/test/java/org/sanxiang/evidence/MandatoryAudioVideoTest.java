package org.sanxiang.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.sanxiang.evidence.persistence.EvidenceMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A step on the mandatory list completes only with an audio-video item or a listed reason (G118; APL Art. 47). */
@SanxiangTest
class MandatoryAudioVideoTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    TaskService tasks;
    @Autowired
    EvidenceMapper mapper;
    @Autowired
    EvidenceRegistry registry;
    @Autowired
    RecordingRequirements configured;
    @Autowired
    RequiredRecords records;

    /** The requirements as an office would configure them with 调查取证 on the mandatory list. */
    RecordingRequirements investigationMandatory() {
        EvidenceProperties properties = new EvidenceProperties(null, Map.of(), null, List.of("Task_Investigation"), null);
        return new RecordingRequirements(repository, history, mapper, records, properties);
    }

    long caseAtInvestigation() {
        return new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
    }

    String processDefinition(long caseId) {
        String pid = jdbc.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, caseId);
        return tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_Investigation").singleResult()
                .getProcessDefinitionId();
    }

    static byte[] mp4() {
        byte[] head = new byte[4096];
        byte[] ftyp = "\u0000\u0000\u0000\u0018ftypmp42".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(ftyp, 0, head, 0, ftyp.length);
        return head;
    }

    @Test
    void theModelsOwnDeclarationIsReadFromTheDeployedDefinition() {
        long caseId = caseAtInvestigation();
        StepRecording step = configured.requirementsOf(processDefinition(caseId), "Task_Investigation");
        assertThat(step.audioVideo()).isEqualTo(AudioVideo.AS_NEEDED);
        assertThat(step.requiredRecords()).contains("现场检查笔录|询问笔录");
        assertThat(configured.requireRecordingComplete(caseId, processDefinition(caseId), "Task_Investigation", List.of()))
                .isEmpty();
    }

    @Test
    void aMandatoryStepWithoutAudioVideoOrReasonIsRefused() {
        long caseId = caseAtInvestigation();
        RecordingRequirements requirements = investigationMandatory();
        assertThat(requirements.requirementsOf(processDefinition(caseId), "Task_Investigation").audioVideo())
                .isEqualTo(AudioVideo.MANDATORY);
        assertThatThrownBy(() -> requirements.requireRecordingComplete(caseId, processDefinition(caseId),
                "Task_Investigation", List.of()))
                .isInstanceOf(EvidenceProblems.AudioVideoRequired.class)
                .extracting(e -> ((EvidenceProblems.AudioVideoRequired) e).article()).isEqualTo("G118; APL Art. 47");
        assertThatThrownBy(() -> requirements.requireRecordingComplete(caseId, processDefinition(caseId),
                "Task_Investigation", List.of("NO_CAMERA")))
                .isInstanceOf(EvidenceProblems.AbsenceReasonUnknown.class);
    }

    @Test
    void aMandatoryStepCompletesWithAListedReason() {
        long caseId = caseAtInvestigation();
        assertThat(investigationMandatory().requireRecordingComplete(caseId, processDefinition(caseId),
                "Task_Investigation", List.of("TECHNICAL_FAILURE"))).containsExactly(AbsenceReason.TECHNICAL_FAILURE);
    }

    @Test
    void aMandatoryStepCompletesWithAnAudioVideoItemButNotWithAnExcludedOne() {
        long caseId = caseAtInvestigation();
        String pid = jdbc.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, caseId);
        EvidenceItem video = registry.add(caseId, pid, new EvidenceUpload(EvidenceType.AUDIO_VISUAL, "Task_Investigation",
                null, "执法记录仪.mp4", "现场检查全程录像", null, "三张镇人民路 18 号", List.of(), 600),
                new ByteArrayInputStream(mp4()), -1, "zhangwei");
        assertThat(video.contentType()).isEqualTo("video/mp4");
        RecordingRequirements requirements = investigationMandatory();
        assertThat(requirements.requireRecordingComplete(caseId, processDefinition(caseId), "Task_Investigation", List.of()))
                .isEmpty();
        registry.exclude(video.id(), "录像经鉴定被剪辑", "zhangwei");
        assertThatThrownBy(() -> requirements.requireRecordingComplete(caseId, processDefinition(caseId),
                "Task_Investigation", List.of()))
                .isInstanceOf(EvidenceProblems.AudioVideoRequired.class);
    }
}
