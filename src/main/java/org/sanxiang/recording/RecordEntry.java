package org.sanxiang.recording;

import java.time.LocalDateTime;

/** A stored entry of a case's record. */
public record RecordEntry(long id, long caseId, int seq, String act, String step, String actor, String article,
        String summary, String payload, LocalDateTime recordedAt, String prevHash, String hash) {
}
