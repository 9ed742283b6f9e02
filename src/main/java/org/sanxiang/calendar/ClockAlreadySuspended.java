package org.sanxiang.calendar;

import java.time.LocalDate;

import org.sanxiang.process.Conflict;

/** The decision clock is already suspended (APL Art. 60). */
public class ClockAlreadySuspended extends Conflict {

    public ClockAlreadySuspended(long caseId, LocalDate since) {
        super("clock-already-suspended", "APL Art. 60", "decision clock of case " + caseId + " suspended since " + since,
                caseId, since);
    }
}
