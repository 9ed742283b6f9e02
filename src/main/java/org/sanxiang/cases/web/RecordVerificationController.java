package org.sanxiang.cases.web;

import org.sanxiang.cases.CaseQueries;
import org.sanxiang.process.Actor;
import org.sanxiang.recording.CaseRecord;
import org.sanxiang.recording.ChainVerification;
import org.sanxiang.recording.CheckpointComparison;
import org.sanxiang.recording.RecordCheckpoints;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/** Verifies a case's chained record on its own and against the signed checkpoints (G118; APL Art. 47). */
@RestController
@RequiredArgsConstructor
class RecordVerificationController {

    private final CaseQueries cases;
    private final CaseRecord record;
    private final RecordCheckpoints checkpoints;
    private final org.sanxiang.recording.RowSeals seals;

    /**
     * @param chain       the chain re-hashed: {@code brokenAtSeq} names the first broken entry
     * @param checkpoints the chain compared with the checkpoints that covered it (database, checkpoint file)
     * @param rows        the case's sealed business rows (its decisions) recomputed and compared with their seals
     * @param valid       all three hold
     */
    record RecordVerification(long caseId, boolean valid, ChainVerification chain, CheckpointComparison checkpoints,
            org.sanxiang.recording.RowComparison rows) {
    }

    @GetMapping("/api/cases/{caseId}/record/verification")
    RecordVerification verify(@PathVariable long caseId, Actor actor) {
        cases.access(caseId, actor);
        ChainVerification chain = record.verify(caseId);
        CheckpointComparison compared = checkpoints.compare(caseId);
        org.sanxiang.recording.RowComparison rows = seals.compare(caseId);
        return new RecordVerification(caseId, chain.valid() && compared.consistent() && rows.consistent(), chain, compared,
                rows);
    }
}
