package org.sanxiang.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.sanxiang.web.persistence.LoginThrottleMapper;
import org.sanxiang.web.persistence.LoginThrottleRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing (issue 15 finding 6, issue 21, issue 18 item 2) on every way in that checks a
 * password: the login form and HTTP Basic on the API.
 *
 * <ul>
 * <li>Failures are counted per (username, address) and per address, never per username alone: a stranger's
 * guesses from elsewhere count against the stranger's address, and the owner from their usual address still
 * signs in. Nothing is ever locked for good.</li>
 * <li>The first {@code free-failures} failures of a pair (and {@code address-free-failures} of an address) cost
 * nothing, so a correct password typed a second after a typo signs in; each failure after them blocks the pair
 * (the address) for {@code base-delay} doubled per further failure, at most {@code max-delay}. A refused
 * attempt while blocked is not checked and not counted.</li>
 * <li>A success clears its pair's count (not its address's); a count with no failure for {@code forget-after}
 * starts again.</li>
 * <li>The counts are rows of {@code login_throttle}, so every node of a cluster shares them; an administrator
 * clears them ({@link LoginThrottleController}).</li>
 * </ul>
 * Camunda's own lock is switched off ({@link IdentityLockConfiguration}), so this is the only throttle.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger("org.sanxiang.security");
    static final int MAX_USERNAME = 128;
    static final int MAX_ADDRESS = 64;
    /** The address-wide count's username. */
    static final String ANY_USER = "";

    private final LoginThrottleMapper counts;
    private final Clock clock;
    private final int freeFailures;
    private final int addressFreeFailures;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final AtomicInteger sinceSweep = new AtomicInteger();

    @Autowired
    LoginThrottle(LoginThrottleMapper counts, Clock clock,
            @Value("${sanxiang.security.login.free-failures:3}") int freeFailures,
            @Value("${sanxiang.security.login.address-free-failures:20}") int addressFreeFailures,
            @Value("${sanxiang.security.login.base-delay:PT2S}") Duration baseDelay,
            @Value("${sanxiang.security.login.max-delay:PT15M}") Duration maxDelay,
            @Value("${sanxiang.security.login.forget-after:PT1H}") Duration forgetAfter) {
        this.counts = counts;
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.addressFreeFailures = addressFreeFailures;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
    }

    /** The same throttle on another clock (tests move time on). */
    LoginThrottle withClock(Clock other) {
        return new LoginThrottle(counts, other, freeFailures, addressFreeFailures, baseDelay, maxDelay, forgetAfter);
    }

    static String user(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > MAX_USERNAME ? u.substring(0, MAX_USERNAME) : u;
    }

    static String address(String address) {
        String a = address == null ? "-" : address;
        return a.length() > MAX_ADDRESS ? a.substring(0, MAX_ADDRESS) : a;
    }

    /** While the pair or the address is blocked, the instant the block ends; otherwise null. */
    public Instant blockedUntil(String username, String address) {
        Instant now = clock.instant();
        LocalDateTime until = counts.selectBlockedUntil(user(username), address(address), utc(now));
        return until == null ? null : until.toInstant(ZoneOffset.UTC);
    }

    /** Counts a failed password check; returns the end of the block it causes, or null when it costs nothing. */
    public Instant failed(String username, String address) {
        Instant now = clock.instant();
        String u = user(username);
        String a = address(address);
        Instant until = null;
        if (!u.isEmpty()) {
            until = later(until, blockAfter(u, a, freeFailures, now));
        }
        until = later(until, blockAfter(ANY_USER, a, addressFreeFailures, now));
        if (until != null) {
            log.warn("login throttled: user={} address={} until={}", u, a, until);
        }
        if (sinceSweep.incrementAndGet() % 100 == 0) {
            forgetStale(now);
        }
        return until;
    }

    /** A successful login clears the failures of its pair; the address's count stays. */
    public void succeeded(String username, String address) {
        String u = user(username);
        if (!u.isEmpty()) {
            counts.deletePair(u, address(address));
        }
    }

    /** The counts an administrator sees, latest failure first. */
    public List<LoginThrottleRow> counts(int limit) {
        return counts.selectCounts(Math.max(1, Math.min(limit, 500)));
    }

    /** Clears every count of a username (from every address); returns the number cleared. */
    public int unlockUser(String username) {
        String u = user(username);
        return u.isEmpty() ? 0 : counts.deleteUser(u);
    }

    /** Clears every count of an address (its own and its pairs). */
    public int unlockAddress(String address) {
        return address == null || address.isBlank() ? 0 : counts.deleteAddress(address(address.strip()));
    }

    /** Whole seconds (at least 1) from now on the office clock until {@code until}. */
    public long secondsUntil(Instant until) {
        return Math.max(1, Duration.between(clock.instant(), until).toSeconds() + 1);
    }

    public int freeFailures() {
        return freeFailures;
    }

    public long maxDelayMinutes() {
        return Math.max(1, maxDelay.toMinutes());
    }

    /** The block after the {@code n}-th failure: none up to {@code free}, then base doubled per failure, capped. */
    Duration delayAfter(int n, int free) {
        if (n <= free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(n - free - 1, 30);
        Duration d = baseDelay.multipliedBy(1L << doublings);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    private Instant blockAfter(String u, String a, int free, Instant now) {
        int n = countFailure(u, a, now);
        Duration delay = delayAfter(n, free);
        if (delay.isZero()) {
            return null;
        }
        Instant until = now.plus(delay);
        counts.block(u, a, utc(until));
        return until;
    }

    /** One more failure, atomically: the update, or the first row (a racing first row makes it an update). */
    private int countFailure(String u, String a, Instant now) {
        LocalDateTime at = utc(now);
        LocalDateTime forgetBefore = utc(now.minus(forgetAfter));
        if (counts.countFailure(u, a, at, forgetBefore) == 0) {
            try {
                counts.insertFirstFailure(u, a, at);
            } catch (DuplicateKeyException raced) {
                counts.countFailure(u, a, at, forgetBefore);
            }
        }
        Integer n = counts.selectFailures(u, a);
        return n == null ? 1 : n;
    }

    private void forgetStale(Instant now) {
        try {
            counts.deleteStale(utc(now.minus(forgetAfter)), utc(now));
        } catch (DataAccessException e) {
            log.debug("stale login counts not removed this time: {}", e.toString());
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : (b.isAfter(a) ? b : a);
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
