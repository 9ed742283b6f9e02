package org.sanxiang.evidence;

import java.time.LocalDateTime;

/** The result of re-hashing an evidence file: {@code intact} when the stored bytes still have the recorded hash. */
public record BlobVerification(long evidenceId, String recordedSha256, String actualSha256, boolean present,
        boolean intact, LocalDateTime verifiedAt) {
}
