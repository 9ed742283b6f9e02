package org.sanxiang.recording.web;

import java.util.List;
import java.util.Set;

import org.sanxiang.process.Actor;
import org.sanxiang.process.Forbidden;
import org.sanxiang.process.Roles;
import org.sanxiang.recording.Checkpoint;
import org.sanxiang.recording.RecordCheckpoints;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/** Record checkpoints: taken on demand by the administrator, head or supervisor; listed publicly (G118). */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
class RecordCheckpointController {

    private static final Set<String> MAY_CHECKPOINT = Set.of(Roles.ADMIN, Roles.HEAD, Roles.SUPERVISOR);

    private final RecordCheckpoints checkpoints;

    @PostMapping("/admin/record/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    Checkpoint create(Actor actor) {
        if (MAY_CHECKPOINT.stream().noneMatch(actor::inGroup)) {
            throw new Forbidden("record-admin-required", "G118", "only the administrator, the head or a supervisor may create checkpoints");
        }
        return checkpoints.create();
    }

    /** The database's checkpoints against the append-only checkpoint file (rows deleted, changed or forged). */
    @GetMapping("/admin/record/checkpoints/verification")
    org.sanxiang.recording.CheckpointAudit audit(Actor actor) {
        if (MAY_CHECKPOINT.stream().noneMatch(actor::inGroup)) {
            throw new Forbidden("record-admin-required", "G118", "only the administrator, the head or a supervisor may audit checkpoints");
        }
        return checkpoints.audit();
    }

    /**
     * Public feed of the signed checkpoints, for third parties to mirror: the append-only checkpoint file as it is
     * (one JSON line per checkpoint with its heads, signature and public key), not the database's rows — deleting
     * those leaves the feed whole. {@code scripts/verify-archive --checkpoints <mirrored copy>} checks an archive
     * against it.
     */
    @GetMapping("/public/record/checkpoint-feed")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> feed() {
        java.nio.file.Path file = checkpoints.feed();
        org.springframework.core.io.Resource body = java.nio.file.Files.isRegularFile(file)
                ? new org.springframework.core.io.FileSystemResource(file)
                : new org.springframework.core.io.ByteArrayResource(new byte[0]);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("application/x-ndjson;charset=UTF-8"))
                .header("Cache-Control", "no-cache").body(body);
    }

    /** Public: anyone can keep copies and later compare an archive or the office's record with them. */
    @GetMapping("/public/record/checkpoints")
    List<Checkpoint> list() {
        return checkpoints.list();
    }
}
