package org.sanxiang.recording;

/** The last entry of one case's chain as a checkpoint saw it. */
public record ChainHead(long caseId, int seq, String hash) {

    String line() {
        return caseId + ":" + seq + ":" + hash + "\n";
    }
}
