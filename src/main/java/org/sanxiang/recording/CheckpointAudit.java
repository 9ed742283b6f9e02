package org.sanxiang.recording;

import java.util.List;

/**
 * The database's checkpoints compared with the append-only checkpoint file (G118 防删改).
 *
 * @param inDatabase   checkpoint rows
 * @param inFile       authentic checkpoint lines of the file (signed with the office's key, digest of their heads)
 * @param consistent   every line has its row, the same, and every row its line
 * @param missingFromDatabase checkpoints the file holds whose row is gone — what a database superuser deletes to
 *                     hide a rewrite
 * @param differing    checkpoints whose row or heads differ from their line
 * @param notInFile    rows no line of the file backs (a row forged in the database)
 * @param notAuthentic lines that are not the office's (bad signature, wrong key, heads not matching the digest)
 */
public record CheckpointAudit(int inDatabase, int inFile, boolean consistent, List<Long> missingFromDatabase,
        List<Long> differing, List<Long> notInFile, List<Long> notAuthentic) {
}
