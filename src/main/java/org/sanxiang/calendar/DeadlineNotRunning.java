package org.sanxiang.calendar;

import org.sanxiang.process.Conflict;

/** The case has no running deadline of this rule. */
public class DeadlineNotRunning extends Conflict {

    public DeadlineNotRunning(long caseId, String ruleKey) {
        super("deadline-not-running", null, "no running deadline " + ruleKey + " on case " + caseId, caseId, ruleKey);
    }
}
