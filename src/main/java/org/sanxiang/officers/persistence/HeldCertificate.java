package org.sanxiang.officers.persistence;

import org.sanxiang.officers.Certificate;

/** A certificate joined with its holder and the holder's body, for lists, exports, warnings and the public check. */
public record HeldCertificate(Certificate certificate, String holderUsername, String holderName, String bodyName) {
}
