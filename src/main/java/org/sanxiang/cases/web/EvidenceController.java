package org.sanxiang.cases.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.sanxiang.cases.CaseProblems.NotPermitted;
import org.sanxiang.cases.CaseQueries;
import org.sanxiang.cases.CaseQueries.CaseAccess;
import org.sanxiang.evidence.BlobVerification;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceProblems.MetadataInvalid;
import org.sanxiang.evidence.EvidenceProblems.UploadInterrupted;
import org.sanxiang.evidence.EvidenceRegistry;
import org.sanxiang.evidence.EvidenceType;
import org.sanxiang.evidence.EvidenceUpload;
import org.sanxiang.officers.Roles;
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

/**
 * Evidence of a case (APL Art. 46): upload as a raw body with metadata in the query, list, download
 * with HTTP Range (so video can be seeked), re-verify, exclude. Handlers add and exclude; the head,
 * legal reviewers and supervisors may read.
 */
@RestController
@RequestMapping("/api")
class EvidenceController {

    private static final Set<String> READERS = Set.of(Roles.HEAD, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR, Roles.ADMIN);

    private final CaseQueries cases;
    private final EvidenceRegistry evidence;

    EvidenceController(CaseQueries cases, EvidenceRegistry evidence) {
        this.cases = cases;
        this.evidence = evidence;
    }

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
        CaseAccess c = cases.access(caseId, actor);
        requireHandler(c, actor);
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
        requireReader(cases.access(caseId, actor), actor);
        return evidence.list(caseId);
    }

    /** The file; Spring answers a {@code Range} header with 206 (or 416 when unsatisfiable). */
    @GetMapping("/evidence/{id}/content")
    ResponseEntity<Resource> content(@PathVariable long id, Actor actor) {
        EvidenceItem item = readable(id, actor);
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
        readable(id, actor);
        return evidence.verify(id, actor.username());
    }

    record ExclusionRequest(String reason) {
    }

    /** APL Art. 46: evidence found unlawfully obtained (or otherwise unusable) is excluded, never deleted. */
    @PostMapping("/evidence/{id}/exclusion")
    EvidenceItem exclude(@PathVariable long id, @RequestBody ExclusionRequest request, Actor actor) {
        EvidenceItem item = evidence.item(id);
        CaseAccess c = cases.access(item.caseId(), actor);
        if (!c.handler() && !actor.inGroup(Roles.HEAD)) {
            throw new NotPermitted("evidence-not-permitted", "APL Art. 46", "only the case's handlers or the head may exclude evidence",
                    c.caseNumber());
        }
        return evidence.exclude(id, request.reason(), actor.username());
    }

    private EvidenceItem readable(long id, Actor actor) {
        EvidenceItem item = evidence.item(id);
        requireReader(cases.access(item.caseId(), actor), actor);
        return item;
    }

    private static void requireHandler(CaseAccess c, Actor actor) {
        if (!c.handler()) {
            throw new NotPermitted("evidence-not-permitted", "APL Art. 42", "only the case's handlers may add evidence",
                    c.caseNumber());
        }
    }

    private static void requireReader(CaseAccess c, Actor actor) {
        if (!c.handler() && READERS.stream().noneMatch(actor::inGroup)) {
            throw new NotPermitted("evidence-not-permitted", "APL Art. 42", "not a handler of the case", c.caseNumber());
        }
    }
}
