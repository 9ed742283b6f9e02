package org.sanxiang.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every step of every model declares the records it must leave (G118; APL Art. 47; RULES §5). */
@Tag("no-db")
class RecordingRequirementsTest {

    static List<UserTask> userTasks() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            List<Path> models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(models).hasSizeGreaterThanOrEqualTo(3);
            return models.stream().map(p -> Bpmn.readModelFromFile(p.toFile()))
                    .flatMap((BpmnModelInstance m) -> m.getModelElementsByType(UserTask.class).stream()).toList();
        }
    }

    @Test
    void everyUserTaskOfEveryModelDeclaresAudioVideoAndRequiredRecords() throws IOException {
        List<UserTask> tasks = userTasks();
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(16);
        for (UserTask task : tasks) {
            Map<String, String> properties = RecordingRequirements.properties(task);
            assertThat(properties).as(task.getId()).containsKeys(RecordingRequirements.AUDIO_VIDEO,
                    RecordingRequirements.REQUIRED_RECORDS);
            assertThat(properties.get(RecordingRequirements.AUDIO_VIDEO)).as(task.getId())
                    .isIn("mandatory", "as-needed", "none");
            assertThat(properties.get(RecordingRequirements.REQUIRED_RECORDS)).as(task.getId()).isNotBlank();
        }
    }

    @Test
    void investigationHearingAndServiceAreRecordedAsNeededAndOtherStepsNot() throws IOException {
        Map<String, String> audioVideo = userTasks().stream().collect(Collectors.toMap(UserTask::getId,
                t -> RecordingRequirements.properties(t).get(RecordingRequirements.AUDIO_VIDEO)));
        assertThat(audioVideo).containsEntry("Task_Investigation", "as-needed")
                .containsEntry("Task_Hearing", "as-needed")
                .containsEntry("Task_Service", "as-needed")
                .containsEntry("Task_HeadDecision", "none")
                .containsEntry("Task_LegalReview", "none");
    }

    @Test
    void acceptsOnlyTheListedAbsenceReasons() {
        assertThat(RecordingRequirements.parseReasons(List.of("EMERGENCY", " TECHNICAL_FAILURE", "EMERGENCY")))
                .containsExactly(AbsenceReason.EMERGENCY, AbsenceReason.TECHNICAL_FAILURE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RecordingRequirements.parseReasons(List.of("FORGOT")))
                .isInstanceOf(EvidenceProblems.AbsenceReasonUnknown.class);
    }
}
