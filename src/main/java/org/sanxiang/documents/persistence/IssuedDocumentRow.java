package org.sanxiang.documents.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The row of an issue, as inserted (the id is set by the insert). */
public class IssuedDocumentRow {
    public long id;
    public long caseId;
    public long bodyId;
    public String bodyName;
    public String kind;
    public String title;
    public int version;
    public String documentNumber;
    public String verificationCode;
    public LocalDate issuedOn;
    public String issuedBy;
    public LocalDateTime issuedAt;
    public String sha256;
    public long sizeBytes;
    public int pageCount;
    public String reissueReason;
}
