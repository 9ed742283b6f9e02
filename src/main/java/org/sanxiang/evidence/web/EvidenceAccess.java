package org.sanxiang.evidence.web;

import org.sanxiang.evidence.CaseEvidence;
import org.sanxiang.evidence.EvidenceAccessPolicy;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceRegistry;
import org.sanxiang.process.Actor;
import org.sanxiang.process.NotFound;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Who may do what with a case's evidence, for the API and the workspace pages alike, as the cases module's
 * {@link EvidenceAccessPolicy} answers it: evidence follows case access (another body's case is not found),
 * then handlers add; handlers, the head, legal reviewers, supervisors and administrators read and re-verify;
 * handlers and the head exclude.
 */
@Component
@RequiredArgsConstructor
class EvidenceAccess {

    private final EvidenceAccessPolicy policy;
    private final EvidenceRegistry evidence;

    CaseEvidence of(long caseId, Actor actor) {
        return policy.caseOf(caseId, actor);
    }

    CaseEvidence toAdd(long caseId, Actor actor) {
        return policy.caseOf(caseId, actor).requireAdd();
    }

    CaseEvidence toRead(long caseId, Actor actor) {
        return policy.caseOf(caseId, actor).requireRead();
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
        policy.caseOf(item.caseId(), actor).requireExclude();
        return item;
    }
}
