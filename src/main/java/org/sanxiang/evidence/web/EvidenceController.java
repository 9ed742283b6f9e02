package org.sanxiang.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.sanxiang.evidence.BlobVerification;
import org.sanxiang.evidence.CaseEvidence;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceProblems.MetadataInvalid;
import org.sanxiang.evidence.EvidenceProblems.UploadInterrupted;
import org.sanxiang.evidence.EvidenceRegistry;
import org.sanxiang.evidence.EvidenceType;
import org.sanxiang.evidence.EvidenceUpload;
import org.sanxiang.process.Actor;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;

/**
 * Evidence of a case (APL Art. 46): upload as a raw body with metadata in the query, list, download
 * with HTTP Range (so video can be seeked), re-verify, exclude. Handlers add and exclude; the head,
 * legal reviewers and supervisors may read.
 */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
class EvidenceController {

    private final EvidenceAccess access;
    private final EvidenceRegistry evidence;

    @PostMapping("/cases/{caseId}/evidence")
    ResponseEntity<EvidenceItem> upload(@PathVariable long caseId, @RequestParam EvidenceType type,
            @RequestParam String step, @RequestParam String fileName,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime capturedAt,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) List<Long> officerIds,
            @RequestParam(required = false) Integer durationSeconds,
            @RequestParam(required = false) Long investigationRecordId,
            HttpServletRequest request, Actor actor) {
        CaseEvidence c = access.toAdd(caseId, actor);
        if (investigationRecordId != null && !c.investigationRecordIds().contains(investigationRecordId)) {
            throw new MetadataInvalid("investigationRecordId", "not a record of this case");
        }
        EvidenceUpload upload = new EvidenceUpload(type, step, investigationRecordId, fileName, description, capturedAt,
                place, officerIds, durationSeconds);
        EvidenceItem item;
        try (InputStream body = request.getInputStream()) {
            item = evidence.add(caseId, c.processInstanceId(), upload, body, request.getContentLengthLong(),
                    actor.username());
        } catch (IOException e) {
            throw new UploadInterrupted(String.valueOf(e.getMessage()));
        }
        return ResponseEntity.created(URI.create("/api/evidence/" + item.id())).body(item);
    }

    @GetMapping("/cases/{caseId}/evidence")
    List<EvidenceItem> list(@PathVariable long caseId, Actor actor) {
        access.toRead(caseId, actor);
        return evidence.list(caseId);
    }

    /** The file; Spring answers a {@code Range} header with 206 (or 416 when unsatisfiable). */
    @GetMapping("/evidence/{id}/content")
    ResponseEntity<Resource> content(@PathVariable long id, Actor actor) {
        EvidenceItem item = access.readable(id, actor);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(item.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(item.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .eTag("\"" + item.sha256() + "\"")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(evidence.content(item));
    }

    @PostMapping("/evidence/{id}/verification")
    BlobVerification verify(@PathVariable long id, Actor actor) {
        access.readable(id, actor);
        return evidence.verify(id, actor.username());
    }

    record ExclusionRequest(String reason) {
    }

    /** APL Art. 46: evidence found unlawfully obtained (or otherwise unusable) is excluded, never deleted. */
    @PostMapping("/evidence/{id}/exclusion")
    EvidenceItem exclude(@PathVariable long id, @RequestBody ExclusionRequest request, Actor actor) {
        access.excludable(id, actor);
        return evidence.exclude(id, request.reason(), actor.username());
    }
}
