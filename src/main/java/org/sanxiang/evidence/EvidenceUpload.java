package org.sanxiang.evidence;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an uploader says about a file; the content type, size and hash come from the bytes.
 *
 * @param step                  the BPMN task id of the step the evidence belongs to
 * @param investigationRecordId the investigation record it belongs to, if any (checked by the caller)
 * @param officerIds            officers present at the capture
 * @param durationSeconds       length of an audio-video recording
 */
public record EvidenceUpload(EvidenceType type, String step, Long investigationRecordId, String fileName,
        String description, LocalDateTime capturedAt, String place, List<Long> officerIds, Integer durationSeconds) {

    public EvidenceUpload {
        officerIds = officerIds == null ? List.of() : List.copyOf(officerIds);
    }
}
