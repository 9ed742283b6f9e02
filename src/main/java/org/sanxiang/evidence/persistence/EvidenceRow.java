package org.sanxiang.evidence.persistence;

import java.time.LocalDateTime;

/** A row of {@code evidence_item}. */
public class EvidenceRow {
    public long id;
    public long caseId;
    public String evidenceType;
    public String step;
    /** The engine task instance of {@code step} the item belongs to; null: the step as a whole (rows before V70). */
    public String taskId;
    public Long investigationRecordId;
    public String fileName;
    public String description;
    public LocalDateTime capturedAt;
    public String place;
    public String officerIds;
    public Integer durationSeconds;
    public String contentType;
    public long sizeBytes;
    public String sha256;
    public String uploadedBy;
    public LocalDateTime uploadedAt;
    public boolean excluded;
    public String exclusionReason;
    public String excludedBy;
    public LocalDateTime excludedAt;
}
