package org.sanxiang.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One issued version of a document: its number, verification code, date and the SHA-256 of its PDF. */
public record IssuedDocument(long id, long caseId, long bodyId, String bodyName, String kind, String title, int version,
        String documentNumber, String verificationCode, LocalDate issuedOn, String issuedBy, LocalDateTime issuedAt,
        String sha256, long sizeBytes, int pageCount, String reissueReason) {
}
