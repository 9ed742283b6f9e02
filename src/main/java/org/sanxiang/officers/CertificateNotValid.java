package org.sanxiang.officers;

import org.sanxiang.process.RuleViolation;

/** APL Art. 42: an officer without a certificate valid for the matter's field and area may not act. */
public class CertificateNotValid extends RuleViolation {

    public CertificateNotValid(String field, String officerName, String matterField, String area, Object date) {
        super("certificate-not-valid", "APL Art. 42", field,
                officerName + " has no enforcement certificate valid for " + matterField + " in " + area + " on " + date,
                officerName, matterField, area, date);
    }
}
