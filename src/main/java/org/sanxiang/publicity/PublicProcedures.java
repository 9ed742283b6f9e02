package org.sanxiang.publicity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.sanxiang.calendar.CountingKind;
import org.sanxiang.calendar.DeadlineRule;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.process.NotFound;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/**
 * The procedures with their process diagrams (事前公开, G118; RULES §3), read live from the models the
 * engine has deployed and the calendar's deadline rules: the portal shows what the engine runs, never
 * a drawing that could drift from it.
 */
@Service
@RequiredArgsConstructor
public class PublicProcedures {

    /** The order the portal lists them in; any other deployed process follows by key. */
    static final List<String> ORDER = List.of("general-procedure", "summary-procedure", "legal-review", "publicity");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    private static final Pattern RULE_IN_EXPRESSION = Pattern.compile("'([a-z][a-z-]*)'");

    private final RepositoryService repository;
    private final Deadlines deadlines;
    private final PublicityProperties properties;

    /** Every deployed procedure (latest version), general procedure first. */
    public List<PublicProcedure> list() {
        return latest().stream().map(this::describe).toList();
    }

    /** One procedure with its steps; 404 for a key the engine has not deployed. */
    public PublicProcedure procedure(String key) {
        return describe(definition(key));
    }

    /** The deployed BPMN 2.0 XML of a procedure (with its diagram), for the read-only viewer. */
    public byte[] diagram(String key) {
        try (InputStream in = repository.getProcessModel(definition(key).getId())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ProcessDefinition> latest() {
        List<ProcessDefinition> list = new ArrayList<>(repository.createProcessDefinitionQuery().latestVersion().active().list());
        list.sort(Comparator.<ProcessDefinition>comparingInt(d -> ORDER.contains(d.getKey()) ? ORDER.indexOf(d.getKey()) : ORDER.size())
                .thenComparing(ProcessDefinition::getKey));
        return list;
    }

    private ProcessDefinition definition(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new NotFound("procedure", key);
        }
        ProcessDefinition d = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().active()
                .singleResult();
        if (d == null) {
            throw new NotFound("procedure", key);
        }
        return d;
    }

    private PublicProcedure describe(ProcessDefinition definition) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        Process process = model.getModelElementById(definition.getKey());
        List<ProcedureStep> steps = new ArrayList<>();
        for (FlowNode node : inRunningOrder(model, process)) {
            ProcedureStep step = step(node);
            if (step != null) {
                steps.add(step);
            }
        }
        return new PublicProcedure(definition.getKey(), definition.getName() == null ? definition.getKey() : definition.getName(),
                definition.getVersion(), steps);
    }

    /**
     * The nodes reachable from the start event (a sub-process's inside and its boundary events
     * included), breadth-first along the flows: roughly the order in which a case meets them.
     */
    static List<FlowNode> inRunningOrder(BpmnModelInstance model, Process process) {
        Collection<BoundaryEvent> boundaries = model.getModelElementsByType(BoundaryEvent.class);
        Deque<FlowNode> queue = new ArrayDeque<>(process.getChildElementsByType(StartEvent.class));
        Set<String> seen = new HashSet<>();
        List<FlowNode> order = new ArrayList<>();
        while (!queue.isEmpty()) {
            FlowNode node = queue.poll();
            if (!seen.add(node.getId())) {
                continue;
            }
            order.add(node);
            if (node instanceof SubProcess sub) {
                queue.addAll(sub.getChildElementsByType(StartEvent.class));
            }
            for (BoundaryEvent b : boundaries) {
                if (b.getAttachedTo() != null && b.getAttachedTo().getId().equals(node.getId())) {
                    queue.add(b);
                }
            }
            for (SequenceFlow flow : node.getOutgoing()) {
                queue.add(flow.getTarget());
            }
        }
        return List.copyOf(order);
    }

