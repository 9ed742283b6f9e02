package org.sanxiang.calendar;

import org.sanxiang.process.RuleViolation;

/** The rule allows no extension, or the deadline was extended already. */
public class DeadlineNotExtendable extends RuleViolation {

    public DeadlineNotExtendable(String ruleKey, String article) {
        super("deadline-not-extendable", article, "ruleKey", "deadline " + ruleKey + " cannot be extended (again)",
                ruleKey, article);
    }
}
