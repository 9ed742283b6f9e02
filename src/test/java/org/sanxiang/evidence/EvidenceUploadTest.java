package org.sanxiang.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SanxiangTest
class EvidenceUploadTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EvidenceRegistry registry;
    @Autowired
    EvidenceProperties properties;

    long newCase() {
        return new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
    }

    static byte[] randomBytes(int n, long seed) {
        byte[] bytes = new byte[n];
        new Random(seed).nextBytes(bytes);
        bytes[0] = 0x00; // never a magic number by chance: plain binary data
        bytes[1] = 0x01;
        return bytes;
    }

    static byte[] pdf(int n) {
        byte[] bytes = new byte[n];
        Arrays.fill(bytes, (byte) ' ');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return bytes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    ResultActions upload(long caseId, String type, String fileName, byte[] body) throws Exception {
        return mvc.perform(post("/api/cases/{id}/evidence", caseId).with(httpBasic("zhangwei", "demo1234"))
                .param("type", type).param("step", "Task_Investigation").param("fileName", fileName)
                .param("description", "现场照片").param("place", "三张镇人民路 18 号")
                .param("capturedAt", "2024-05-01T10:15:00")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(body));
    }

    long uploadedId(long caseId, byte[] body) throws Exception {
        String location = upload(caseId, "ELECTRONIC_DATA", "data.bin", body).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    int rows(long caseId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM evidence_item WHERE case_id = ?", Integer.class, caseId);
    }

    Path blobPath(String sha) {
        return properties.blobRoot().toAbsolutePath().normalize().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }

    void assertNothingLeftBehind(long caseId, byte[] body) throws Exception {
        assertThat(rows(caseId)).isZero();
        assertThat(blobPath(sha256(body))).doesNotExist();
        Path staging = properties.blobRoot().toAbsolutePath().normalize().resolve("staging");
        if (Files.exists(staging)) {
            try (Stream<Path> files = Files.list(staging)) {
                assertThat(files).isEmpty();
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM record_entry WHERE case_id = ? AND act = 'EVIDENCE_ADDED'",
                Integer.class, caseId)).isZero();
    }

    @Test
    void storesRandomDataUnderTheHashComputedIndependently() throws Exception {
        long caseId = newCase();
        byte[] body = randomBytes(300_000, 42);
        String expected = sha256(body);

        upload(caseId, "ELECTRONIC_DATA", "导出数据.bin", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.sha256").value(expected))
                .andExpect(jsonPath("$.size").value(body.length))
                .andExpect(jsonPath("$.contentType").value("application/octet-stream"))
                .andExpect(jsonPath("$.type").value("ELECTRONIC_DATA"))
                .andExpect(jsonPath("$.step").value("Task_Investigation"))
                .andExpect(jsonPath("$.uploadedBy").value("zhangwei"))
                .andExpect(jsonPath("$.excluded").value(false));

        assertThat(Files.readAllBytes(blobPath(expected))).isEqualTo(body);
        assertThat(jdbc.queryForObject("SELECT payload FROM record_entry WHERE case_id = ? AND act = 'EVIDENCE_ADDED'",
                String.class, caseId)).contains(expected);
        mvc.perform(get("/api/cases/{id}/evidence", caseId).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].sha256").value(expected));
        byte[] downloaded = mvc.perform(get("/api/evidence/{id}/content", uploadedIdOf(caseId)).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(sha256(downloaded)).isEqualTo(expected);
    }

    long uploadedIdOf(long caseId) {
        return jdbc.queryForObject("SELECT MIN(id) FROM evidence_item WHERE case_id = ?", Long.class, caseId);
    }

    @Test
    void detectsAPdfFromItsBytesWhateverTheFileNameSays() throws Exception {
        long caseId = newCase();
        upload(caseId, "DOCUMENTARY", "scan.jpg", pdf(2000)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf"));
    }

    @Test
    void rejectsAnEmptyFileLeavingNothing() throws Exception {
        long caseId = newCase();
        upload(caseId, "DOCUMENTARY", "empty.pdf", new byte[0]).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:evidence-empty"));
        assertNothingLeftBehind(caseId, new byte[0]);
    }

    @Test
    void rejectsAFileOverTheTypesLimitLeavingNothing() throws Exception {
        long caseId = newCase();
        byte[] body = pdf(65 * 1024); // EXPERT_OPINION is limited to 64 KB in the test configuration
        upload(caseId, "EXPERT_OPINION", "opinion.pdf", body).andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:evidence-too-large"));
        assertNothingLeftBehind(caseId, body);
    }

    /** A PDF of exactly {@code n} bytes, unique to this call (so no two uploads share a blob). */
    static byte[] uniquePdf(int n) {
        byte[] bytes = pdf(n);
        byte[] mark = Long.toString(System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(mark, 0, bytes, 10, mark.length);
        return bytes;
    }

    /** The 64 KB (65,536-byte) limit of EXPERT_OPINION in the test configuration, at its edge, declared and streamed. */
    @Test
    void acceptsAFileUpToTheTypesLimitAndRejectsOneByteMore() throws Exception {
        assertThat(properties.maxBytes(EvidenceType.EXPERT_OPINION)).isEqualTo(65_536L);
        long caseId = newCase();
        upload(caseId, "EXPERT_OPINION", "below.pdf", uniquePdf(65_535)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.size").value(65_535));
        upload(caseId, "EXPERT_OPINION", "at.pdf", uniquePdf(65_536)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.size").value(65_536));
        byte[] above = uniquePdf(65_537);
        upload(caseId, "EXPERT_OPINION", "above.pdf", above).andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:evidence-too-large"));
        assertThat(rows(caseId)).isEqualTo(2);
        assertThat(blobPath(sha256(above))).doesNotExist();

        // a stream of unknown length is cut at the same edge
        long streamed = newCase();
        byte[] atLimit = uniquePdf(65_536);
        assertThat(registry.add(streamed, processInstance(streamed), meta(EvidenceType.EXPERT_OPINION, "at.pdf"),
                new java.io.ByteArrayInputStream(atLimit), -1, "zhangwei").size()).isEqualTo(65_536L);
        byte[] overLimit = uniquePdf(65_537);
        assertThatThrownBy(() -> registry.add(streamed, processInstance(streamed), meta(EvidenceType.EXPERT_OPINION, "o.pdf"),
                new java.io.ByteArrayInputStream(overLimit), -1, "zhangwei"))
                .isInstanceOf(EvidenceProblems.EvidenceTooLarge.class);
        assertThat(rows(streamed)).isEqualTo(1);
        assertThat(blobPath(sha256(overLimit))).doesNotExist();
    }

    @Test
    void rejectsAnOverLimitStreamOfUnknownLengthLeavingNothing() throws Exception {
        long caseId = newCase();
        byte[] body = pdf(65 * 1024);
        assertThatThrownBy(() -> registry.add(caseId, processInstance(caseId), meta(EvidenceType.EXPERT_OPINION, "o.pdf"),
                new java.io.ByteArrayInputStream(body), -1, "zhangwei"))
                .isInstanceOf(EvidenceProblems.EvidenceTooLarge.class);
        assertNothingLeftBehind(caseId, body);
    }

    @Test
    void rejectsContentNotAllowedForTheEvidenceTypeLeavingNothing() throws Exception {
        long caseId = newCase();
        byte[] body = pdf(3000);
        upload(caseId, "AUDIO_VISUAL", "video.mp4", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:evidence-content-type-not-allowed"))
                .andExpect(jsonPath("$.article").value("APL Art. 46"));
        assertNothingLeftBehind(caseId, body);
        byte[] exe = "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1);
        upload(caseId, "ELECTRONIC_DATA", "tool.dat", exe).andExpect(status().isBadRequest());
        assertNothingLeftBehind(caseId, exe);
    }

    @Test
    void rejectsFileNamesWithPathPartsOrControlCharacters() throws Exception {
        long caseId = newCase();
        byte[] body = pdf(1000);
        for (String name : List.of("../etc/passwd", "dir/a.pdf", "a\\b.pdf", "bell\u0007.pdf", "line\nbreak.pdf", "..")) {
            upload(caseId, "DOCUMENTARY", name, body).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:evidence-file-name-invalid"))
                    .andExpect(jsonPath("$.field").value("fileName"));
        }
        assertNothingLeftBehind(caseId, body);
    }

    @Test
    void rejectsAStepThatIsNotInTheCasesProcedure() throws Exception {
        long caseId = newCase();
        mvc.perform(post("/api/cases/{id}/evidence", caseId).with(httpBasic("zhangwei", "demo1234"))
                .param("type", "DOCUMENTARY").param("step", "Task_Nowhere").param("fileName", "a.pdf")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(pdf(100)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:evidence-step-unknown"));
    }

    @Test
    void anUploadCutOffMidwayLeavesNoRowAndNoBlob() throws Exception {
        long caseId = newCase();
        byte[] body = randomBytes(200_000, 7);
        InputStream cutOff = new InputStream() {
            int read;

            @Override
            public int read() throws IOException {
                if (read >= 100_000) {
                    throw new IOException("connection reset");
                }
                return body[read++] & 0xFF;
            }
        };
        assertThatThrownBy(() -> registry.add(caseId, processInstance(caseId), meta(EvidenceType.ELECTRONIC_DATA, "cut.bin"),
                cutOff, body.length, "zhangwei"))
                .isInstanceOf(EvidenceProblems.UploadInterrupted.class);
        assertNothingLeftBehind(caseId, body);
        assertThat(blobPath(sha256(Arrays.copyOf(body, 100_000)))).doesNotExist();
    }

    @Test
    void onlyTheCasesHandlersMayAddEvidenceButTheReviewerMayRead() throws Exception {
        long caseId = newCase();
        mvc.perform(post("/api/cases/{id}/evidence", caseId).with(httpBasic("wangfang", "demo1234"))
                .param("type", "DOCUMENTARY").param("step", "Task_Investigation").param("fileName", "a.pdf")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(pdf(100)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:evidence-not-permitted"));
        mvc.perform(get("/api/cases/{id}/evidence", caseId).with(httpBasic("chenjing", "demo1234")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/cases/{id}/evidence", caseId).with(httpBasic("wangfang", "demo1234")))
                .andExpect(status().isForbidden());
    }

    @Test
    void servesASingleRange() throws Exception {
        long caseId = newCase();
        byte[] body = randomBytes(10_000, 1);
        long id = uploadedId(caseId, body);
        byte[] part = mvc.perform(get("/api/evidence/{id}/content", id).with(httpBasic("zhangwei", "demo1234"))
                .header("Range", "bytes=100-199"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 100-199/10000"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(part).isEqualTo(Arrays.copyOfRange(body, 100, 200));
    }

    @Test
    void servesASuffixRange() throws Exception {
        long caseId = newCase();
        byte[] body = randomBytes(10_000, 2);
        long id = uploadedId(caseId, body);
        byte[] part = mvc.perform(get("/api/evidence/{id}/content", id).with(httpBasic("zhangwei", "demo1234"))
                .header("Range", "bytes=-500"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 9500-9999/10000"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(part).isEqualTo(Arrays.copyOfRange(body, 9500, 10_000));
    }

    @Test
    void servesAnOpenEndedRange() throws Exception {
        long caseId = newCase();
        byte[] body = randomBytes(10_000, 3);
        long id = uploadedId(caseId, body);
        byte[] part = mvc.perform(get("/api/evidence/{id}/content", id).with(httpBasic("zhangwei", "demo1234"))
                .header("Range", "bytes=9000-"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 9000-9999/10000"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(part).isEqualTo(Arrays.copyOfRange(body, 9000, 10_000));
    }

    @Test
    void answersAnUnsatisfiableRangeWith416() throws Exception {
        long caseId = newCase();
        long id = uploadedId(caseId, randomBytes(10_000, 4));
        mvc.perform(get("/api/evidence/{id}/content", id).with(httpBasic("zhangwei", "demo1234"))
                .header("Range", "bytes=20000-"))
                .andExpect(status().isRequestedRangeNotSatisfiable())
                .andExpect(header().string("Content-Range", "bytes */10000"));
    }

    @Test
    void exclusionKeepsTheItemAndItsFileAndIsRecorded() throws Exception {
        long caseId = newCase();
        byte[] body = randomBytes(5_000, 5);
        long id = uploadedId(caseId, body);
        mvc.perform(post("/api/evidence/{id}/exclusion", id).with(httpBasic("zhangwei", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"以偷拍方式取得，属非法证据（APL 46）\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.excluded").value(true))
                .andExpect(jsonPath("$.excludedBy").value("zhangwei"));
        mvc.perform(get("/api/cases/{id}/evidence", caseId).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].excluded").value(true))
                .andExpect(jsonPath("$[0].exclusionReason").value("以偷拍方式取得，属非法证据（APL 46）"));
        mvc.perform(post("/api/evidence/{id}/exclusion", id).with(httpBasic("zhangwei", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"again\"}"))
                .andExpect(status().isConflict());
        assertThat(blobPath(sha256(body))).exists();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM record_entry WHERE case_id = ? AND act = 'EVIDENCE_EXCLUDED'",
                Integer.class, caseId)).isEqualTo(1);
    }

    @Test
    void reVerificationDetectsAChangedFile() throws Exception {
        long caseId = newCase();
        byte[] body = randomBytes(5_000, 6);
        long id = uploadedId(caseId, body);
        mvc.perform(post("/api/evidence/{id}/verification", id).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));
        Path blob = blobPath(sha256(body));
        blob.toFile().setWritable(true);
        byte[] changed = body.clone();
        changed[2500] ^= 1;
        Files.write(blob, changed);
        mvc.perform(post("/api/evidence/{id}/verification", id).with(httpBasic("liuyang", "demo1234")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.actualSha256").value(sha256(changed)));
    }

    String processInstance(long caseId) {
        return jdbc.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, caseId);
    }

    static EvidenceUpload meta(EvidenceType type, String fileName) {
        return new EvidenceUpload(type, "Task_Investigation", null, fileName, null, null, null, List.of(), null);
    }
}
