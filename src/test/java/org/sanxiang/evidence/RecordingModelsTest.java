package org.sanxiang.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every user task of every model in {@code bpmn/} declares {@code audioVideo} and
 * {@code requiredRecords}, and every record name it lists is one the registry can check — the same
 * rule the application enforces at start-up on the deployed models (G118; APL Art. 47).
 */
@SanxiangTest
class RecordingModelsTest {

    @Autowired
    RequiredRecords records;

    static Map<String, BpmnModelInstance> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            Map<String, BpmnModelInstance> models = new java.util.TreeMap<>();
            files.filter(p -> p.toString().endsWith(".bpmn"))
                    .forEach(p -> models.put(p.getFileName().toString(), Bpmn.readModelFromFile(p.toFile())));
            return models;
        }
    }

    @Test
    void everyUserTaskOfEveryModelDeclaresKnownRecords() throws IOException {
        Map<String, BpmnModelInstance> models = models();
        assertThat(models).containsKeys("general-procedure.bpmn", "summary-procedure.bpmn", "legal-review.bpmn",
                "publicity.bpmn");
        int tasks = 0;
        for (var model : models.entrySet()) {
            assertThat(ModelRequirementsCheck.problems(model.getKey(), model.getValue(), records)).as(model.getKey()).isEmpty();
            for (UserTask task : model.getValue().getModelElementsByType(UserTask.class)) {
                tasks++;
                List<String> required = RecordingRequirements.splitRecords(
                        RecordingRequirements.properties(task).get(RecordingRequirements.REQUIRED_RECORDS));
                assertThat(required).as(task.getId()).isNotEmpty();
                assertThat(records.unknown(required)).as(task.getId()).isEmpty();
            }
        }
        assertThat(tasks).isGreaterThanOrEqualTo(17);
    }

    @Test
    void theSeizureStepIsMandatoryAudioVideoWithItsThreeDocuments() throws IOException {
        UserTask seizure = models().get("general-procedure.bpmn").getModelElementById("Task_Seizure");
        assertThat(seizure).isNotNull();
        assertThat(RecordingRequirements.properties(seizure)).containsEntry("audioVideo", "mandatory")
                .containsEntry("requiredRecords", "查封扣押决定书,现场笔录,查封扣押清单");
        assertThat(seizure.getParentElement()).isInstanceOf(org.camunda.bpm.model.bpmn.instance.SubProcess.class);
        assertThat(((org.camunda.bpm.model.bpmn.instance.SubProcess) seizure.getParentElement()).triggeredByEvent()).isTrue();
    }

    static BpmnModelInstance model(String properties) {
        String xml = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    targetNamespace="t"><process id="p" isExecutable="true"><userTask id="Task_X">
                <extensionElements><camunda:properties>%s</camunda:properties></extensionElements>
                </userTask></process></definitions>""".formatted(properties);
        return Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void anUnknownRecordNameIsReportedAndNeverMet() {
        BpmnModelInstance unknown = model("<camunda:property name=\"audioVideo\" value=\"none\"/>"
                + "<camunda:property name=\"requiredRecords\" value=\"现场检查笔录|会议纪要\"/>");
        assertThat(ModelRequirementsCheck.problems("p", unknown, records)).singleElement().asString().contains("会议纪要");
        assertThat(records.missing(new StepContext(1L, null, null, "t", "Task_X", null), List.of("会议纪要")))
                .containsExactly("会议纪要");
        BpmnModelInstance undeclared = model("<camunda:property name=\"audioVideo\" value=\"always\"/>");
        assertThat(ModelRequirementsCheck.problems("p", undeclared, records)).hasSize(2);
    }

    @Test
    void aRecordNameDefinedTwiceStopsTheRegistry() {
        RecordSource a = () -> Map.of("证据材料", step -> true);
        RecordSource b = () -> Map.of("证据材料", step -> false);
        assertThatThrownBy(() -> new RequiredRecords(List.of(a, b))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("证据材料");
    }

    @Test
    void alternativesNeedOneAndAListNeedsAll() {
        RequiredRecords registry = new RequiredRecords(List.of(() -> Map.of("甲", step -> true, "乙", step -> false)));
        StepContext step = new StepContext(1L, null, null, "t", "Task_X", null);
        assertThat(registry.missing(step, List.of("甲|乙"))).isEmpty();
        assertThat(registry.missing(step, List.of("甲", "乙|乙"))).containsExactly("乙|乙");
    }
}
