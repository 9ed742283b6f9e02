package org.sanxiang.publicity;

import org.sanxiang.process.Conflict;
import org.sanxiang.process.Forbidden;
import org.sanxiang.process.RuleViolation;

/** The rules of publication, each with its slug and article (texts in messages*.properties). */
public final class PublicityProblems {

    private PublicityProblems() {
    }

    /** G118: nothing is published before a second person checked the redaction. */
    public static class PublicationBeforeCheck extends RuleViolation {
        public PublicationBeforeCheck(String number) {
            super("publication-before-check", "G118", "status", "publication " + number + " has not been checked", number);
        }
    }

    /** OGI Art. 14–15: a blocked decision is not published. */
    public static class PublicationBlocked extends RuleViolation {
        public PublicationBlocked(String number, String reason) {
            super("publication-blocked", "OGI Art. 14-15", "status", "publication " + number + " is blocked: " + reason,
                    number, reason);
        }
    }

    public static class PublicationNotInStatus extends Conflict {
        public PublicationNotInStatus(String number, String status, String expected) {
            super("publication-not-in-status", null, "publication " + number + " is " + status + ", not " + expected,
                    number, status, expected);
        }
    }

    /** G118: the redaction check is a second person's, not the decider's. */
    public static class CheckByDecider extends Forbidden {
        public CheckByDecider(String username, String number) {
            super("redaction-check-by-decider", "G118", username + " decided " + number + " and may not check it",
                    username, number);
        }
    }

    public static class PublicityRoleRequired extends Forbidden {
        public PublicityRoleRequired(String username) {
            super("publicity-role-required", "G118", username + " is neither officer nor head", username);
        }
    }

    /** OGI Art. 14–15: not publishing needs a recorded reason. */
    public static class BlockReasonRequired extends RuleViolation {
        public BlockReasonRequired() {
            super("block-reason-required", "OGI Art. 14-15", "blockReason", "a rejected check needs a block reason");
        }
    }

    /** APL Art. 48: a withdrawal is published with its reason. */
    public static class WithdrawalReasonRequired extends RuleViolation {
        public WithdrawalReasonRequired() {
            super("withdrawal-reason-required", "APL Art. 48", "reason", "a withdrawal needs a reason");
        }
    }

    public static class StatisticsYearInvalid extends RuleViolation {
        public StatisticsYearInvalid(int year) {
            super("statistics-year-invalid", null, "year", "no statistics for year " + year, year);
        }
    }

    public static class PagingInvalid extends RuleViolation {
        public PagingInvalid(String field, Object value) {
            super("paging-invalid", null, field, "invalid paging " + field + "=" + value, field, value);
        }
    }
}
