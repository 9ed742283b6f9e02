package org.sanxiang.publicity;

/** Why a decision is not published (OGI Art. 14–15; RULES §3); labels {@code label.block-reason.*} in the bundles. */
public enum BlockReason {
    /** the party is a minor */
    MINOR,
    STATE_SECRET,
    TRADE_SECRET,
    PRIVACY,
    /** publication would endanger security or social stability (OGI Art. 14) */
    SECURITY,
    /** warning-only decisions where the office does not publish them (configuration) */
    WARNING_ONLY,
    /** the decision fell before it was published */
    DECISION_REVOKED;

    /** The reason in the words of the record and the public list. */
    public String label() {
        return PublicityTexts.text("label.block-reason." + name());
    }
}
