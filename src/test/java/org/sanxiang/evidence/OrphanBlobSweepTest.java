package org.sanxiang.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.sanxiang.evidence.persistence.EvidenceMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A blob left without its row (a crash between the blob's move and the row's commit) is moved into
 * {@code orphans/} once older than the grace period, never deleted; a referenced blob and a fresh one
 * stay; stale staged uploads are removed.
 */
@SanxiangTest
class OrphanBlobSweepTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    OrphanBlobSweep sweep;
    @Autowired
    BlobStore blobs;
    @Autowired
    EvidenceRegistry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EvidenceMapper mapper;
    @Autowired
    EvidenceProperties properties;
    @Autowired
    Clock clock;

    FileSystemBlobStore store() {
        return (FileSystemBlobStore) blobs;
    }

    /** Writes a blob under its hash as a crashed upload would have left it, last modified at {@code at}. */
    Path strayBlob(String text, Instant at) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Path path = store().pathOf(sha);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
        Files.setLastModifiedTime(path, FileTime.from(at));
        return path;
    }

    @Test
    void movesOldUnreferencedBlobsAsideAndKeepsReferencedAndFreshOnes() throws Exception {
        Instant twoHoursAgo = clock.instant().minus(Duration.ofHours(2));
        long caseId = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
        String pid = jdbc.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, caseId);
        EvidenceItem item = registry.add(caseId, pid, new EvidenceUpload(EvidenceType.DOCUMENTARY, "Task_Investigation",
                null, "询问笔录.pdf", "扫描件", null, null, List.of(), null),
                new ByteArrayInputStream(("%PDF-1.4\n" + System.nanoTime() + "\n%%EOF").getBytes(StandardCharsets.US_ASCII)), -1,
                "zhangwei");
        Path referenced = store().pathOf(item.sha256());
        Files.setLastModifiedTime(referenced, FileTime.from(twoHoursAgo));
        Path orphan = strayBlob("orphan " + System.nanoTime(), twoHoursAgo);
        Path fresh = strayBlob("fresh " + System.nanoTime(), clock.instant());
        Files.createDirectories(store().root().resolve("staging"));
        Path staleTemp = Files.createTempFile(store().root().resolve("staging"), "upload-", ".part");
        Files.setLastModifiedTime(staleTemp, FileTime.from(twoHoursAgo));
        Path freshTemp = Files.createTempFile(store().root().resolve("staging"), "upload-", ".part");
        Files.setLastModifiedTime(freshTemp, FileTime.from(clock.instant()));

        OrphanBlobSweep.Result result = sweep.sweep();

        assertThat(result.orphansMoved()).isEqualTo(1);
        assertThat(result.stagedRemoved()).isEqualTo(1);
        assertThat(referenced).exists();
        assertThat(registry.verify(item.id(), "zhangwei").intact()).isTrue();
        assertThat(orphan).doesNotExist();
        assertThat(Files.readString(store().orphans().resolve(orphan.getFileName()))).startsWith("orphan ");
        assertThat(fresh).exists();
        assertThat(staleTemp).doesNotExist();
        assertThat(freshTemp).exists();

        // a second sweep finds nothing more; the orphan is kept, not deleted
        assertThat(sweep.sweep()).isEqualTo(new OrphanBlobSweep.Result(0, 0));
        assertThat(store().orphans().resolve(orphan.getFileName())).exists();
        Files.deleteIfExists(freshTemp);
    }

    /**
     * The grace period (1 h) at its edge, on a clock stopped at {@code now}: a blob or staged upload last
     * modified one second more than the grace period ago is swept; exactly the grace period ago or one second
     * less, it stays.
     */
    @Test
    void sweepsOnlyWhatIsOlderThanTheGracePeriod() throws Exception {
        assertThat(properties.orphanGrace()).isEqualTo(Duration.ofHours(1));
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        OrphanBlobSweep stopped = new OrphanBlobSweep(blobs, mapper, properties, Clock.fixed(now, clock.getZone()));
        Instant edge = now.minus(Duration.ofHours(1));
        Path older = strayBlob("older " + System.nanoTime(), edge.minusSeconds(1));
        Path atEdge = strayBlob("at edge " + System.nanoTime(), edge);
        Path younger = strayBlob("younger " + System.nanoTime(), edge.plusSeconds(1));
        Path staging = Files.createDirectories(store().root().resolve("staging"));
        Path olderTemp = Files.createTempFile(staging, "upload-", ".part");
        Files.setLastModifiedTime(olderTemp, FileTime.from(edge.minusSeconds(1)));
        Path edgeTemp = Files.createTempFile(staging, "upload-", ".part");
        Files.setLastModifiedTime(edgeTemp, FileTime.from(edge));
        Path youngerTemp = Files.createTempFile(staging, "upload-", ".part");
        Files.setLastModifiedTime(youngerTemp, FileTime.from(edge.plusSeconds(1)));
        try {
            assertThat(stopped.sweep()).isEqualTo(new OrphanBlobSweep.Result(1, 1));

            assertThat(older).doesNotExist();
            assertThat(store().orphans().resolve(older.getFileName())).exists();
            assertThat(atEdge).exists();
            assertThat(younger).exists();
            assertThat(olderTemp).doesNotExist();
            assertThat(edgeTemp).exists();
            assertThat(youngerTemp).exists();
        } finally {
            for (Path p : List.of(atEdge, younger, edgeTemp, youngerTemp)) {
                Files.deleteIfExists(p);
            }
        }
    }
}
