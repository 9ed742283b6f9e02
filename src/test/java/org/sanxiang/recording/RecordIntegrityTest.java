package org.sanxiang.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceRegistry;
import org.sanxiang.evidence.EvidenceType;
import org.sanxiang.evidence.EvidenceUpload;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15, findings 4 and 5, as a database superuser would do them: a decision's fine changed in its row, an
 * evidence row pointed at another file, checkpoint rows deleted to hide a rewritten chain. Each is detected: the
 * rows are sealed in the chain and recomputed on verification, evidence is checked against its
 * {@code EVIDENCE_ADDED} entry, and the checkpoints are compared with the append-only file, which is also the
 * public feed a third party mirrors and {@code scripts/verify-archive --checkpoints} reads.
 */
@SanxiangTest
class RecordIntegrityTest extends org.sanxiang.cases.CaseServices {

    @Autowired JdbcTemplate jdbc;
    @Autowired CaseRecord record;
    @Autowired RecordCheckpoints checkpoints;
    @Autowired RowSeals seals;
    @Autowired EvidenceRegistry evidence;
    @Autowired MockMvc mvc;
    @TempDir Path dir;

    Scenario scenario() {
        return new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
    }

    /** A natural person fined 800 yuan by the head. */
    long decidedCase() {
        Scenario s = scenario();
        long id = s.registerAndFile(Scenario.person()).id();
        s.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("800")), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.notice(new BigDecimal("800")), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.statement(false), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.decision(new BigDecimal("800")), Scenario.HEAD);
        return id;
    }

    String decisionNumber(long caseId) {
        return jdbc.queryForObject("SELECT decision_number FROM case_decision WHERE case_id = ?", String.class, caseId);
    }

    @Test
    void aDecisionsFineChangedInItsRowNoLongerVerifies() throws Exception {
        long id = decidedCase();
        String number = decisionNumber(id);
        mvc.perform(get("/api/cases/{id}/record/verification", id).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.rows.rows").value(1))
                .andExpect(jsonPath("$.rows.consistent").value(true));

        jdbc.update("UPDATE case_decision SET fine_amount = 1 WHERE case_id = ?", id);

        assertThat(record.verify(id).valid()).as("the chain itself is untouched").isTrue();
        mvc.perform(get("/api/cases/{id}/record/verification", id).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.chain.valid").value(true))
                .andExpect(jsonPath("$.rows.consistent").value(false))
                .andExpect(jsonPath("$.rows.mismatches[0]").value("CHANGED case_decision " + number));

        jdbc.update("UPDATE case_decision SET fine_amount = 800 WHERE case_id = ?", id);
        assertThat(seals.compare(id).consistent()).as("the row as decided verifies again").isTrue();
        jdbc.update("DELETE FROM case_decision WHERE case_id = ?", id);
        assertThat(seals.compare(id).mismatches()).containsExactly("MISSING case_decision " + number);
    }

    @Test
    void aSummaryDecisionIsSealedToo() {
        Scenario s = scenario();
        long id = summaryProcedure.decideOnTheSpot(new org.sanxiang.cases.SummaryDecisionInput(s.bodyId(),
                s.matterId("SR-001"), "占道经营", "三张镇人民路", Scenario.today(), Scenario.person(),
                List.of(s.officerId("zhangwei"), s.officerId("liqiang")), org.sanxiang.cases.PenaltyType.FINE,
                new BigDecimal("200")), Scenario.ZHANG).id();
        assertThat(seals.compare(id)).returns(true, RowComparison::consistent).returns(1, RowComparison::rows);
        jdbc.update("UPDATE case_decision SET fine_amount = 20 WHERE case_id = ?", id);
        assertThat(seals.compare(id).consistent()).isFalse();
    }

    @Test
    void aDecisionIsSignedByACheckpointRightAfterItsCommit() {
        long before = checkpoints.list().size();
        long id = decidedCase();
        List<Checkpoint> covering = checkpoints.covering(id);
        assertThat(checkpoints.list().size()).isGreaterThan((int) before);
        assertThat(covering).isNotEmpty();
        int sealSeq = jdbc.queryForObject("SELECT MAX(seq) FROM record_entry WHERE case_id = ? AND act = 'ROW_SEALED'",
                Integer.class, id);
        int signedSeq = checkpoints.heads(covering.get(covering.size() - 1).id()).stream()
                .filter(h -> h.caseId() == id).findFirst().orElseThrow().seq();
        assertThat(signedSeq).as("the decision's seal is under a signed checkpoint").isGreaterThanOrEqualTo(sealSeq);
    }

    @Test
    void evidencePointedAtAnotherFileIsNeitherVerifiedNorServed() throws Exception {
        Scenario s = scenario();
        long id = s.registerAndFile(Scenario.person()).id();
        String pid = jdbc.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, id);
        EvidenceItem original = evidence.add(id, pid, new EvidenceUpload(EvidenceType.DOCUMENTARY, "Task_Investigation", null,
                "营业执照.pdf", null, null, null, List.of(), null),
                new ByteArrayInputStream("%PDF-1.4\n原件\n%%EOF\n".getBytes(StandardCharsets.UTF_8)), -1, "zhangwei");
        EvidenceItem forged = evidence.add(id, pid, new EvidenceUpload(EvidenceType.DOCUMENTARY, "Task_Investigation", null,
                "另一份.pdf", null, null, null, List.of(), null),
                new ByteArrayInputStream("%PDF-1.4\n伪造\n%%EOF\n".getBytes(StandardCharsets.UTF_8)), -1, "zhangwei");
        mvc.perform(get("/api/evidence/{id}/content", original.id()).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isOk());

        // the superuser points the row at the other file (as after replacing the blob and its hash)
        jdbc.update("UPDATE evidence_item SET sha256 = ? WHERE id = ?", forged.sha256(), original.id());

        mvc.perform(post("/api/evidence/{id}/verification", original.id()).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.recordedSha256").value(forged.sha256()))
                .andExpect(jsonPath("$.chainSha256").value(original.sha256()));
        mvc.perform(get("/api/evidence/{id}/content", original.id()).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:evidence-tampered"));
        // the untouched item still verifies
        mvc.perform(post("/api/evidence/{id}/verification", forged.id()).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(jsonPath("$.intact").value(true));
    }

    /** A chain with its last entry cut off, and the checkpoints that saw it deleted from the database. */
    long rewrittenCaseWithItsCheckpointRowsDeleted() {
        Scenario s = scenario();
        long id = s.registerAndFile(Scenario.person()).id();
        s.investigate(id);
        Checkpoint seen = checkpoints.create();
        assertThat(checkpoints.compare(id).consistent()).isTrue();
        int last = jdbc.queryForObject("SELECT MAX(seq) FROM record_entry WHERE case_id = ?", Integer.class, id);
        jdbc.update("DELETE FROM record_entry WHERE case_id = ? AND seq = ?", id, last);
        List<Long> covering = checkpoints.covering(id).stream().map(Checkpoint::id).toList();
        assertThat(covering).contains(seen.id());
        for (long c : covering) {
            jdbc.update("DELETE FROM record_checkpoint_head WHERE checkpoint_id = ?", c);
            jdbc.update("DELETE FROM record_checkpoint WHERE id = ?", c);
        }
        assertThat(record.verify(id).valid()).as("a truncated chain verifies on its own").isTrue();
        assertThat(checkpoints.covering(id)).isEmpty();
        return id;
    }

    @Test
    void deletedCheckpointRowsAreDetectedFromTheAppendOnlyFile() throws Exception {
        long id = rewrittenCaseWithItsCheckpointRowsDeleted();

        CheckpointComparison compared = checkpoints.compare(id);
        assertThat(compared.checkpoints()).isZero();
        assertThat(compared.consistent()).isFalse();
        assertThat(compared.fileCheckpoints()).isPositive();
        assertThat(compared.missingFromDatabase()).isEqualTo(compared.fileCheckpoints());
        mvc.perform(get("/api/cases/{id}/record/verification", id).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.chain.valid").value(true))
                .andExpect(jsonPath("$.checkpoints.consistent").value(false));
        CheckpointAudit audit = checkpoints.audit();
        assertThat(audit.consistent()).isFalse();
        assertThat(audit.missingFromDatabase()).isNotEmpty();
        mvc.perform(get("/api/admin/record/checkpoints/verification").with(httpBasic("admin", "demo1234")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consistent").value(false));
        mvc.perform(get("/api/admin/record/checkpoints/verification").with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isForbidden());
        // the public feed is the file: it still holds what the deleted rows said
        String feed = mvc.perform(get("/api/public/record/checkpoint-feed"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(feed.lines().filter(l -> l.contains("[" + id + ",")).count()).isPositive();
    }

    @Test
    void verifyArchiveWithAMirroredFeedCatchesWhatTheArchiveAloneCannot() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.sanxiang.cases.web.CaseArchiveTestAccess.python3());
        Scenario s = scenario();
        long id = s.registerAndFile(Scenario.person()).id();
        s.investigate(id);
        checkpoints.create();
        // a third party mirrors the public feed now
        Path mirror = dir.resolve("mirror.jsonl");
        Files.write(mirror, mvc.perform(get("/api/public/record/checkpoint-feed")).andReturn().getResponse().getContentAsByteArray());
        Path script = Path.of("scripts/verify-archive").toAbsolutePath();

        Path intact = archive(id, "intact.zip");
        var ok = org.sanxiang.cases.web.CaseArchiveTestAccess.run(dir, "python3", script.toString(), "--checkpoints",
                mirror.toString(), "--public-key", checkpoints.publicKey(), intact.toString());
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("mirrored feed").contains("archive verified");

        // the superuser cuts the last entry and deletes the checkpoint rows that saw it
        int last = jdbc.queryForObject("SELECT MAX(seq) FROM record_entry WHERE case_id = ?", Integer.class, id);
        jdbc.update("DELETE FROM record_entry WHERE case_id = ? AND seq = ?", id, last);
        for (Checkpoint c : checkpoints.covering(id)) {
            jdbc.update("DELETE FROM record_checkpoint_head WHERE checkpoint_id = ?", c.id());
            jdbc.update("DELETE FROM record_checkpoint WHERE id = ?", c.id());
        }
        Path forged = archive(id, "forged.zip");
        var alone = org.sanxiang.cases.web.CaseArchiveTestAccess.run(dir, "python3", script.toString(), forged.toString());
        assertThat(alone.exit()).as("the archive alone has nothing to compare with: " + alone.output()).isZero();
        var mirrored = org.sanxiang.cases.web.CaseArchiveTestAccess.run(dir, "python3", script.toString(), "--checkpoints",
                mirror.toString(), forged.toString());
        assertThat(mirrored.exit()).as(mirrored.output()).isEqualTo(1);
        assertThat(mirrored.output()).contains("no longer contains the head it saw");
    }

    Path archive(long id, String name) throws Exception {
        byte[] zip = mvc.perform(get("/api/cases/{id}/archive", id).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Path file = dir.resolve(name);
        Files.write(file, zip);
        return file;
    }
}
