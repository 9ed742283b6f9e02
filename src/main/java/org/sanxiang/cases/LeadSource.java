package org.sanxiang.cases;

/** Where a lead (案源) came from. */
public enum LeadSource {
    INSPECTION, COMPLAINT, REFERRAL, HOTLINE_12345, TRANSFER, OTHER
}
