package org.sanxiang.calendar.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of {@code case_deadline}; mutable for MyBatis (generated key on insert). */
public class CaseDeadlineEntity {

    private Long id;
    private long caseId;
    private String ruleKey;
    private LocalDate startDate;
    private LocalDate dueDate;
    private boolean provisional;
    private boolean extended;
    private int suspendedDays;
    private String status;
    private LocalDate finishedOn;
    private LocalDateTime createdAt;
    /** Read only: number of open suspensions. */
    private int openSuspensions;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getCaseId() { return caseId; }
    public void setCaseId(long caseId) { this.caseId = caseId; }
    public String getRuleKey() { return ruleKey; }
    public void setRuleKey(String ruleKey) { this.ruleKey = ruleKey; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public boolean isProvisional() { return provisional; }
    public void setProvisional(boolean provisional) { this.provisional = provisional; }
    public boolean isExtended() { return extended; }
    public void setExtended(boolean extended) { this.extended = extended; }
    public int getSuspendedDays() { return suspendedDays; }
    public void setSuspendedDays(int suspendedDays) { this.suspendedDays = suspendedDays; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public LocalDate getFinishedOn() { return finishedOn; }
    public void setFinishedOn(LocalDate finishedOn) { this.finishedOn = finishedOn; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public int getOpenSuspensions() { return openSuspensions; }
    public void setOpenSuspensions(int openSuspensions) { this.openSuspensions = openSuspensions; }
}
