package org.sanxiang.cases.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanxiang.cases.CaseQueries;
import org.sanxiang.cases.CaseQueries.CaseAccess;
import org.sanxiang.cases.CaseViews.CaseDetail;
import org.sanxiang.cases.CaseViews.OpenTask;
import org.sanxiang.cases.Step;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceProperties;
import org.sanxiang.evidence.EvidenceRegistry;
import org.sanxiang.evidence.EvidenceType;
import org.sanxiang.evidence.RecordingRequirements;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The evidence card of the case page (APL Art. 46): the items with their type, step, hash, size,
 * capture time and place, officers present and exclusion; the upload form for handlers. Rendered
 * inside the case page and on its own (templates/cases/evidence.html :: panel) for htmx refreshes.
 */
@Component
class EvidencePanel {

    /** One item as the list shows it; {@code media} is video / audio / image when the browser can show it inline. */
    record ItemView(EvidenceItem item, StepOption step, String officerNames, String media, String size) {
    }

    /** A step evidence may belong to: its BPMN task id, the {@link Step} name when it has one, and a fallback label. */
    record StepOption(String taskKey, String stepName, String label) {
    }

    record View(long caseId, boolean mayRead, boolean mayAdd, boolean mayExclude, List<ItemView> items,
            List<StepOption> steps, String defaultStep, List<Officer> officers, List<EvidenceType> types,
            Map<EvidenceType, String> limits) {
    }

    private final CaseQueries cases;
    private final EvidenceRegistry evidence;
    private final RecordingRequirements requirements;
    private final OfficerDirectory officers;
    private final EvidenceProperties properties;

    EvidencePanel(CaseQueries cases, EvidenceRegistry evidence, RecordingRequirements requirements,
            OfficerDirectory officers, EvidenceProperties properties) {
        this.cases = cases;
        this.evidence = evidence;
        this.requirements = requirements;
        this.officers = officers;
        this.properties = properties;
    }

    void addTo(Model model, CaseDetail c, Actor actor) {
        model.addAttribute("ev", view(c, actor));
    }

    View view(CaseDetail c, Actor actor) {
        CaseAccess access = cases.access(c.id(), actor);
        boolean mayRead = EvidenceAccess.mayRead(access, actor);
        List<EvidenceType> types = List.of(EvidenceType.values());
        Map<EvidenceType, String> limits = Arrays.stream(EvidenceType.values())
                .collect(Collectors.toMap(t -> t, t -> size(properties.maxBytes(t))));
        if (!mayRead) {
            return new View(c.id(), false, false, false, List.of(), List.of(), null, List.of(), types, limits);
        }
        List<StepOption> steps = steps(c.processInstanceId());
        Map<String, StepOption> byKey = steps.stream().collect(Collectors.toMap(StepOption::taskKey, s -> s, (a, b) -> a));
        List<EvidenceItem> items = evidence.list(c.id());
        Set<Long> ids = new LinkedHashSet<>();
        items.forEach(i -> ids.addAll(i.officerIds()));
        Map<Long, String> names = ids.isEmpty() ? Map.of()
                : officers.officers(List.copyOf(ids)).stream().collect(Collectors.toMap(Officer::id, Officer::name));
        List<ItemView> views = new ArrayList<>();
        for (EvidenceItem i : items) {
            StepOption step = byKey.getOrDefault(i.step(), option(i.step()));
            String present = i.officerIds().stream().map(id -> names.getOrDefault(id, "#" + id))
                    .collect(Collectors.joining("、"));
            views.add(new ItemView(i, step, present, media(i.contentType()), size(i.size())));
        }
        String current = c.openTasks().stream().map(OpenTask::step).filter(byKey::containsKey).findFirst()
                .orElse(steps.isEmpty() ? null : steps.get(0).taskKey());
        List<Officer> handlers = officers.officers(c.handlers().stream().map(h -> h.officerId()).toList());
        return new View(c.id(), true, access.handler(), EvidenceAccess.mayExclude(access, actor), views, steps, current,
                handlers, types, limits);
    }

    private List<StepOption> steps(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        return requirements.stepsOf(requirements.processDefinitionOf(processInstanceId)).stream().map(this::option)
                .toList();
    }

    private StepOption option(String taskKey) {
        return Step.byTaskKey(taskKey).map(s -> new StepOption(taskKey, s.name(), s.label()))
                .orElseGet(() -> new StepOption(taskKey, null, taskKey));
    }

    /** What the browser may show inline from our origin: media and pictures, never documents or data. */
    static String media(String contentType) {
        if (contentType == null) {
            return null;
        }
        Function<String, Boolean> is = contentType::startsWith;
        if (is.apply("video/")) {
            return "video";
        }
        if (is.apply("audio/")) {
            return "audio";
        }
        if (Set.of("image/png", "image/jpeg", "image/gif", "image/webp").contains(contentType)) {
            return "image";
        }
        return null;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v >= 100 || v == Math.floor(v) ? "%.0f %s" : "%.1f %s", v, units[u]);
    }
}
