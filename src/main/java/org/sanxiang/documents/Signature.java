package org.sanxiang.documents;

import java.time.LocalDateTime;

/** A signature on a document (its image's SHA-256), or a refusal to sign with reason and witness. */
public record Signature(long id, long caseId, String kind, String signer, String sha256, String refusalReason,
        String witness, String recordedBy, LocalDateTime recordedAt) {

    public boolean refused() {
        return sha256 == null;
    }
}
