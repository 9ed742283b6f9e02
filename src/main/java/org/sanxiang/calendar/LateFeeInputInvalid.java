package org.sanxiang.calendar;

import org.sanxiang.process.RuleViolation;

/** A late-fee question without a positive fine or without dates (APL Art. 72). */
public class LateFeeInputInvalid extends RuleViolation {

    public LateFeeInputInvalid(String field, Object value) {
        super("late-fee-input-invalid", "APL Art. 72", field, field + " invalid: " + value, field, value);
    }
}
