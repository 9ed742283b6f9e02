package org.sanxiang.officers;

import java.time.LocalDateTime;

/** One entry of a certificate's status history: what was done, from which status to which, why, by whom, when. */
public record CertificateStatusChange(long id, long certificateId, String action, String fromStatus, String toStatus,
        String reason, String changedBy, LocalDateTime changedAt) {
}