    private ProcedureStep step(FlowNode node) {
        String name = node.getName() == null ? node.getId() : node.getName().strip();
        String basis = Citations.ofDocumentation(documentation(node));
        if (node instanceof UserTask task) {
            return new ProcedureStep(node.getId(), name, PublicityTexts.text("portal.procedure.manual"), actors(task.getCamundaCandidateGroups()), basis,
                    deadlinesOf(task.getCamundaDueDate()), null);
        }
        if (node instanceof CallActivity call) {
            return new ProcedureStep(node.getId(), name, PublicityTexts.text("portal.procedure.subprocess"),
                    PublicityTexts.text("portal.procedure.see-called"), basis, List.of(), call.getCalledElement());
        }
        if (node instanceof ServiceTask || node instanceof BusinessRuleTask) {
            return new ProcedureStep(node.getId(), name, PublicityTexts.text("portal.procedure.automatic"),
                    PublicityTexts.text("portal.procedure.system"), basis, List.of(), null);
        }
        if (node instanceof CatchEvent event) {
            for (TimerEventDefinition timer : event.getChildElementsByType(TimerEventDefinition.class)) {
                String expression = timer.getTimeDate() != null ? timer.getTimeDate().getTextContent()
                        : timer.getTimeDuration() != null ? timer.getTimeDuration().getTextContent()
                        : timer.getTimeCycle() != null ? timer.getTimeCycle().getTextContent() : "";
                return new ProcedureStep(node.getId(), name, PublicityTexts.text("portal.procedure.deadline"),
                        PublicityTexts.text("portal.procedure.timed"), basis, deadlinesOf(expression), null);
            }
        }
        return null;
    }

    private static String documentation(FlowNode node) {
        for (Documentation d : node.getDocumentations()) {
            if (d.getTextContent() != null && !d.getTextContent().isBlank()) {
                return d.getTextContent();
            }
        }
        return null;
    }

    private static String actors(String candidateGroups) {
        if (candidateGroups == null || candidateGroups.isBlank()) {
            return PublicityTexts.text("portal.procedure.handler");
        }
        List<String> names = new ArrayList<>();
        for (String g : candidateGroups.split(",")) {
            names.add(PublicityTexts.textOr("ui.role." + g.strip(), g.strip()));
        }
        return String.join(PublicityTexts.text("portal.procedure.or"), names);
    }

    /** The deadlines an expression of the model computes: {@code stepDeadlines.due(caseId, 'service')} → the service rule. */
    private List<String> deadlinesOf(String expression) {
        if (expression == null || expression.isBlank()) {
            return List.of();
        }
        Set<String> rules = new LinkedHashSet<>();
        Matcher m = RULE_IN_EXPRESSION.matcher(expression);
        while (m.find()) {
            rules.add(m.group(1));
        }
        if (expression.contains("dueRule")) {
            rules.add(Drafts.RULE_PENALTY);
            rules.add(Drafts.RULE_OTHER);
        }
        List<String> list = new ArrayList<>();
        for (String key : rules) {
            DeadlineRule rule;
            try {
                rule = deadlines.rule(key);
            } catch (NotFound e) {
                continue;
            }
            list.add(describe(rule));
        }
        if (expression.contains("displayUntil")) {
            list.add(PublicityTexts.text("portal.procedure.display-period", properties.lowFineLimit().stripTrailingZeros()
                    .toPlainString(), period(properties.lowFineDisplay()), period(properties.displayPeriod())));
        }
        return list;
    }

    static String describe(DeadlineRule rule) {
        String unit = switch (rule.counting()) {
            case WORKING -> "portal.procedure.working-days";
            case CALENDAR -> "portal.procedure.days";
            case MONTHS -> "portal.procedure.months";
        };
        String length = PublicityTexts.text(unit, String.valueOf(rule.length()));
        String extension = rule.extensionLength() == null ? ""
                : PublicityTexts.text("portal.procedure.extension", PublicityTexts.text(unit, String.valueOf(rule.extensionLength())));
        String article = Citations.toChinese(rule.article());
        return PublicityTexts.text("portal.procedure.rule", rule.title(), length + extension,
                article.isEmpty() ? "" : PublicityTexts.text("portal.procedure.rule-article", article));
    }

    private static String period(java.time.Period p) {
        if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
            return PublicityTexts.text("portal.procedure.years", String.valueOf(p.getYears()));
        }
        if (p.getYears() == 0 && p.getMonths() > 0 && p.getDays() == 0) {
            return PublicityTexts.text("portal.procedure.months", String.valueOf(p.getMonths()));
        }
        String days = PublicityTexts.text("portal.procedure.days", String.valueOf(p.getDays()));
        return p.toTotalMonths() > 0 ? PublicityTexts.text("portal.procedure.months", String.valueOf(p.toTotalMonths()))
                + (p.getDays() > 0 ? days : "") : days;
    }
}
