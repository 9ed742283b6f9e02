package org.sanxiang.recording;

import java.time.LocalDateTime;

/**
 * A signed statement of every chain's head at one moment: {@code digest} is the SHA-256 of the
 * lines {@code <caseId>:<seq>:<hash>\n} in numeric order of the chain key (office records, keyed by the
 * negated body id, come first); the Ed25519 {@code signature} (Base64) covers
 * {@link #signedText()}; {@code publicKey} is the X.509 (Base64) key to check it with.
 */
public record Checkpoint(long id, LocalDateTime createdAt, int chains, long entries, String digest, String signature,
        String publicKey) {

    public static final String FORMAT = "sanxiang-checkpoint/1";

    /** The exact text signed. */
    public String signedText() {
        return signedText(createdAt, chains, entries, digest);
    }

    static String signedText(LocalDateTime createdAt, int chains, long entries, String digest) {
        return FORMAT + " " + createdAt + " " + chains + " " + entries + " " + digest;
    }
}
