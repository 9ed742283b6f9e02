package org.sanxiang.documents;

import java.util.List;

import org.sanxiang.process.Conflict;
import org.sanxiang.process.Problem;
import org.sanxiang.process.RuleViolation;
import org.springframework.http.HttpStatus;

/** The rules of issuing documents, each with a stable slug. */
public final class DocumentProblems {

    private DocumentProblems() {
    }

    /** The procedure has not reached the step the document records (a 决定书 before the decision). */
    public static class DocumentStepNotDone extends Conflict {
        public DocumentStepNotDone(String title, String stepLabel, String caseNumber) {
            super("document-step-not-done", "APL Art. 59", "document " + title + " needs step " + stepLabel
                    + " of case " + caseNumber + " to be done first", title, stepLabel, caseNumber);
        }
    }

    /** The case's procedure or outcome has no such document (a 不予行政处罚决定书 of a penalty case). */
    public static class DocumentNotApplicable extends Conflict {
        public DocumentNotApplicable(String title, String caseNumber) {
            super("document-not-applicable", "APL Art. 57", "case " + caseNumber + " has no document " + title, title,
                    caseNumber);
        }
    }

    /** A document is not printed half-empty: the fields it needs and the case lacks. */
    public static class DocumentFieldsMissing extends Problem {
        private final List<String> missing;

        public DocumentFieldsMissing(String title, List<String> missing) {
            super("document-fields-missing", HttpStatus.UNPROCESSABLE_ENTITY, "APL Art. 59", String.join(",", missing),
                    "document " + title + " lacks " + String.join("、", missing), title, String.join("、", missing));
            this.missing = List.copyOf(missing);
        }

        public List<String> missing() {
            return missing;
        }
    }

    /** Issued once: a corrected document is a reissue with its reason, never a silent second original. */
    public static class DocumentAlreadyIssued extends Conflict {
        public DocumentAlreadyIssued(String title, String number) {
            super("document-already-issued", "APL Art. 47", "document " + title + " " + number
                    + " is issued; reissue it with a reason", title, number);
        }
    }

    public static class DocumentNotIssued extends Conflict {
        public DocumentNotIssued(String title) {
            super("document-not-issued", "APL Art. 47", "document " + title + " has not been issued", title);
        }
    }

    public static class ReissueReasonRequired extends RuleViolation {
        public ReissueReasonRequired() {
            super("document-reissue-reason-required", "APL Art. 47", "reason", "a reissue needs its reason");
        }
    }

    /** Only the case's handlers and its body's head issue its documents. */
    public static class DocumentNotPermitted extends org.sanxiang.process.Forbidden {
        public DocumentNotPermitted(String caseNumber) {
            super("document-not-permitted", "APL Art. 42", "only the handlers of case " + caseNumber
                    + " and the head issue its documents", caseNumber);
        }
    }
}
