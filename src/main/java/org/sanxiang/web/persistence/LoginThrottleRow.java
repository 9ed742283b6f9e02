package org.sanxiang.web.persistence;

import java.time.LocalDateTime;

/** A count of failed logins: of a username from an address, or (username '') of an address. */
public record LoginThrottleRow(String username, String address, int failures, LocalDateTime lastFailureAt,
        LocalDateTime blockedUntil) {
}
