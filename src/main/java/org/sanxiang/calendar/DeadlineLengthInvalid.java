package org.sanxiang.calendar;

import org.sanxiang.process.RuleViolation;

/** A period that is negative or absurdly long (more than {@value WorkingCalendar#MAX_LENGTH} days). */
public class DeadlineLengthInvalid extends RuleViolation {

    public DeadlineLengthInvalid(long length) {
        super("deadline-length-invalid", "APL Art. 85", "length",
                "period length " + length + " must be between 0 and " + WorkingCalendar.MAX_LENGTH + " days",
                length, WorkingCalendar.MAX_LENGTH);
    }
}
