package org.sanxiang.publicity;

/** Why a published decision is withdrawn (APL Art. 48 ¶2); labels {@code label.withdrawal-reason.*} in the bundles. */
public enum WithdrawalReason {
    CHANGED, REVOKED, UNLAWFUL, VOID;

    /** The reason in the words of the record and the public withdrawal notice. */
    public String label() {
        return PublicityTexts.text("label.withdrawal-reason." + name());
    }
}
