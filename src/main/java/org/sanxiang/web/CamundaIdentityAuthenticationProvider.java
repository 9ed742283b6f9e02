package org.sanxiang.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.sanxiang.cluster.CacheVersions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates against Camunda's identity service, so one account works in Sanxiang, Tasklist and
 * Cockpit. Each group becomes an authority {@code GROUP_<id>}; the groups are Sanxiang's roles.
 *
 * <p>The JSON API is stateless HTTP Basic: every request carries the password. A password checked by
 * the identity service is remembered for a short time ({@code sanxiang.security.verified-credentials-ttl},
 * 10 s; 0 turns it off) with the user's groups, so a client's burst of calls costs one check and one group
 * query instead of one per call (issue 9). What is kept is an HMAC of username and password under a key
 * made at start-up, never the password. Any failed attempt for a username forgets it at once, so a lock
 * by Camunda after failed attempts takes effect on the next request. A password, lock or group change made
 * through the engine on any node of a cluster (Camunda's admin, the engine REST API, our code) moves the
 * {@link CacheVersions#VERIFIED_CREDENTIALS} version, which drops this cache on every node within
 * {@code sanxiang.cluster.cache-check-interval} (1 s); a change written by hand in the database is seen
 * within the TTL. A failed attempt on another node for a user cached here is seen the same way only when
 * that node had the user cached too; otherwise within the TTL.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    static final String GROUP_PREFIX = org.sanxiang.process.Roles.AUTHORITY_PREFIX;
    /** More distinct users than this (e.g. a scan of usernames with right passwords) and it starts afresh. */
    static final int MAX_ENTRIES = 10_000;

    private record Verified(byte[] credentials, List<SimpleGrantedAuthority> authorities, long version, long expiresAtNanos) {
    }

    private final IdentityService identity;
    private final CacheVersions versions;
    private final long ttlNanos;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    CamundaIdentityAuthenticationProvider(IdentityService identity, CacheVersions versions,
            @Value("${sanxiang.security.verified-credentials-ttl:PT10S}") Duration ttl) {
        this.identity = identity;
        this.versions = versions;
        this.ttlNanos = ttl.toNanos();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (username == null || username.isBlank()) {
            throw new BadCredentialsException("bad credentials");
        }
        byte[] credentials = ttlNanos > 0 ? mac(username, password) : null;
        long version = credentials != null ? versions.version(CacheVersions.VERIFIED_CREDENTIALS) : 0;
        if (credentials != null) {
            Verified v = verified.get(username);
            if (v != null && v.version() == version && System.nanoTime() - v.expiresAtNanos() < 0
                    && MessageDigest.isEqual(v.credentials(), credentials)) {
                return UsernamePasswordAuthenticationToken.authenticated(username, null, v.authorities());
            }
        }
        if (!identity.checkPassword(username, password)) {
            if (verified.remove(username) != null) {
                // a failed attempt may have locked the account (Camunda's login attempts): every node forgets it
                versions.changed(CacheVersions.VERIFIED_CREDENTIALS);
            }
            throw new BadCredentialsException("bad credentials");
        }
        List<SimpleGrantedAuthority> authorities = identity.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId).map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id)).toList();
        if (credentials != null) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(username, new Verified(credentials, authorities, version, System.nanoTime() + ttlNanos));
        }
        return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
    }

    private byte[] mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
