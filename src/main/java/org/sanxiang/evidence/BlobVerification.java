package org.sanxiang.evidence;

import java.time.LocalDateTime;

/**
 * The result of re-hashing an evidence file: {@code intact} when the stored bytes still have the hash the
 * chain's {@code EVIDENCE_ADDED} entry recorded ({@code chainSha256}) and the item's row still names that hash
 * ({@code recordedSha256}, column {@code evidence_item.sha256}) — a row updated to point at another file is
 * caught as surely as a file replaced under its name.
 */
public record BlobVerification(long evidenceId, String recordedSha256, String actualSha256, boolean present,
        boolean intact, LocalDateTime verifiedAt, String chainSha256) {
}
