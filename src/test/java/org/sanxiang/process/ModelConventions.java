package org.sanxiang.process;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The house conventions for models (STYLE.md, "BPMN"), as a list of what a model breaks: every
 * process and decision sets {@code historyTimeToLive}; every element has an id and a Chinese name
 * (a conditional flow too: it is the label a reader sees on the branch); every task documents what
 * it does; service tasks call a bean by {@code delegateExpression}; a timer's documentation starts
 * with the article that sets its deadline; every flow node has a shape and every flow an edge.
 */
final class ModelConventions {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    /** A law's article ({@code APL Art. 61}) or the State Council's opinion (G118) before the first colon. */
    private static final Pattern ARTICLE = Pattern.compile(
            "^[^:：]*\\b(?:(?:APL|ACL|OGI|ARL|ALL)\\s+Art\\.?\\s*\\d+|G118)\\b[^:：]*[:：]");

    private ModelConventions() {
    }

    static List<String> brokenBy(BpmnModelInstance model) {
        List<String> broken = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            named(process, process.getName(), broken);
            if (blank(process.getCamundaHistoryTimeToLiveString())) {
                broken.add(label(process) + ": no historyTimeToLive");
            }
        }
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if (element instanceof SequenceFlow flow && flow.getConditionExpression() == null && blank(flow.getName())) {
                if (blank(flow.getId())) {
                    broken.add("sequenceFlow without an id (" + flow.getName() + ")");
                }
            } else {
                named(element, element.getName(), broken);
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if ((node instanceof Task || node instanceof CallActivity) && blank(documentation(node))) {
                broken.add(label(node) + ": a task without documentation");
            }
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (blank(task.getCamundaDelegateExpression()) || !blank(task.getCamundaClass())
                    || !blank(task.getCamundaExpression()) || !blank(task.getCamundaType())) {
                broken.add(label(task) + ": a service task not calling its bean by delegateExpression");
            }
        }
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            BaseElement event = (BaseElement) timer.getParentElement();
            String doc = documentation(event);
            if (blank(doc) || !ARTICLE.matcher(doc.strip()).find()) {
                broken.add(label(event) + ": a timer whose documentation cites no article");
            }
        }
        diagram(model, broken);
        return broken;
    }

    static List<String> brokenBy(DmnModelInstance model) {
        List<String> broken = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            named(decision, decision.getName(), broken);
            if (blank(decision.getCamundaHistoryTimeToLiveString())) {
                broken.add(label(decision) + ": no historyTimeToLive");
            }
        }
        for (Input input : model.getModelElementsByType(Input.class)) {
            named(input, input.getLabel(), broken);
        }
        for (Output output : model.getModelElementsByType(Output.class)) {
            named(output, output.getLabel(), broken);
        }
        for (Rule rule : model.getModelElementsByType(Rule.class)) {
            if (blank(rule.getId())) {
                broken.add("a rule without an id");
            }
        }
        return broken;
    }

    /** Every flow node has a shape, every flow an edge of two points or more, and each process a plane. */
    private static void diagram(BpmnModelInstance model, List<String> broken) {
        Set<String> drawn = new HashSet<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() != null && shape.getBounds() != null && shape.getBounds().getWidth() > 0
                    && shape.getBounds().getHeight() > 0) {
                drawn.add(shape.getBpmnElement().getId());
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() != null && edge.getWaypoints().size() >= 2) {
                drawn.add(edge.getBpmnElement().getId());
            }
        }
        for (BpmnPlane plane : model.getModelElementsByType(BpmnPlane.class)) {
            if (plane.getBpmnElement() != null) {
                drawn.add(plane.getBpmnElement().getId());
            }
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!drawn.contains(process.getId())) {
                broken.add(label(process) + ": a process without a diagram plane");
            }
        }
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if ((element instanceof FlowNode || element instanceof SequenceFlow) && !drawn.contains(element.getId())) {
                broken.add(label(element) + ": no diagram information (shape or edge)");
            }
        }
    }

    private static void named(ModelElementInstance element, String name, List<String> broken) {
        String id = element.getAttributeValue("id");
        if (blank(id)) {
            broken.add(element.getElementType().getTypeName() + " without an id (" + name + ")");
        }
        if (blank(name) || !CHINESE.matcher(name).find()) {
            broken.add(label(element) + ": no Chinese name (" + name + ")");
        }
    }

    private static String documentation(BaseElement element) {
        StringBuilder text = new StringBuilder();
        for (Documentation d : element.getDocumentations()) {
            if (d.getTextContent() != null) {
                text.append(d.getTextContent().strip());
            }
        }
        return text.toString();
    }

    private static String label(ModelElementInstance element) {
        return element.getElementType().getTypeName() + " " + element.getAttributeValue("id");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
