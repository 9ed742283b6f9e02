package org.sanxiang.cases;

import org.sanxiang.process.Conflict;
import org.sanxiang.process.Forbidden;
import org.sanxiang.process.RuleViolation;

/** The rules of the cases module, each a named problem with its article. */
public final class CaseProblems {

    private CaseProblems() {
    }

    /** The step asked for is not the case's current step (already completed, or not reached). */
    public static class StepNotCurrent extends Conflict {
        public StepNotCurrent(String caseNumber, Step step, String current) {
            super("step-not-current", null, "step " + step.label() + " is not current for case " + caseNumber
                    + " (current: " + current + ")", caseNumber, step.label(), current);
        }
    }

    /** Two acts on one case raced; this one lost. */
    public static class ConcurrentChange extends Conflict {
        public ConcurrentChange(Object caseRef) {
            super("concurrent-change", null, "case " + caseRef + " was changed concurrently; reload and retry", caseRef);
        }
    }

    /** The task is held by someone else. */
    public static class TaskClaimedByOther extends Conflict {
        public TaskClaimedByOther(String taskId, String holder) {
            super("task-claimed-by-other", null, "task " + taskId + " is claimed by " + holder, taskId, holder);
        }
    }

    /** The review task must be claimed before it is answered. */
    public static class TaskNotClaimed extends Conflict {
        public TaskNotClaimed(String taskId, String caseNumber) {
            super("task-not-claimed", "G118", "claim task " + taskId + " of case " + caseNumber + " before answering it",
                    taskId, caseNumber);
        }
    }

    /** The same investigation record (kind, date, place, officers, content) is already on the case. */
    public static class InvestigationRecordDuplicate extends Conflict {
        public InvestigationRecordDuplicate(String caseNumber) {
            super("investigation-record-duplicate", "APL Art. 55", "case " + caseNumber + " already has this record",
                    caseNumber);
        }
    }

    /** An Idempotency-Key that came with another record before. */
    public static class IdempotencyKeyReused extends Conflict {
        public IdempotencyKeyReused(String key) {
            super("idempotency-key-reused", null, "Idempotency-Key " + key + " was used for another request", key);
        }
    }

    /** At most 100 printable ASCII characters. */
    public static class IdempotencyKeyInvalid extends org.sanxiang.process.RuleViolation {
        public IdempotencyKeyInvalid() {
            super("idempotency-key-invalid", null, "Idempotency-Key", "Idempotency-Key: 1-100 printable ASCII characters");
        }
    }

    /** APL Art. 48 ¶2: only a decision that was made can be changed, revoked, confirmed unlawful or void. */
    public static class CaseNotDecided extends Conflict {
        public CaseNotDecided(String caseNumber) {
            super("case-not-decided", "APL Art. 48", "case " + caseNumber + " has no decision that could fall", caseNumber);
        }
    }

    /** A decision falls once: the second report of it is refused. */
    public static class DecisionAlreadyRevoked extends Conflict {
        public DecisionAlreadyRevoked(String decisionNumber) {
            super("decision-already-revoked", "APL Art. 48", "decision " + decisionNumber + " was already recorded as fallen",
                    decisionNumber);
        }
    }

    /** A 查封/扣押 of the case is still being taken; one at a time. */
    public static class SeizureAlreadyOpen extends Conflict {
        public SeizureAlreadyOpen(String caseNumber) {
            super("seizure-already-open", "ACL Art. 18", "a seizure of case " + caseNumber + " is still open", caseNumber);
        }
    }

    /** APL Art. 56: one 先行登记保存 at a time. */
    public static class PreservationAlreadyOpen extends Conflict {
        public PreservationAlreadyOpen(String caseNumber) {
            super("preservation-already-open", "APL Art. 56", "a preservation of case " + caseNumber + " is still open",
                    caseNumber);
        }
    }

    /**
     * Required step data missing or malformed: 400 naming the field. The reason is a {@link Reason} (a
     * message code with its values), read in the request's language; the page forms' own parse errors still
     * pass a text.
     */
    public static class StepDataInvalid extends RuleViolation {
        public StepDataInvalid(String field, Reason reason) {
            this(field, reason, null);
        }

        /** As above, for data a provision requires: the article is cited in the answer and the record. */
        public StepDataInvalid(String field, Reason reason, String article) {
            super("invalid-input", article, field, field + ": " + reason, field, reason);
        }

        public StepDataInvalid(String field, String reason) {
            this(field, reason, null);
        }

        /** As above, for data a provision requires: the article is cited in the answer and the record. */
        public StepDataInvalid(String field, String reason, String article) {
            super("invalid-input", article, field, field + ": " + reason, field, reason);
        }
    }

    /** A rule-specific 400 with its own stable type and article. */
    public static class Rule extends RuleViolation {
        public Rule(String slug, String article, String field, String detail, Object... args) {
            super(slug, article, field, detail, args);
        }
    }

    /** The actor's role or relation to the case does not allow the act. */
    public static class NotPermitted extends Forbidden {
        public NotPermitted(String slug, String article, String detail, Object... args) {
            super(slug, article, detail, args);
        }
    }
}
