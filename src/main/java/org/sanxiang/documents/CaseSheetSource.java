package org.sanxiang.documents;

import org.sanxiang.process.Actor;

/**
 * The port through which documents read a case: the cases module implements it from its own tables
 * (documents do not depend on cases; cases number their documents here).
 */
public interface CaseSheetSource {

    /** The case as its documents print it; {@code NotFound} when the actor may not see it. */
    CaseSheet sheet(long caseId, Actor actor);

    /** Whether the actor is a handler of the case or its body's head (may issue its documents). */
    boolean mayIssue(long caseId, Actor actor);
}
