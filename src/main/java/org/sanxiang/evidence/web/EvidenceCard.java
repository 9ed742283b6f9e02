package org.sanxiang.evidence.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanxiang.evidence.CaseEvidence;
import org.sanxiang.evidence.EvidenceAccessPolicy;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceProperties;
import org.sanxiang.evidence.EvidenceRegistry;
import org.sanxiang.evidence.EvidenceType;
import org.sanxiang.evidence.RecordingRequirements;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import lombok.RequiredArgsConstructor;

/**
 * The evidence card of the case page (APL Art. 46): the items with their type, step, hash, size,
 * capture time and place, officers present and exclusion; the upload form for handlers. Rendered
 * inside the case page and on its own (templates/cases/evidence.html :: panel) for htmx refreshes.
 * The one type of this package other modules may use (named interface {@code evidence :: card}): the
 * case page embeds the card.
 */
@Component
@NamedInterface("card")
@RequiredArgsConstructor
public class EvidenceCard {

    /** One item as the list shows it; {@code media} is video / audio / image when the browser can show it inline. */
    record ItemView(EvidenceItem item, StepOption step, String officerNames, String media, String size) {
    }

    /** A step evidence may belong to: its BPMN task id (the page shows its name through {@code @stepLabels}). */
    record StepOption(String taskKey) {
    }

    record View(long caseId, boolean mayRead, boolean mayAdd, boolean mayExclude, List<ItemView> items,
            List<StepOption> steps, String defaultStep, List<Officer> officers, List<EvidenceType> types,
            Map<EvidenceType, String> limits) {
    }

    private final EvidenceAccessPolicy policy;
    private final EvidenceRegistry evidence;
    private final RecordingRequirements requirements;
    private final OfficerDirectory officers;
    private final EvidenceProperties properties;

    /** The card of the case as model attribute {@code ev}. */
    public void addTo(Model model, long caseId, Actor actor) {
        model.addAttribute("ev", view(caseId, actor));
    }

    View view(long caseId, Actor actor) {
        CaseEvidence c = policy.caseOf(caseId, actor);
        List<EvidenceType> types = List.of(EvidenceType.values());
        Map<EvidenceType, String> limits = Arrays.stream(EvidenceType.values())
                .collect(Collectors.toMap(t -> t, t -> size(properties.maxBytes(t))));
        if (!c.mayRead()) {
            return new View(caseId, false, false, false, List.of(), List.of(), null, List.of(), types, limits);
        }
        List<StepOption> steps = steps(c.processInstanceId());
        Map<String, StepOption> byKey = steps.stream().collect(Collectors.toMap(StepOption::taskKey, s -> s, (a, b) -> a));
        List<EvidenceItem> items = evidence.list(caseId);
        Set<Long> ids = new LinkedHashSet<>();
        items.forEach(i -> ids.addAll(i.officerIds()));
        Map<Long, String> names = ids.isEmpty() ? Map.of()
                : officers.officers(List.copyOf(ids)).stream().collect(Collectors.toMap(Officer::id, Officer::name));
        List<ItemView> views = new ArrayList<>();
        for (EvidenceItem i : items) {
            StepOption step = byKey.getOrDefault(i.step(), new StepOption(i.step()));
            String present = i.officerIds().stream().map(id -> names.getOrDefault(id, "#" + id))
                    .collect(Collectors.joining("、"));
            views.add(new ItemView(i, step, present, media(i.contentType()), size(i.size())));
        }
        String current = c.openTaskKeys().stream().filter(byKey::containsKey).findFirst()
                .orElse(steps.isEmpty() ? null : steps.get(0).taskKey());
        List<Officer> handlers = officers.officers(c.handlerIds());
        return new View(caseId, true, c.mayAdd(), c.mayExclude(), views, steps, current, handlers, types, limits);
    }

    private List<StepOption> steps(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        return requirements.stepsOf(requirements.processDefinitionOf(processInstanceId)).stream().map(StepOption::new)
                .toList();
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
