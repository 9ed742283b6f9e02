package org.sanxiang.officers;

import org.sanxiang.process.RuleViolation;

/** APL Art. 42: a case is handled by at least two certified officers. */
public class TooFewHandlers extends RuleViolation {

    public TooFewHandlers(int given, int required) {
        super("too-few-handlers", "APL Art. 42", "handlerIds",
                "at least " + required + " certified handlers are required, got " + given, required, given);
    }
}
