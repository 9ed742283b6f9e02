package org.sanxiang.publicity;

/** Why a decision is not published (OGI Art. 14–15; RULES §3). */
public enum BlockReason {
    /** the party is a minor */
    MINOR("当事人为未成年人"),
    STATE_SECRET("涉及国家秘密"),
    TRADE_SECRET("涉及商业秘密"),
    PRIVACY("涉及个人隐私"),
    /** publication would endanger security or social stability (OGI Art. 14) */
    SECURITY("危及国家安全、公共安全、经济安全和社会稳定"),
    /** warning-only decisions where the office does not publish them (configuration) */
    WARNING_ONLY("仅予警告，依本机关规定不予公示"),
    /** the decision fell before it was published */
    DECISION_REVOKED("决定已被变更、撤销或确认违法、无效");

    private final String label;

    BlockReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
