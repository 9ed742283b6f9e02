package org.sanxiang.cases.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of {@code forced_demolition}. */
public class DemolitionRow {
    public long id;
    public long caseId;
    public long orderId;
    public LocalDate noticeOn;
    public LocalDate noticeEndsOn;
    public LocalDate remedyLapsesOn;
    public String challengeKind;
    public LocalDate challengeFiledOn;
    public String reminderNumber;
    public LocalDate remindedOn;
    public LocalDate reminderEndsOn;
    public LocalDate statementHeardOn;
    public Boolean statementAccepted;
    public String decisionNumber;
    public LocalDate decidedOn;
    public LocalDateTime executedFrom;
    public LocalDateTime executedTo;
}
