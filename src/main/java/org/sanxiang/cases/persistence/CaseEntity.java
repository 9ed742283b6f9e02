package org.sanxiang.cases.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of {@code enf_case}; mutable only for MyBatis (generated key on insert). */
public class CaseEntity {
    public Long id;
    public String caseNumber;
    public long bodyId;
    public String procedureKind;
    public String status;
    public String currentStep;
    public String leadSource;
    public long matterId;
    public String facts;
    public LocalDate actDate;
    public LocalDate discoveredOn;
    public String place;
    public boolean harmsLifeHealthOrFinance;
    public String outcome;
    public BigDecimal proposedFine;
    public String processInstanceId;
    public String createdBy;
    public LocalDateTime createdAt;
    public LocalDateTime filedAt;
    public LocalDateTime decidedAt;
    public LocalDateTime closedAt;
    public LocalDateTime archivedAt;
    public int version;
}
