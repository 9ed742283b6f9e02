package org.sanxiang.publicity;

/**
 * Where a party seeks a remedy against the body's decisions (行政复议机关, the court of an
 * administrative action) and where anyone complains about an enforcement act. Official contacts of
 * the body, never a person's.
 */
public record RemedyChannel(String reviewOrgan, String reviewAddress, String court, String courtAddress,
        String complaintOrgan, String complaintPhone, String complaintAddress, String complaintEmail,
        String officeHours) {
}
