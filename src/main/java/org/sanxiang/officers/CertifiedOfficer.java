package org.sanxiang.officers;

/** An officer together with the certificate that entitles them to an act. */
public record CertifiedOfficer(Officer officer, Certificate certificate) {
}
