package org.sanxiang.recording;

/**
 * A case's chain compared with every checkpoint that covered it: a chain rewritten with recomputed
 * hashes still verifies on its own but no longer matches the head a signed checkpoint saw.
 *
 * @param checkpoints         checkpoints that covered the case
 * @param consistent          every checkpoint is authentic and its head for the case is still in the chain
 * @param firstMismatchCheckpoint the first checkpoint that did not match, or null
 * @param mismatchAtSeq       the sequence number that checkpoint saw as the head, or null
 */
public record CheckpointComparison(long caseId, int checkpoints, boolean consistent, Long firstMismatchCheckpoint,
        Integer mismatchAtSeq) {
}
