package org.sanxiang.cases;

/** APL Art. 57: the four outcomes of an investigation. */
public enum InvestigationOutcome {
    /** 确有应受行政处罚的违法行为的，给予行政处罚 */
    PENALTY,
    /** 违法行为轻微，依法可以不予行政处罚的，不予行政处罚 */
    NO_PENALTY_MINOR,
    /** 违法事实不能成立的，不予行政处罚 */
    NO_PENALTY_UNPROVEN,
    /** 违法行为涉嫌犯罪的，移送司法机关 */
    TRANSFER;

    public boolean isNoPenalty() {
        return this == NO_PENALTY_MINOR || this == NO_PENALTY_UNPROVEN;
    }
}
