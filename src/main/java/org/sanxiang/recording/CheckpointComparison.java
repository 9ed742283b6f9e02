package org.sanxiang.recording;

/**
 * A case's chain compared with every checkpoint that covered it — those stored in the database and those in
 * the append-only checkpoint file: a chain rewritten with recomputed hashes still verifies on its own but no
 * longer matches the head a signed checkpoint saw, and deleting the checkpoint rows leaves the file's lines.
 *
 * @param checkpoints         checkpoints in the database that covered the case
 * @param consistent          every checkpoint is authentic, its head for the case is still in the chain, and every
 *                            checkpoint of the file that saw the case is still in the database, unchanged
 * @param firstMismatchCheckpoint the first checkpoint that did not match, or null
 * @param mismatchAtSeq       the sequence number that checkpoint saw as the head, or null
 * @param fileCheckpoints     checkpoints of the append-only file that saw the case
 * @param missingFromDatabase of those, the ones whose row is gone from the database or differs
 */
public record CheckpointComparison(long caseId, int checkpoints, boolean consistent, Long firstMismatchCheckpoint,
        Integer mismatchAtSeq, int fileCheckpoints, int missingFromDatabase) {
}
