package org.sanxiang.publicity;

/** Where a publication stands. */
public enum PublicationStatus {
    /** redacted automatically, awaiting the second person's check */
    DRAFT,
    /** checked, about to be published */
    CHECKED,
    /** on the public list */
    PUBLISHED,
    /** taken down because the decision was changed, revoked, found unlawful or void (APL Art. 48) */
    WITHDRAWN,
    /** the display period ended: off the public list, still in the record */
    EXPIRED,
    /** not published, with the reason recorded (OGI Art. 14–15; RULES §3) */
    BLOCKED
}
