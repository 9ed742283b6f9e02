package org.sanxiang.process;

/** Names of the process variables the models read; the case service is the only writer. */
public final class ProcessVariables {

    public static final String CASE_ID = "caseId";
    /** The case of a publicity process (a numeric {@code caseId} there would make the inbox treat its tasks as case steps). */
    public static final String DECISION_CASE_ID = "decisionCaseId";
    public static final String FILING_APPROVED = "filingApproved";
    /** One of the four APL Art. 57 outcomes, see {@code InvestigationOutcome}. */
    public static final String OUTCOME = "outcome";
    public static final String MAJOR_DECISION = "majorDecision";
    public static final String SERIOUS_OR_COMPLEX = "seriousOrComplex";
    public static final String HEARING_RIGHT = "hearingRight";
    public static final String HEARING_REQUESTED = "hearingRequested";
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    /** The latest review round ended in 同意 / 同意并附意见 (APL Art. 58). */
    public static final String REVIEW_PASSED = "reviewPassed";
    public static final String HEARING_HELD = "hearingHeld";
    public static final String HEARING_WINDOW_CLOSED = "hearingWindowClosed";
    public static final String EXECUTION_REQUIRED = "executionRequired";
    /** The decision carries an order to correct whose follow-up inspection is due (APL Art. 28). */
    public static final String CORRECTION_ORDERED = "correctionOrdered";
    /** The follow-up inspection found a building standing that an order to demolish named (ACL Art. 44). */
    public static final String FORCED_DEMOLITION = "forcedDemolition";
    /** The party's statement after the reminder was accepted (ACL Art. 36): no forced demolition. */
    public static final String STATEMENT_ACCEPTED = "statementAccepted";
    /** A reconsideration or lawsuit against the decision was filed in time (ACL Art. 44): no forced demolition. */
    public static final String DEMOLITION_CHALLENGED = "demolitionChallenged";

    private ProcessVariables() {
    }
}
