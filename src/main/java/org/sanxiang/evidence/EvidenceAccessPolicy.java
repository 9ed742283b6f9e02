package org.sanxiang.evidence;

import org.sanxiang.process.Actor;

/**
 * Who may do what with a case's evidence. Evidence follows case access, which the cases module owns, so
 * the cases module implements this port and the evidence pages and API ask it (no dependency of evidence
 * on cases).
 */
public interface EvidenceAccessPolicy {

    /**
     * The case as its evidence needs it, and what the actor may do with that evidence.
     *
     * @throws org.sanxiang.process.NotFound for an unknown case and for a case the actor does not see (another body's)
     */
    CaseEvidence caseOf(long caseId, Actor actor);
}
