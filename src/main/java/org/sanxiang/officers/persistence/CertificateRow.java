package org.sanxiang.officers.persistence;

import java.time.LocalDate;

/** Row of {@code certificate}; mutable only for MyBatis (generated key on insert). */
public class CertificateRow {
    public Long id;
    public long officerId;
    public String number;
    public String issuingAuthority;
    public String fields;
    public String area;
    public LocalDate validFrom;
    public LocalDate validTo;
    public String status;
    public LocalDate annualReviewDue;
}
