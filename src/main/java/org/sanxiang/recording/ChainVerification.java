package org.sanxiang.recording;

/**
 * Result of re-hashing a case's record.
 *
 * @param entries    entries checked
 * @param valid      every hash matched and every link pointed at its predecessor
 * @param brokenAtSeq the first entry that failed, or null
 */
public record ChainVerification(long caseId, int entries, boolean valid, Integer brokenAtSeq) {
}
