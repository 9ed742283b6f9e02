package org.sanxiang.publicity.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Row of {@code publication_input}: a decision as the cases module reported it, stored until the
 * automatic redaction drafted its publication (then deleted). Holds unredacted personal data.
 */
public class PublicationInputRow {
    public String decisionNumber;
    public long caseId;
    public long bodyId;
    public String decisionKind;
    public LocalDate decidedOn;
    public String decidedBy;
    public String partyKind;
    public String partyName;
    public String partyIdNumber;
    public String partyCreditCode;
    public String legalRepresentative;
    public String matterName;
    public String facts;
    public String legalBasis;
    public String penaltyBasis;
    /** APL Art. 9 types, comma-separated */
    public String penaltyTypes;
    public BigDecimal fineAmount;
    public String reasons;
    /** names, one per line */
    public String otherPersons;
    public LocalDateTime createdAt;
}
