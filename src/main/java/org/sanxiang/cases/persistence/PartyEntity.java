package org.sanxiang.cases.persistence;

/** Row of {@code party}. */
public class PartyEntity {
    public Long id;
    public long caseId;
    public String kind;
    public String name;
    public String idNumber;
    public String creditCode;
    public String legalRepresentative;
    public String phone;
    public String address;
}
