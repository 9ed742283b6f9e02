package org.sanxiang.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

/**
 * The registry of record names a model may list in {@code requiredRecords}, each mapped to the check
 * that tells whether the record exists for a step (G118; APL Art. 47). It is data-driven: the
 * {@link RecordSource}s of the modules contribute the names; a name two modules claim is an error at
 * start-up, and so is a name a deployed model lists that no module knows
 * ({@link ModelRequirementsCheck}).
 *
 * <p>A requirement is a name or alternatives joined by {@code |} (e.g. {@code 现场检查笔录|询问笔录}: one
 * of them suffices); the requirements of a step are joined by commas and all must be met.
 */
@Service
public class RequiredRecords {

    private final Map<String, RecordCheck> checks;

    RequiredRecords(List<RecordSource> sources) {
        Map<String, RecordCheck> all = new TreeMap<>();
        for (RecordSource source : sources) {
            source.recordChecks().forEach((name, check) -> {
                if (all.putIfAbsent(name, check) != null) {
                    throw new IllegalStateException("record name " + name + " is defined twice (" + source.getClass() + ")");
                }
            });
        }
        this.checks = Collections.unmodifiableMap(all);
    }

    /** Every record name the models may use. */
    public Set<String> names() {
        return checks.keySet();
    }

    /** The names of a requirement ({@code a|b} → [a, b]). */
    public static List<String> alternatives(String requirement) {
        return Arrays.stream(requirement.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The names the requirements use that no module defines (empty when all are known). */
    public List<String> unknown(List<String> requirements) {
        List<String> unknown = new ArrayList<>();
        for (String requirement : requirements) {
            alternatives(requirement).stream().filter(n -> !checks.containsKey(n)).forEach(unknown::add);
        }
        return unknown;
    }

    /**
     * The requirements not met for the step, in model order (empty when all are met). An unknown name
     * is never met: a model cannot be satisfied by a record nobody can check.
     */
    public List<String> missing(StepContext step, List<String> requirements) {
        List<String> missing = new ArrayList<>();
        for (String requirement : requirements) {
            boolean met = alternatives(requirement).stream()
                    .anyMatch(name -> checks.containsKey(name) && checks.get(name).present(step));
            if (!met) {
                missing.add(requirement);
            }
        }
        return missing;
    }
}
