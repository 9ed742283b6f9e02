package org.sanxiang.publicity;

/** Why a published decision is withdrawn (APL Art. 48 ¶2). */
public enum WithdrawalReason {
    CHANGED("行政处罚决定被依法变更"),
    REVOKED("行政处罚决定被依法撤销"),
    UNLAWFUL("行政处罚决定被确认违法"),
    VOID("行政处罚决定被确认无效");

    private final String label;

    WithdrawalReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
