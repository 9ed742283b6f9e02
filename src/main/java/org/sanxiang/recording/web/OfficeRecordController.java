package org.sanxiang.recording.web;

import java.util.List;
import java.util.Set;

import org.sanxiang.officers.EnforcementBody;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Forbidden;
import org.sanxiang.process.NotFound;
import org.sanxiang.process.Roles;
import org.sanxiang.recording.ChainVerification;
import org.sanxiang.recording.CheckpointComparison;
import org.sanxiang.recording.OfficeRecord;
import org.sanxiang.recording.RecordEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import lombok.RequiredArgsConstructor;

/**
 * An enforcement body's office record (G118; APL Art. 47): the acts refused before any case existed,
 * hash-chained and covered by the signed checkpoints. The body's head, supervisors and the administrator
 * read it; another body's record is not found for a head.
 */
@RestController
@RequestMapping("/api/bodies/{bodyId}/record")
@RequiredArgsConstructor
class OfficeRecordController {

    private static final Set<String> READERS = Set.of(Roles.HEAD, Roles.SUPERVISOR, Roles.ADMIN);

    private final OfficerDirectory officers;
    private final OfficeRecord office;

    @GetMapping
    @Operation(summary = "机关记录：立案前被拒绝的执法行为（哈希链）")
    List<RecordEntry> entries(@PathVariable long bodyId, Actor actor) {
        return office.timeline(readable(bodyId, actor).id());
    }

    /**
     * @param chainKey    the office chain's key in checkpoint heads (the body id negated)
     * @param chain       the chain re-hashed: {@code brokenAtSeq} names the first broken entry
     * @param checkpoints the chain compared with the checkpoints that covered it
     * @param valid       both hold
     */
    record OfficeRecordVerification(long bodyId, long chainKey, boolean valid, ChainVerification chain,
            CheckpointComparison checkpoints) {
    }

    @GetMapping("/verification")
    @Operation(summary = "机关记录校验：重算哈希链并与已签名校验点比对")
    OfficeRecordVerification verify(@PathVariable long bodyId, Actor actor) {
        EnforcementBody body = readable(bodyId, actor);
        ChainVerification chain = office.verify(body.id());
        CheckpointComparison compared = office.compare(body.id());
        return new OfficeRecordVerification(body.id(), OfficeRecord.chainOf(body.id()), chain.valid() && compared.consistent(),
                chain, compared);
    }

    private EnforcementBody readable(long bodyId, Actor actor) {
        if (READERS.stream().noneMatch(actor::inGroup)) {
            throw new Forbidden("role-required", "G118", "only the head, a supervisor or the administrator reads the office record",
                    "机关记录", Roles.HEAD);
        }
        Long scope = officers.bodyScope(actor);
        if (bodyId <= 0 || (scope != null && scope != bodyId)) {
            throw new NotFound("body", bodyId);
        }
        return officers.body(bodyId);
    }
}
