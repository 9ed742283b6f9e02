package org.sanxiang.recording;

/**
 * The last entry of one chain as a checkpoint saw it: {@code caseId} is the chain key — a case id, or
 * the negated body id of an office record ({@link OfficeRecord#chainOf}).
 */
public record ChainHead(long caseId, int seq, String hash) {

    String line() {
        return caseId + ":" + seq + ":" + hash + "\n";
    }
}
