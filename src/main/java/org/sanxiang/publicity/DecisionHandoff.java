package org.sanxiang.publicity;

import java.util.HashMap;
import java.util.Map;

import org.sanxiang.cases.DecisionMade;
import org.springframework.stereotype.Component;

/**
 * Hands the unredacted decision from the event listener to the 自动脱敏 step, which the engine runs
 * synchronously in the same thread and transaction while the process starts. The decision never
 * becomes a process variable, so ID numbers and phones never reach the engine's (history) tables.
 */
@Component
class DecisionHandoff {

    private final ThreadLocal<Map<String, DecisionMade>> pending = ThreadLocal.withInitial(HashMap::new);

    void put(DecisionMade decision) {
        pending.get().put(decision.decisionNumber(), decision);
    }

    DecisionMade take(String decisionNumber) {
        DecisionMade d = pending.get().remove(decisionNumber);
        if (d == null) {
            throw new IllegalStateException("decision " + decisionNumber + " was not handed over in this thread");
        }
        return d;
    }

    void clear(String decisionNumber) {
        pending.get().remove(decisionNumber);
        if (pending.get().isEmpty()) {
            pending.remove();
        }
    }
}
