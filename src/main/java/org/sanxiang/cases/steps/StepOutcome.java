package org.sanxiang.cases.steps;

import java.util.Map;

/** What applying a step produced: the engine variables, a one-line summary for the record and the article cited. */
public record StepOutcome(Map<String, Object> variables, String summary, String article) {

    public StepOutcome {
        variables = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(variables)); // values may be null
    }

    public static StepOutcome of(String summary, String article) {
        return new StepOutcome(Map.of(), summary, article);
    }
}
