package org.sanxiang.cases.persistence;

import java.time.LocalDate;

/** Row of {@code correction_order}. */
public class CorrectionOrderRow {
    public long id;
    public long caseId;
    public String decisionNumber;
    public String kind;
    public String requirement;
    public int periodDays;
    public LocalDate orderedOn;
    public LocalDate servedOn;
    public LocalDate dueOn;
    public LocalDate inspectedOn;
    public Boolean corrected;
    public String findings;
    public String followUp;
}
