package org.sanxiang.calendar;

import org.sanxiang.process.Conflict;

/** The case already has this deadline running. */
public class DeadlineAlreadyRunning extends Conflict {

    public DeadlineAlreadyRunning(long caseId, String ruleKey) {
        super("deadline-already-running", null, "deadline " + ruleKey + " already running on case " + caseId,
                caseId, ruleKey);
    }
}
