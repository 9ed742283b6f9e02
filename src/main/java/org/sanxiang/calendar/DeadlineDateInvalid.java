package org.sanxiang.calendar;

import java.time.LocalDate;

import org.sanxiang.process.RuleViolation;

/** A date that lies before the date it must follow (an act before its period began, a resumption before its suspension). */
public class DeadlineDateInvalid extends RuleViolation {

    public DeadlineDateInvalid(String field, LocalDate date, LocalDate notBefore) {
        super("deadline-date-invalid", "APL Art. 85", field, field + " " + date + " is before " + notBefore, field,
                date, notBefore);
    }
}
