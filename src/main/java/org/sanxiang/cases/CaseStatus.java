package org.sanxiang.cases;

/** Where a case stands, as shown in lists (the engine holds the authoritative position). */
public enum CaseStatus {
    /** 案源登记: registered lead, awaiting the filing decision. */
    LEAD,
    NOT_FILED,
    FILED,
    INVESTIGATED,
    REVIEWED,
    NOTIFIED,
    DECIDED,
    SERVED,
    EXECUTED,
    TRANSFERRED,
    CLOSED,
    ARCHIVED
}
