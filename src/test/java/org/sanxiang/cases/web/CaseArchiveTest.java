package org.sanxiang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.sanxiang.evidence.EvidenceRegistry;
import org.sanxiang.evidence.EvidenceType;
import org.sanxiang.evidence.EvidenceUpload;
import org.sanxiang.recording.RecordCheckpoints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** An exported case archive verifies offline and fails after one byte of one evidence file changes. */
@SanxiangTest
class CaseArchiveTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EvidenceRegistry evidence;
    @Autowired
    RecordCheckpoints checkpoints;

    @TempDir
    Path dir;

    static boolean available(String command) {
        try {
            return new ProcessBuilder(command, "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static Result run(Path workDir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    record Result(int exit, String output) {
    }

    @Test
    void anExportedArchiveVerifiesOfflineAndFailsAfterOneByteOfEvidenceChanges() throws Exception {
        // no silent skip: scripts/test installs python3 and coreutils; a machine without them fails here
        assertThat(available("python3")).as("python3 is needed for scripts/verify-archive").isTrue();
        assertThat(available("sha256sum")).as("sha256sum (coreutils) checks manifest.sha256").isTrue();
        long caseId = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
        String pid = jdbc.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, caseId);
        byte[] data = new byte[20_000];
        new Random(9).nextBytes(data);
        data[0] = 0;
        data[1] = 1;
        evidence.add(caseId, pid, new EvidenceUpload(EvidenceType.ELECTRONIC_DATA, "Task_Investigation", null,
                "监控导出 1.bin", null, null, null, List.of(), null), new ByteArrayInputStream(data), -1, "zhangwei");
        evidence.add(caseId, pid, new EvidenceUpload(EvidenceType.DOCUMENTARY, "Task_Investigation", null, "营业执照.pdf",
                null, null, null, List.of(), null), new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
                -1, "zhangwei");
        checkpoints.create();

        byte[] zip = mvc.perform(get("/api/cases/{id}/archive", caseId).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Path zipFile = dir.resolve("archive.zip");
        Files.write(zipFile, zip);
        Path unpacked = dir.resolve("unpacked");
        unzip(zip, unpacked);
        assertThat(unpacked.resolve("index.html")).exists();
        assertThat(unpacked.resolve("manifest.sha256")).exists();

        Path script = Path.of("scripts/verify-archive").toAbsolutePath();
        Result ok = run(dir, "python3", script.toString(), zipFile.toString());
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("archive verified").doesNotContain("FAIL");
        Result sums = run(unpacked, "sha256sum", "--quiet", "-c", "manifest.sha256");
        assertThat(sums.exit()).as(sums.output()).isZero();

        Path evidenceFile;
        try (var files = Files.list(unpacked.resolve("evidence"))) {
            evidenceFile = files.filter(p -> p.getFileName().toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(evidenceFile);
        bytes[1000] ^= 0x01;
        Files.write(evidenceFile, bytes);
        Result broken = run(dir, "python3", script.toString(), unpacked.toString());
        assertThat(broken.exit()).as(broken.output()).isEqualTo(1);
        assertThat(broken.output()).contains("hash mismatch evidence/").contains("does not match its recorded SHA-256");
        Result brokenSums = run(unpacked, "sha256sum", "--quiet", "-c", "manifest.sha256");
        assertThat(brokenSums.exit()).as(brokenSums.output()).isEqualTo(1);
        assertThat(brokenSums.output()).contains(unpacked.relativize(evidenceFile).toString()).contains("FAILED");
    }

    static void unzip(byte[] zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                Path file = target.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(target)).isTrue();
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        }
    }
}
