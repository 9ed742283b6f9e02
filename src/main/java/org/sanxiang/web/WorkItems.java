package org.sanxiang.web;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.process.Actor;

/**
 * Work of other modules that belongs in the staff's inbox beside the case tasks (脱敏复核 and withdrawals
 * of the publicity module): each module that has such work provides a bean; the inbox lists them all.
 */
public interface WorkItems {

    List<WorkItem> itemsFor(Actor actor);

    /**
     * One entry: {@code kind} a message key of its label, {@code reference} what it is about (a decision
     * number), {@code subject} whom (the redacted party), {@code href} its page, {@code due} its legal date.
     */
    record WorkItem(String kind, String reference, String subject, String href, LocalDate due, boolean overdue) {
    }
}
