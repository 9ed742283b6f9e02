package org.sanxiang.publicity;

/**
 * Variable names of {@code bpmn/publicity.bpmn}. The case id is {@code decisionCaseId}, not
 * {@code caseId}: the cases module treats every task of a process with a numeric {@code caseId} as a
 * step of the case itself (inbox, current step, completion guard).
 */
public final class PublicityVariables {

    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String DECISION_CASE_ID = "decisionCaseId";
    public static final String DECIDED_ON = "decidedOn";
    public static final String DUE_RULE = "dueRule";
    public static final String PUBLICATION_ID = "publicationId";
    public static final String BLOCKED = "blocked";
    public static final String APPROVED = "approved";
    public static final String DISPLAY_UNTIL = "displayUntil";
    public static final String REVOKED_ON = "revokedOn";

    private PublicityVariables() {
    }
}
