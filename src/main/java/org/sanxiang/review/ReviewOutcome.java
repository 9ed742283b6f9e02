package org.sanxiang.review;

/** The outcome of a review round (G118; RULES §4). */
public enum ReviewOutcome {
    /** 同意 */
    AGREE,
    /** 同意并附意见 */
    AGREE_WITH_COMMENTS,
    /** 退回补正: the handlers correct and resubmit; a new round opens */
    RETURN,
    /** 不同意: goes to the heads' collective discussion */
    DISAGREE,
    /** 建议移送司法机关 */
    TRANSFER;

    public boolean passed() {
        return this == AGREE || this == AGREE_WITH_COMMENTS;
    }
}
