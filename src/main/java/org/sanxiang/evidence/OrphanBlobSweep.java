package org.sanxiang.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

import org.sanxiang.evidence.persistence.EvidenceMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * A crash between a blob's move under its hash and the commit of its evidence row leaves a blob no row
 * refers to, and an upload cut off with its process leaves a staged temporary file. This sweep — at
 * start-up and on {@code sanxiang.evidence.orphan-sweep-cron} (daily at 03:45 office time; {@code -}
 * disables the schedule) — moves unreferenced blobs older than {@code sanxiang.evidence.orphan-grace}
 * into {@code <blob-root>/orphans/} (never deleting: evidence policy; an administrator decides) and
 * removes staged uploads older than the grace period. The grace period keeps it off uploads in flight.
 */
@Component
@RequiredArgsConstructor
public class OrphanBlobSweep {

    private static final Logger log = LoggerFactory.getLogger(OrphanBlobSweep.class);

    /** What one sweep did. */
    public record Result(int orphansMoved, int stagedRemoved) {
    }

    private final BlobStore blobs;
    private final EvidenceMapper mapper;
    private final EvidenceProperties properties;
    private final Clock clock;

    /** At start-up; in a cluster one node sweeps the shared root, a node starting within the minute after skips. */
    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = "evidence-orphan-sweep-startup", lockAtLeastFor = "PT1M", lockAtMostFor = "PT1H")
    public void onStartup() {
        sweep();
    }

    /** Daily, on one node of a cluster (the holder of the {@code evidence-orphan-sweep} lock). */
    @Scheduled(cron = "${sanxiang.evidence.orphan-sweep-cron:0 45 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "evidence-orphan-sweep", lockAtLeastFor = "${sanxiang.cluster.lock-at-least-for:PT5M}",
            lockAtMostFor = "PT1H")
    public void scheduled() {
        sweep();
    }

    /** Sweeps now; files last modified before now minus the grace period are concerned. */
    public Result sweep() {
        Instant olderThan = clock.instant().minus(properties.orphanGrace());
        try {
            Result result = new Result(blobs.quarantineOrphans(sha256 -> mapper.countBySha256(sha256) > 0, olderThan),
                    blobs.removeStaleStaging(olderThan));
            if (result.orphansMoved() > 0 || result.stagedRemoved() > 0) {
                log.warn("evidence orphan sweep: {} unreferenced blob(s) moved to orphans/, {} stale staged upload(s) removed",
                        result.orphansMoved(), result.stagedRemoved());
            } else {
                log.info("evidence orphan sweep: 0 unreferenced blobs, 0 stale staged uploads");
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("evidence orphan sweep failed", e);
        }
    }
}
