package org.sanxiang.officers;

import java.util.Set;

/** What an administrator may do to a certificate's status, and from which stored status. */
public enum StatusAction {
    /** 暂扣: temporarily withdrawn (e.g. during an investigation of the officer). */
    SUSPEND(Set.of(CertificateStatus.VALID), CertificateStatus.SUSPENDED),
    /** 恢复: a suspension ends. */
    REINSTATE(Set.of(CertificateStatus.SUSPENDED), CertificateStatus.VALID),
    /** 注销: the officer left the post or the certificate is surrendered. */
    CANCEL(Set.of(CertificateStatus.VALID, CertificateStatus.SUSPENDED), CertificateStatus.CANCELLED),
    /** 吊销: withdrawn as a sanction. */
    REVOKE(Set.of(CertificateStatus.VALID, CertificateStatus.SUSPENDED), CertificateStatus.REVOKED);

    private final Set<CertificateStatus> from;
    private final CertificateStatus to;

    StatusAction(Set<CertificateStatus> from, CertificateStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(CertificateStatus stored) {
        return from.contains(stored);
    }

    public CertificateStatus target() {
        return to;
    }
}
