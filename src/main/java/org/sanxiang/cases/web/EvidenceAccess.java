package org.sanxiang.cases.web;

import java.util.Set;

import org.sanxiang.cases.CaseProblems.NotPermitted;
import org.sanxiang.cases.CaseQueries;
import org.sanxiang.cases.CaseQueries.CaseAccess;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceRegistry;
import org.sanxiang.process.Roles;
import org.sanxiang.process.Actor;
import org.sanxiang.process.NotFound;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a case's evidence, for the API and the workspace pages alike: evidence follows
 * case access (another body's case is not found), then handlers add; handlers, the head, legal
 * reviewers, supervisors and administrators read and re-verify; handlers and the head exclude.
 */
@Component
class EvidenceAccess {

    static final Set<String> READERS = Set.of(Roles.HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR, Roles.ADMIN);

    private final CaseQueries cases;
    private final EvidenceRegistry evidence;

    EvidenceAccess(CaseQueries cases, EvidenceRegistry evidence) {
        this.cases = cases;
        this.evidence = evidence;
    }

    CaseAccess toAdd(long caseId, Actor actor) {
        CaseAccess c = cases.access(caseId, actor);
        if (!c.handler()) {
            throw new NotPermitted("evidence-not-permitted", "APL Art. 42", "only the case's handlers may add evidence",
                    c.caseNumber());
        }
        return c;
    }

    CaseAccess toRead(long caseId, Actor actor) {
        CaseAccess c = cases.access(caseId, actor);
        if (!mayRead(c, actor)) {
            throw new NotPermitted("evidence-not-permitted", "APL Art. 42", "not a handler of the case", c.caseNumber());
        }
        return c;
    }

    /** The item, if the actor may read its case's evidence. */
    EvidenceItem readable(long evidenceId, Actor actor) {
        EvidenceItem item = evidence.item(evidenceId);
        toRead(item.caseId(), actor);
        return item;
    }

    /** As {@link #readable(long, Actor)}, for an address that names the case too: an item of another case is not found. */
    EvidenceItem readable(long caseId, long evidenceId, Actor actor) {
        EvidenceItem item = evidence.item(evidenceId);
        if (item.caseId() != caseId) {
            throw new NotFound("evidence", evidenceId);
        }
        toRead(caseId, actor);
        return item;
    }

    EvidenceItem excludable(long evidenceId, Actor actor) {
        EvidenceItem item = evidence.item(evidenceId);
        CaseAccess c = cases.access(item.caseId(), actor);
        if (!mayExclude(c, actor)) {
            throw new NotPermitted("evidence-not-permitted", "APL Art. 46",
                    "only the case's handlers or the head may exclude evidence", c.caseNumber());
        }
        return item;
    }

    static boolean mayRead(CaseAccess c, Actor actor) {
        return c.handler() || READERS.stream().anyMatch(actor::inGroup);
    }

    static boolean mayExclude(CaseAccess c, Actor actor) {
        return c.handler() || actor.inGroup(Roles.HEAD);
    }
}
