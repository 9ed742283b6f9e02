package org.sanxiang.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invalidation of in-memory caches across nodes: one row per cache in {@code cluster_cache_version}. A node
 * that changes what a cache holds calls {@link #changed(String)}, which adds one to the row once its own
 * transaction has committed (in a short transaction of its own, so no writer holds the row's lock for
 * longer than one statement). A cache keeps with each entry the {@link #version(String)} it was loaded at
 * and drops the entry when the version moved. {@link #version(String)} reads the row at most once per
 * {@code sanxiang.cluster.cache-check-interval} (1 s) per node, so a change committed on another node is
 * seen within that interval plus the time of the other node's after-commit update.
 */
@Component
public class CacheVersions {

    /** The reviewer task counts ({@code cases.ReviewTaskCountCache}). */
    public static final String REVIEW_TASK_COUNTS = "review-task-counts";
    /** The verified-credentials cache of the HTTP Basic API ({@code web.CamundaIdentityAuthenticationProvider}). */
    public static final String VERIFIED_CREDENTIALS = "verified-credentials";

    private static final Logger log = LoggerFactory.getLogger(CacheVersions.class);

    private record Seen(long version, long checkedAtNanos) {
    }

    /** The key of "this transaction already moves the version of {@code name}". */
    private record Pending(String name) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;
    private final long intervalNanos;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    CacheVersions(JdbcTemplate jdbc, PlatformTransactionManager transactions,
            @Value("${sanxiang.cluster.cache-check-interval:PT1S}") Duration interval) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.intervalNanos = interval.toNanos();
    }

    /**
     * The cache's version as this node last read it from the database, read again when that was longer ago
     * than the check interval. A cache entry loaded at another version is stale.
     */
    public long version(String name) {
        long now = System.nanoTime();
        Seen s = seen.get(name);
        if (s != null && now - s.checkedAtNanos() < intervalNanos) {
            return s.version();
        }
        Long v = separate.execute(tx -> jdbc.query("SELECT version FROM cluster_cache_version WHERE name = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L, name));
        long version = v == null ? 0 : v;
        seen.put(name, new Seen(version, now));
        return version;
    }

    /**
     * What the named cache holds changed (or will, when the current transaction commits): this node forgets
     * the version it saw at once, every node sees the new version after commit. Outside a transaction the
     * version moves now. A rolled-back transaction moves nothing on other nodes.
     */
    public void changed(String name) {
        seen.remove(name);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending pending = new Pending(name);
            if (TransactionSynchronizationManager.hasResource(pending)) {
                return; // once per transaction
            }
            TransactionSynchronizationManager.bindResource(pending, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    bump(name);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(pending);
                }
            });
        } else {
            bump(name);
        }
    }

    private void bump(String name) {
        try {
            separate.executeWithoutResult(tx -> {
                if (jdbc.update("UPDATE cluster_cache_version SET version = version + 1 WHERE name = ?", name) == 0) {
                    jdbc.update("INSERT INTO cluster_cache_version (name, version) VALUES (?, 1)", name);
                }
            });
        } catch (RuntimeException e) {
            // the change itself is committed; other nodes then see it by their caches' own maximum age
            log.warn("cache version {} not moved: {}", name, e.toString());
        }
        seen.remove(name);
    }
}
