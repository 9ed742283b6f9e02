package org.sanxiang.calendar;

import org.sanxiang.process.RuleViolation;

/** An uploaded holiday notice that does not match the holiday-cn schema; nothing was changed. */
public class HolidayFileRejected extends RuleViolation {

    public HolidayFileRejected(String field, String reason) {
        super("holiday-file-invalid", null, field, "holiday file rejected: " + field + ": " + reason, field, reason);
    }
}
