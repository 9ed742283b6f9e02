package org.sanxiang.officers;

/** Status of an enforcement certificate (RULES §6). EXPIRED is derived from the validity end, never stored by hand. */
public enum CertificateStatus {
    VALID, SUSPENDED, CANCELLED, REVOKED, EXPIRED;

    /** Cancelled and revoked certificates never become valid again. */
    public boolean isFinal() {
        return this == CANCELLED || this == REVOKED;
    }
}
