package org.sanxiang.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model in {@code bpmn/} keeps the conventions STYLE.md states (see {@link ModelConventions}),
 * and each convention is shown to fail on a small model that breaks it. Spring-free: the models are
 * read with the Camunda model API only.
 */
@Tag("no-db")
class ModelConventionsTest {

    static Stream<Path> processModels() throws IOException {
        return models(".bpmn");
    }

    static Stream<Path> decisionModels() throws IOException {
        return models(".dmn");
    }

    private static Stream<Path> models(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            List<Path> found = files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
            assertThat(found).as("models " + suffix).isNotEmpty();
            return found.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processModels")
    void everyProcessModelKeepsTheConventions(Path file) {
        assertThat(ModelConventions.brokenBy(Bpmn.readModelFromFile(file.toFile()))).as(file.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionModels")
    void everyDecisionModelKeepsTheConventions(Path file) {
        assertThat(ModelConventions.brokenBy(Dmn.readModelFromFile(file.toFile()))).as(file.toString()).isEmpty();
    }

    @Test
    void theSmallModelKeepsTheConventions() {
        assertThat(ModelConventions.brokenBy(bpmn(PROCESS))).isEmpty();
        assertThat(ModelConventions.brokenBy(dmn(DECISION))).isEmpty();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            camunda:historyTimeToLive="1825" |                                            | process Process_Probe: no historyTimeToLive
            name="送达"                        | name="Service"                              | userTask Task_Service: no Chinese name (Service)
            name="送达"                        |                                             | userTask Task_Service: no Chinese name (null)
            name="需要执行"                    | name="yes"                                  | sequenceFlow Flow_Yes: no Chinese name (yes)
            name="需要执行"                    |                                             | sequenceFlow Flow_Yes: no Chinese name (null)
            <documentation>APL Art. 61: served within 7 working days.</documentation> | | userTask Task_Service: a task without documentation
            camunda:delegateExpression="${deadlineExpired}" | camunda:class="org.example.Overdue" | serviceTask ServiceTask_Overdue: a service task not calling its bean by delegateExpression
            <documentation>APL Art. 61: the decision is served within 7 working days.</documentation> | <documentation>the decision is served within 7 working days.</documentation> | boundaryEvent BoundaryTimer_Overdue: a timer whose documentation cites no article
            <documentation>APL Art. 61: the decision is served within 7 working days.</documentation> | <documentation>RULES §3: served within 7 working days.</documentation> | boundaryEvent BoundaryTimer_Overdue: a timer whose documentation cites no article
            <bpmndi:BPMNShape bpmnElement="EndEvent_Done" id="EndEvent_Done_di"><dc:Bounds height="36" width="36" x="500" y="100"/></bpmndi:BPMNShape> | | endEvent EndEvent_Done: no diagram information (shape or edge)
            <bpmndi:BPMNEdge bpmnElement="Flow_Yes" id="Flow_Yes_di"><di:waypoint x="386" y="118"/><di:waypoint x="500" y="118"/></bpmndi:BPMNEdge> | | sequenceFlow Flow_Yes: no diagram information (shape or edge)
            """)
    void aModelBreakingOneConventionIsCaught(String kept, String broken, String expected) {
        assertThat(PROCESS).contains(kept);
        BpmnModelInstance model = bpmn(PROCESS.replace(kept, broken == null ? "" : broken));
        assertThat(ModelConventions.brokenBy(model)).containsExactly(expected);
    }

    @Test
    void anElementWithoutAnIdIsCaught() {
        BpmnModelInstance model = bpmn(PROCESS.replace("  </process>", "    <endEvent name=\"孤立\"/>\n  </process>"));
        assertThat(ModelConventions.brokenBy(model)).contains("endEvent without an id (孤立)");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            camunda:historyTimeToLive="3650" |                       | decision probe-decision: no historyTimeToLive
            name="是否重大"                   | name="isMajor"        | decision probe-decision: no Chinese name (isMajor)
            label="罚款金额（元）"              | label="fine"          | input Input_Fine: no Chinese name (fine)
            label="是否重大执法决定"            |                       | output Output_Major: no Chinese name (null)
            """)
    void aDecisionBreakingOneConventionIsCaught(String kept, String broken, String expected) {
        assertThat(DECISION).contains(kept);
        DmnModelInstance model = dmn(DECISION.replace(kept, broken == null ? "" : broken));
        assertThat(ModelConventions.brokenBy(model)).containsExactly(expected);
    }

    @Test
    void aBrokenCopyOfARealModelIsCaught(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("summary-procedure.bpmn");
        String model = Files.readString(Path.of("bpmn/summary-procedure.bpmn"));
        assertThat(model).contains("camunda:historyTimeToLive=\"730\"");
        Files.writeString(copy, model.replace("camunda:historyTimeToLive=\"730\" ", ""));
        assertThat(ModelConventions.brokenBy(Bpmn.readModelFromFile(copy.toFile())))
                .containsExactly("process summary-procedure: no historyTimeToLive");
    }

    private static BpmnModelInstance bpmn(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static DmnModelInstance dmn(String xml) {
        return Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** A small model that keeps every convention: a user task with a timer and a service task after it. */
    private static final String PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_Probe" targetNamespace="urn:sanxiang:probe">
              <process id="Process_Probe" name="送达探针" isExecutable="true" camunda:historyTimeToLive="1825">
                <startEvent id="StartEvent_Decided" name="作出决定">
                  <outgoing>Flow_Decided_to_Service</outgoing>
                </startEvent>
                <sequenceFlow id="Flow_Decided_to_Service" sourceRef="StartEvent_Decided" targetRef="Task_Service"/>
                <userTask id="Task_Service" name="送达">
                  <documentation>APL Art. 61: served within 7 working days.</documentation>
                  <incoming>Flow_Decided_to_Service</incoming>
                  <outgoing>Flow_Service_to_Served</outgoing>
                </userTask>
                <sequenceFlow id="Flow_Service_to_Served" sourceRef="Task_Service" targetRef="Gateway_Served"/>
                <exclusiveGateway id="Gateway_Served" name="是否送达">
                  <incoming>Flow_Service_to_Served</incoming>
                  <outgoing>Flow_Yes</outgoing>
                </exclusiveGateway>
                <sequenceFlow id="Flow_Yes" name="需要执行" sourceRef="Gateway_Served" targetRef="EndEvent_Done">
                  <conditionExpression>${true}</conditionExpression>
                </sequenceFlow>
                <endEvent id="EndEvent_Done" name="已送达">
                  <incoming>Flow_Yes</incoming>
                </endEvent>
                <boundaryEvent id="BoundaryTimer_Overdue" name="送达期限届满" attachedToRef="Task_Service" cancelActivity="false">
                  <documentation>APL Art. 61: the decision is served within 7 working days.</documentation>
                  <outgoing>Flow_Overdue_to_Record</outgoing>
                  <timerEventDefinition><timeDuration>P7D</timeDuration></timerEventDefinition>
                </boundaryEvent>
                <sequenceFlow id="Flow_Overdue_to_Record" sourceRef="BoundaryTimer_Overdue" targetRef="ServiceTask_Overdue"/>
                <serviceTask id="ServiceTask_Overdue" name="记录送达逾期" camunda:delegateExpression="${deadlineExpired}">
                  <documentation>APL Art. 61: records the missed deadline.</documentation>
                  <incoming>Flow_Overdue_to_Record</incoming>
                  <outgoing>Flow_Record_to_Recorded</outgoing>
                </serviceTask>
                <sequenceFlow id="Flow_Record_to_Recorded" sourceRef="ServiceTask_Overdue" targetRef="EndEvent_Recorded"/>
                <endEvent id="EndEvent_Recorded" name="已记录">
                  <incoming>Flow_Record_to_Recorded</incoming>
                </endEvent>
              </process>
              <bpmndi:BPMNDiagram id="BPMNDiagram_Probe">
                <bpmndi:BPMNPlane id="BPMNPlane_Probe" bpmnElement="Process_Probe">
                  <bpmndi:BPMNShape bpmnElement="StartEvent_Decided" id="StartEvent_Decided_di"><dc:Bounds height="36" width="36" x="100" y="100"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape bpmnElement="Task_Service" id="Task_Service_di"><dc:Bounds height="80" width="100" x="186" y="78"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape bpmnElement="Gateway_Served" id="Gateway_Served_di"><dc:Bounds height="50" width="50" x="336" y="93"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape bpmnElement="EndEvent_Done" id="EndEvent_Done_di"><dc:Bounds height="36" width="36" x="500" y="100"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape bpmnElement="BoundaryTimer_Overdue" id="BoundaryTimer_Overdue_di"><dc:Bounds height="36" width="36" x="218" y="140"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape bpmnElement="ServiceTask_Overdue" id="ServiceTask_Overdue_di"><dc:Bounds height="80" width="100" x="186" y="220"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape bpmnElement="EndEvent_Recorded" id="EndEvent_Recorded_di"><dc:Bounds height="36" width="36" x="336" y="242"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge bpmnElement="Flow_Decided_to_Service" id="Flow_Decided_to_Service_di"><di:waypoint x="136" y="118"/><di:waypoint x="186" y="118"/></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge bpmnElement="Flow_Service_to_Served" id="Flow_Service_to_Served_di"><di:waypoint x="286" y="118"/><di:waypoint x="336" y="118"/></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge bpmnElement="Flow_Yes" id="Flow_Yes_di"><di:waypoint x="386" y="118"/><di:waypoint x="500" y="118"/></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge bpmnElement="Flow_Overdue_to_Record" id="Flow_Overdue_to_Record_di"><di:waypoint x="236" y="176"/><di:waypoint x="236" y="220"/></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge bpmnElement="Flow_Record_to_Recorded" id="Flow_Record_to_Recorded_di"><di:waypoint x="286" y="260"/><di:waypoint x="336" y="260"/></bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </definitions>
            """;

    /** A small decision table that keeps every convention. */
    private static final String DECISION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                id="Definitions_Probe" name="探针" namespace="urn:sanxiang:dmn">
              <decision id="probe-decision" name="是否重大" camunda:historyTimeToLive="3650">
                <decisionTable id="DecisionTable_Probe">
                  <input id="Input_Fine" label="罚款金额（元）">
                    <inputExpression id="InputExpression_Fine" typeRef="double"><text>fineAmount</text></inputExpression>
                  </input>
                  <output id="Output_Major" label="是否重大执法决定" name="majorDecision" typeRef="boolean"/>
                  <rule id="Rule_LargeFine">
                    <inputEntry id="InputEntry_LargeFine"><text>&gt;= 50000</text></inputEntry>
                    <outputEntry id="OutputEntry_LargeFine"><text>true</text></outputEntry>
                  </rule>
                </decisionTable>
              </decision>
            </definitions>
            """;
}
