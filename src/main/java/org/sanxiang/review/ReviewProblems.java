package org.sanxiang.review;

import org.sanxiang.process.Conflict;
import org.sanxiang.process.RuleViolation;

/** Rules of the legal-review opinion. */
public final class ReviewProblems {

    private ReviewProblems() {
    }

    /** All eight points are answered, once each; a problem carries a comment (G118). */
    public static class ChecklistIncomplete extends RuleViolation {
        public ChecklistIncomplete(String field, String missing) {
            super("review-checklist-incomplete", "G118; APL Art. 58", field,
                    "the eight-point checklist is incomplete: " + missing, missing);
        }
    }

    /** APL Art. 58; G118: a major enforcement decision is made only after a passed legal review. */
    public static class DecisionWithoutPassedReview extends RuleViolation {
        public DecisionWithoutPassedReview() {
            super("decision-without-passed-review", "APL Art. 58", "legalReview",
                    "a major enforcement decision needs a passed legal review first");
        }
    }

    /** A return names what to correct. */
    public static class ReturnWithoutCorrections extends RuleViolation {
        public ReturnWithoutCorrections() {
            super("review-return-without-corrections", "G118", "corrections",
                    "a return for correction must say what to correct");
        }
    }

    /** No review round is open on the case. */
    public static class NoOpenRound extends Conflict {
        public NoOpenRound(long caseId) {
            super("review-round-not-open", "APL Art. 58", "no legal review round is open for case " + caseId, caseId);
        }
    }
}
