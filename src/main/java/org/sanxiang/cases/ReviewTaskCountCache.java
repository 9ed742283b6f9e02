package org.sanxiang.cases;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.sanxiang.cases.persistence.InboxMapper;
import org.sanxiang.cluster.CacheVersions;
import org.sanxiang.cases.persistence.ReviewBucket;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import lombok.RequiredArgsConstructor;

/**
 * The counts of the reviewer's task list without scanning every reviewer task on every request (issue 9:
 * 25,000 reviewer tasks). For each reviewer it keeps the tasks they may see grouped by (mine, unclaimed, due
 * date), as {@link InboxMapper#countReviewBuckets} reads them, and applies "due soon" and "overdue" for the
 * time of each request, so time passing needs no reload.
 *
 * <p>The groups are read again after any change of the inbox: {@link #inboxChanged()} is called by the inbox
 * projection on every write, once at once and once more when the writing transaction completes, so a reader
 * that loaded the groups while the write was uncommitted does not keep them. Writes that bypass the
 * projection (SQL by hand) are seen after {@link #MAX_AGE_MILLIS} at the latest; writes on another node of a
 * cluster move the {@link CacheVersions#REVIEW_TASK_COUNTS} version after their commit, which this node reads
 * at most every {@code sanxiang.cluster.cache-check-interval} (1 s), so they are seen within that interval. Whether the reviewer handles a case is read with the groups, so a handler reassignment
 * calls {@link #inboxChanged()} too.
 */
@Component
@RequiredArgsConstructor
public class ReviewTaskCountCache {

    /** Groups older than this are read again even if no change was seen. */
    static final long MAX_AGE_MILLIS = 2_000;
    /** More reviewers than this (a runaway of distinct usernames) and the cache starts afresh. */
    static final int MAX_ENTRIES = 1_000;

    private record Key(String username, Long officerId, Long bodyId) {
    }

    private record Snapshot(long generation, long clusterVersion, long loadedAtNanos, List<ReviewBucket> buckets) {
    }

    private final InboxMapper inbox;
    private final CacheVersions versions;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Key, Snapshot> snapshots = new ConcurrentHashMap<>();

    /**
     * The counts for a reviewer at {@code now}: due soon is [now, soon), overdue is before now; only tasks on
     * cases of {@code bodyId} (null: every body).
     */
    public CaseViews.ReviewTaskCounts counts(String username, Long officerId, Long bodyId, LocalDateTime now,
            LocalDateTime soon) {
        long total = 0, mine = 0, unclaimed = 0, dueSoon = 0, overdue = 0;
        for (ReviewBucket b : buckets(username, officerId, bodyId)) {
            total += b.n();
            mine += b.mine() ? b.n() : 0;
            unclaimed += b.unclaimed() ? b.n() : 0;
            if (b.dueDate() != null) {
                if (b.dueDate().isBefore(now)) {
                    overdue += b.n();
                } else if (b.dueDate().isBefore(soon)) {
                    dueSoon += b.n();
                }
            }
        }
        return new CaseViews.ReviewTaskCounts(total, mine, unclaimed, dueSoon, overdue);
    }

    private List<ReviewBucket> buckets(String username, Long officerId, Long bodyId) {
        Key key = new Key(username, officerId, bodyId);
        long gen = generation.get();
        long cluster = versions.version(CacheVersions.REVIEW_TASK_COUNTS);
        long now = System.nanoTime();
        Snapshot s = snapshots.get(key);
        if (s != null && s.generation() == gen && s.clusterVersion() == cluster && now - s.loadedAtNanos() < TimeUnit.MILLISECONDS.toNanos(MAX_AGE_MILLIS)) {
            return s.buckets();
        }
        List<ReviewBucket> buckets = List.copyOf(inbox.countReviewBuckets(username, officerId, bodyId));
        if (snapshots.size() >= MAX_ENTRIES) {
            snapshots.clear();
        }
        snapshots.put(key, new Snapshot(gen, cluster, now, buckets));
        return buckets;
    }

    /** The inbox changed (or is about to, in the current transaction): forget every reviewer's groups. */
    public void inboxChanged() {
        generation.incrementAndGet();
        versions.changed(CacheVersions.REVIEW_TASK_COUNTS);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
    }

    @Override
    public String toString() {
        return "ReviewTaskCountCache[" + snapshots.size() + " reviewers, generation " + generation.get() + "]";
    }
}
