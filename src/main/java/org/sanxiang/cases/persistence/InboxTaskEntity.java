package org.sanxiang.cases.persistence;

import java.time.LocalDateTime;

/** Row of the inbox read model {@code inbox_task}. */
public class InboxTaskEntity {
    public String taskId;
    public long caseId;
    public String processInstanceId;
    public String step;
    public String name;
    public String assignee;
    public String candidateGroup;
    public LocalDateTime dueDate;
    public LocalDateTime createdAt;
    /** the reviewer's corrections when the task opened again after 退回补正, else null */
    public String returnedReason;
}
