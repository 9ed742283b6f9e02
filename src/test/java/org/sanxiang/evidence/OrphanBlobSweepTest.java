package org.sanxiang.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A blob left without its row (a crash between the blob's move and the row's commit) is moved into
 * {@code orphans/} once older than the grace period, never deleted; a referenced blob and a fresh one
 * stay; stale staged uploads are removed.
 */
@SanxiangTest
class OrphanBlobSweepTest {

    @Autowired
    OrphanBlobSweep sweep;
    @Autowired
    BlobStore blobs;
    @Autowired
    EvidenceRegistry registry;
    @Autowired
    org.sanxiang.cases.LeadRegistration leadRegistration;
    @Autowired
    org.sanxiang.cases.SummaryProcedure summaryProcedure;
    @Autowired
    org.sanxiang.cases.StepCompletion stepCompletion;
    @Autowired
    org.sanxiang.cases.Investigations investigations;
    @Autowired
    org.sanxiang.cases.CaseSupervision caseSupervision;
    @Autowired
    org.sanxiang.cases.DecisionRevocations decisionRevocations;
    @Autowired
    JdbcTemplate jdbc;

    static final Instant TWO_HOURS_AGO = Instant.now().minus(Duration.ofHours(2));

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
        long caseId = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
        String pid = jdbc.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, caseId);
        EvidenceItem item = registry.add(caseId, pid, new EvidenceUpload(EvidenceType.DOCUMENTARY, "Task_Investigation",
                null, "询问笔录.pdf", "扫描件", null, null, List.of(), null),
                new ByteArrayInputStream(("%PDF-1.4\n" + System.nanoTime() + "\n%%EOF").getBytes(StandardCharsets.US_ASCII)), -1,
                "zhangwei");
        Path referenced = store().pathOf(item.sha256());
        Files.setLastModifiedTime(referenced, FileTime.from(TWO_HOURS_AGO));
        Path orphan = strayBlob("orphan " + System.nanoTime(), TWO_HOURS_AGO);
        Path fresh = strayBlob("fresh " + System.nanoTime(), Instant.now());
        Files.createDirectories(store().root().resolve("staging"));
        Path staleTemp = Files.createTempFile(store().root().resolve("staging"), "upload-", ".part");
        Files.setLastModifiedTime(staleTemp, FileTime.from(TWO_HOURS_AGO));
        Path freshTemp = Files.createTempFile(store().root().resolve("staging"), "upload-", ".part");

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
}
