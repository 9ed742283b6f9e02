package org.sanxiang.evidence;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A stored evidence item. Never deleted: {@code excluded} with its reason marks evidence not to be used (APL Art. 46).
 * {@code taskId} is the engine task instance of {@code step} the item belongs to (null: the step as a whole, as
 * for items stored before the binding existed).
 */
public record EvidenceItem(long id, long caseId, EvidenceType type, String step, String taskId, Long investigationRecordId,
        String fileName, String description, LocalDateTime capturedAt, String place, List<Long> officerIds,
        Integer durationSeconds, String contentType, long size, String sha256, String uploadedBy,
        LocalDateTime uploadedAt, boolean excluded, String exclusionReason, String excludedBy,
        LocalDateTime excludedAt) {
}
