package org.sanxiang.publicity.web;

import java.util.ArrayList;
import java.util.List;

import org.sanxiang.process.Actor;
import org.sanxiang.process.Roles;
import org.sanxiang.publicity.Publication;
import org.sanxiang.publicity.PublicationQueries;
import org.sanxiang.publicity.PublicationStatus;
import org.sanxiang.web.WorkItems;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The publicity staff's inbox entries (G118; APL Art. 48): decisions of their body awaiting the second-person
 * check (never the decider's own) and publications whose decision fell and must come down within 3 working days.
 */
@Component
@RequiredArgsConstructor
class PublicationWorkItems implements WorkItems {

    private static final int MAX = 50;

    private final PublicationQueries queries;
    private final java.time.Clock clock;

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        if (!actor.inGroup(Roles.OFFICER) && !actor.inGroup(Roles.HEAD)) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        for (Publication p : queries.list(PublicationStatus.DRAFT, 0, MAX, actor).items()) {
            if (!actor.username().equals(p.decidedBy())) {
                items.add(new WorkItem("ui.work.publicationCheck", p.decisionNumber(), p.partyDisplay(),
                        "/publications/" + p.id(), p.dueDate(), p.overdue()));
            }
        }
        for (Publication p : queries.list(PublicationStatus.PUBLISHED, 0, MAX, actor).items()) {
            if (PublicationPages.withdrawalPending(p)) {
                items.add(new WorkItem("ui.work.publicationWithdrawal", p.decisionNumber(), p.partyDisplay(),
                        "/publications/" + p.id(), p.withdrawalDue(),
                        p.withdrawalDue() != null && p.withdrawalDue().isBefore(java.time.LocalDate.now(clock))));
            }
        }
        return items;
    }
}
