package org.sanxiang.cases.persistence;

import java.time.LocalDateTime;

import org.sanxiang.cases.CaseViews.InboxItem;

/** One inbox or review-list row as our tables hold it; the matter's name comes from the officers module. */
public record InboxRow(String taskId, long caseId, String caseNumber, String step, String stepName,
        String partyName, long matterId, String assignee, String candidateGroup, LocalDateTime dueDate,
        LocalDateTime createdAt, boolean overdue, String returnedReason) {

    public InboxItem withMatterName(String matterName) {
        return new InboxItem(taskId, caseId, caseNumber, step, stepName, partyName, matterName, assignee,
                candidateGroup, dueDate, createdAt, overdue, returnedReason);
    }
}
