package org.sanxiang.calendar;

import org.sanxiang.process.Conflict;

/** Resuming a decision clock that is not suspended (APL Art. 60). */
public class ClockNotSuspended extends Conflict {

    public ClockNotSuspended(long caseId) {
        super("clock-not-suspended", "APL Art. 60", "decision clock of case " + caseId + " is not suspended", caseId);
    }
}
