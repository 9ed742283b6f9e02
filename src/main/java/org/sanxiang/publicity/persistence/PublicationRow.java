package org.sanxiang.publicity.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of {@code publication}. */
public class PublicationRow {
    public long id;
    public String decisionNumber;
    public long caseId;
    public long bodyId;
    public String bodyName;
    public String decisionKind;
    public String status;
    public String partyKind;
    public String partyDisplay;
    public String creditCode;
    public String legalRepresentative;
    public String matterName;
    public String violation;
    public String legalBasis;
    public String penaltyBasis;
    public String penaltyTypes;
    public String penaltyContent;
    public BigDecimal fineAmount;
    public LocalDate decidedOn;
    public String decidedBy;
    public String redactedFields;
    public String dueRule;
    public LocalDate dueDate;
    public boolean overdue;
    public String checkedBy;
    public LocalDateTime checkedAt;
    public String publishedBy;
    public LocalDateTime publishedAt;
    public LocalDate publishedOn;
    public LocalDate displayUntil;
    public String blockReason;
    public String blockDetail;
    public String withdrawalReason;
    public String withdrawalDetail;
    public String withdrawalSource;
    public LocalDate withdrawalStartedOn;
    public LocalDate withdrawalDue;
    public String withdrawnBy;
    public LocalDate withdrawnOn;
    public String processInstanceId;
    public LocalDateTime createdAt;
    public int version;
}
