package org.sanxiang.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every process model carries a diagram for every element, so that Cockpit and the portal's read-only
 * viewer draw it (a model without BPMNDI shows nothing): a shape per flow node, an edge per sequence
 * flow with at least two waypoints, and edges that start and end on their nodes' shapes.
 */
@Tag("no-db")
class ProcessDiagramsTest {

    /** Every model in bpmn/, read from the directory so that a new model is checked without editing this test. */
    static List<String> models() {
        String[] files = new File("bpmn").list((dir, name) -> name.endsWith(".bpmn"));
        assertThat(files).isNotEmpty();
        return java.util.Arrays.stream(files).sorted().toList();
    }

    @org.junit.jupiter.api.Test
    void checksEveryModelOfTheRepository() {
        assertThat(models()).contains("publicity.bpmn", "general-procedure.bpmn", "summary-procedure.bpmn",
                "legal-review.bpmn");
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyElementHasItsShapeOrEdge(String file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/" + file));
        Bpmn.validateModel(model);
        Set<String> shapes = new HashSet<>();
        for (BpmnShape s : model.getModelElementsByType(BpmnShape.class)) {
            shapes.add(s.getBpmnElement().getId());
            assertThat(s.getBounds().getWidth()).as(s.getId()).isPositive();
        }
        Set<String> edges = new HashSet<>();
        for (BpmnEdge e : model.getModelElementsByType(BpmnEdge.class)) {
            edges.add(e.getBpmnElement().getId());
            assertThat(e.getWaypoints()).as(e.getId()).hasSizeGreaterThanOrEqualTo(2);
        }
        List<String> missing = new ArrayList<>();
        for (FlowNode n : model.getModelElementsByType(FlowNode.class)) {
            if (!shapes.contains(n.getId())) {
                missing.add(n.getId());
            }
        }
        for (SequenceFlow f : model.getModelElementsByType(SequenceFlow.class)) {
            if (!edges.contains(f.getId())) {
                missing.add(f.getId());
            }
        }
        assertThat(missing).as(file + ": elements without a diagram").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("models")
    void edgesStartAndEndOnTheirNodes(String file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/" + file));
        for (BpmnEdge e : model.getModelElementsByType(BpmnEdge.class)) {
            SequenceFlow flow = (SequenceFlow) e.getBpmnElement();
            var first = e.getWaypoints().iterator().next();
            var last = new ArrayList<>(e.getWaypoints()).get(e.getWaypoints().size() - 1);
            assertThat(onBorder(model, flow.getSource().getId(), first.getX(), first.getY())).as(flow.getId() + " start").isTrue();
            assertThat(onBorder(model, flow.getTarget().getId(), last.getX(), last.getY())).as(flow.getId() + " end").isTrue();
        }
    }

    private static boolean onBorder(BpmnModelInstance model, String elementId, double x, double y) {
        for (BpmnShape s : model.getModelElementsByType(BpmnShape.class)) {
            if (s.getBpmnElement().getId().equals(elementId)) {
                var b = s.getBounds();
                boolean inside = x >= b.getX() - 1 && x <= b.getX() + b.getWidth() + 1 && y >= b.getY() - 1
                        && y <= b.getY() + b.getHeight() + 1;
                boolean nearEdge = Math.abs(x - b.getX()) <= 1 || Math.abs(x - b.getX() - b.getWidth()) <= 1
                        || Math.abs(y - b.getY()) <= 1 || Math.abs(y - b.getY() - b.getHeight()) <= 1;
                return inside && nearEdge;
            }
        }
        return false;
    }
}
