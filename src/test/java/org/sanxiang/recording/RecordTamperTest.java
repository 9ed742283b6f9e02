package org.sanxiang.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Tampering with the record through the database, as someone with full database rights could. */
@SanxiangTest
class RecordTamperTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    java.time.Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseRecord record;
    @Autowired
    RecordCheckpoints checkpoints;
    @Autowired
    RecordProperties properties;
    @Autowired
    MockMvc mvc;

    /** A case with four entries: registered, filed, investigation record, investigation done. */
    long caseWithFourEntries() {
        Scenario scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        long caseId = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(caseId);
        assertThat(record.verify(caseId).entries()).isEqualTo(4);
        assertThat(record.verify(caseId).valid()).isTrue();
        return caseId;
    }

    @Test
    void detectsAChangedFieldOfAnEntry() {
        long caseId = caseWithFourEntries();
        jdbc.update("UPDATE record_entry SET summary = ? WHERE case_id = ? AND seq = 2", "立案审批：不同意", caseId);
        assertThat(record.verify(caseId)).returns(false, ChainVerification::valid).returns(2, ChainVerification::brokenAtSeq);
    }

    @Test
    void detectsADeletedEntry() {
        long caseId = caseWithFourEntries();
        jdbc.update("DELETE FROM record_entry WHERE case_id = ? AND seq = 2", caseId);
        assertThat(record.verify(caseId)).returns(false, ChainVerification::valid).returns(3, ChainVerification::brokenAtSeq);
    }

    @Test
    void detectsTwoSwappedEntries() {
        long caseId = caseWithFourEntries();
        jdbc.update("UPDATE record_entry SET seq = -2 WHERE case_id = ? AND seq = 2", caseId);
        jdbc.update("UPDATE record_entry SET seq = 2 WHERE case_id = ? AND seq = 3", caseId);
        jdbc.update("UPDATE record_entry SET seq = 3 WHERE case_id = ? AND seq = -2", caseId);
        assertThat(record.verify(caseId)).returns(false, ChainVerification::valid).returns(2, ChainVerification::brokenAtSeq);
    }

    @Test
    void detectsAnInsertedEntryEvenWithACorrectOwnHash() {
        long caseId = caseWithFourEntries();
        RecordEntry first = record.timeline(caseId).get(0);
        for (int seq = 4; seq >= 2; seq--) {
            jdbc.update("UPDATE record_entry SET seq = ? WHERE case_id = ? AND seq = ?", seq + 1, caseId, seq);
        }
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String hash = CaseRecord.hash(first.hash(), caseId, 2, "STEP_COMPLETED", "Task_FilingApproval", "liuyang", null,
                "立案审批：补记", "{}", at);
        jdbc.update("INSERT INTO record_entry (case_id, seq, act, step, actor, article, summary, payload, recorded_at, prev_hash, hash)"
                + " VALUES (?, 2, 'STEP_COMPLETED', 'Task_FilingApproval', 'liuyang', NULL, '立案审批：补记', '{}', ?, ?, ?)",
                caseId, at, first.hash(), hash);
        assertThat(record.verify(caseId)).returns(false, ChainVerification::valid).returns(3, ChainVerification::brokenAtSeq);
    }

    @Test
    void aChainRewrittenWithRecomputedHashesPassesOnItsOwnButNotAgainstTheCheckpoint() throws Exception {
        long caseId = caseWithFourEntries();
        Checkpoint checkpoint = checkpoints.create();
        assertThat(RecordCheckpoints.signatureValid(checkpoint)).isTrue();
        assertThat(checkpoints.compare(caseId).consistent()).isTrue();

        rewriteFrom(caseId, 2, "立案审批：不予立案");

        assertThat(record.verify(caseId).valid()).as("the forger re-hashed everything").isTrue();
        CheckpointComparison compared = checkpoints.compare(caseId);
        assertThat(compared.consistent()).isFalse();
        assertThat(compared.firstMismatchCheckpoint()).isEqualTo(checkpoint.id());
        assertThat(compared.mismatchAtSeq()).isEqualTo(4);

        // the forger also edits the stored checkpoint's head: the signed digest no longer matches
        String newHead = record.timeline(caseId).get(3).hash();
        jdbc.update("UPDATE record_checkpoint_head SET hash = ? WHERE checkpoint_id = ? AND case_id = ?", newHead,
                checkpoint.id(), caseId);
        assertThat(checkpoints.compare(caseId).consistent()).isFalse();

        // and the append-only file still has what the checkpoint saw
        assertThat(Files.readString(properties.checkpointFile())).contains(checkpoint.signature());
        mvc.perform(get("/api/cases/{id}/record/verification", caseId).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.chain.valid").value(true))
                .andExpect(jsonPath("$.checkpoints.consistent").value(false));
    }

    @Test
    void removingTheLastEntryIsCaughtByTheCheckpoint() {
        long caseId = caseWithFourEntries();
        checkpoints.create();
        jdbc.update("DELETE FROM record_entry WHERE case_id = ? AND seq = 4", caseId);
        assertThat(record.verify(caseId).valid()).isTrue();
        assertThat(checkpoints.compare(caseId)).returns(false, CheckpointComparison::consistent)
                .returns(4, CheckpointComparison::mismatchAtSeq);
    }

    @Test
    void verificationEndpointReportsAnIntactRecordAndNamesTheFirstBrokenEntry() throws Exception {
        long caseId = caseWithFourEntries();
        mvc.perform(get("/api/cases/{id}/record/verification", caseId).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.chain.entries").value(4));
        jdbc.update("UPDATE record_entry SET actor = 'someone' WHERE case_id = ? AND seq = 3", caseId);
        mvc.perform(get("/api/cases/{id}/record/verification", caseId).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.chain.brokenAtSeq").value(3));
    }

    @Test
    void checkpointsAreCreatedByTheHeadAndListedPubliclyWithoutLogin() throws Exception {
        mvc.perform(post("/api/admin/record/checkpoints").with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:record-admin-required"));
        String body = mvc.perform(post("/api/admin/record/checkpoints").with(httpBasic("liuyang", "demo1234")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.signature").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        long id = com.jayway.jsonpath.JsonPath.parse(body).read("$.id", Long.class);
        mvc.perform(get("/api/public/record/checkpoints"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].publicKey").value(checkpoints.publicKey()));
    }

    /** What a forger with database rights does: change an entry and recompute every later hash. */
    void rewriteFrom(long caseId, int fromSeq, String newSummary) {
        List<RecordEntry> entries = record.timeline(caseId);
        String prev = entries.get(fromSeq - 2).hash();
        for (RecordEntry e : entries.subList(fromSeq - 1, entries.size())) {
            String summary = e.seq() == fromSeq ? newSummary : e.summary();
            String hash = CaseRecord.hash(prev, caseId, e.seq(), e.act(), e.step(), e.actor(), e.article(), summary,
                    e.payload(), e.recordedAt());
            jdbc.update("UPDATE record_entry SET summary = ?, prev_hash = ?, hash = ? WHERE id = ?", summary, prev, hash, e.id());
            prev = hash;
        }
    }
}
