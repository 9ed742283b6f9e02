package org.sanxiang.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Throttles password guessing on the login form: after {@code maxFailures} failures for one
 * username from one address within {@code window}, that pair is locked for {@code lockFor}. In
 * memory, per node: a restart or another node forgets, which is acceptable for a township office.
 */
@Component
@RequiredArgsConstructor
public class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Duration lockFor;
    private final Clock clock;
    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    LoginThrottle(@Value("${sanxiang.security.login.max-failures:5}") int maxFailures,
            @Value("${sanxiang.security.login.window:PT15M}") Duration window,
            @Value("${sanxiang.security.login.lock-for:PT15M}") Duration lockFor) {
        this(maxFailures, window, lockFor, Clock.systemUTC());
    }

    private static final class Attempts {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil;
    }

    static String key(String username, String address) {
        return (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)) + "|" + address;
    }

    /** When the pair is locked, the instant the lock ends; otherwise null. */
    public Instant lockedUntil(String username, String address) {
        Attempts a = attempts.get(key(username, address));
        if (a == null) {
            return null;
        }
        synchronized (a) {
            Instant now = clock.instant();
            if (a.lockedUntil != null && now.isBefore(a.lockedUntil)) {
                return a.lockedUntil;
            }
            return null;
        }
    }

    /** Counts a failure; returns true when this failure locks the pair. */
    public boolean failed(String username, String address) {
        Attempts a = attempts.computeIfAbsent(key(username, address), k -> new Attempts());
        synchronized (a) {
            Instant now = clock.instant();
            while (!a.failures.isEmpty() && a.failures.peekFirst().isBefore(now.minus(window))) {
                a.failures.removeFirst();
            }
            a.failures.addLast(now);
            if (a.failures.size() >= maxFailures) {
                a.lockedUntil = now.plus(lockFor);
                a.failures.clear();
                return true;
            }
            return false;
        }
    }

    /** A successful login clears the pair's failures. */
    public void succeeded(String username, String address) {
        attempts.remove(key(username, address));
    }

    public int maxFailures() {
        return maxFailures;
    }

    public long lockMinutes() {
        return lockFor.toMinutes();
    }
}
