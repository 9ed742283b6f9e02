package org.sanxiang.officers;

/**
 * An officer who holds no certificate in force on a date: {@code reason} is the status of their most
 * recent certificate (SUSPENDED, REVOKED, EXPIRED, CANCELLED) or NONE when they never held one, or
 * NOT_COVERED when a certificate is in force but does not cover the matter's field or area. A case with
 * such a handler must be reassigned (需要更换承办人).
 */
public record LapsedOfficer(Officer officer, String reason, String certificateNumber) {
}
