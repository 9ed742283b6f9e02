package org.sanxiang.officers;

import java.time.LocalDate;

/** The national legal-profession qualification (法律职业资格证书) of a legal reviewer (APL Art. 58). */
public record LegalQualification(long officerId, String certificateNumber, LocalDate qualifiedOn) {
}
