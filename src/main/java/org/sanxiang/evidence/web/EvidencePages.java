package org.sanxiang.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.evidence.BlobVerification;
import org.sanxiang.evidence.CaseEvidence;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceProblems.EvidenceEmpty;
import org.sanxiang.evidence.EvidenceProblems.MetadataInvalid;
import org.sanxiang.evidence.EvidenceProblems.UploadInterrupted;
import org.sanxiang.evidence.EvidenceRegistry;
import org.sanxiang.evidence.EvidenceType;
import org.sanxiang.evidence.EvidenceUpload;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Problem;
import org.sanxiang.web.Htmx;
import org.sanxiang.web.ProblemText;
import org.sanxiang.web.WorkspacePage;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

/**
 * Evidence on the case page (APL Art. 46), for the signed-in workspace: upload (multipart, CSRF),
 * playback and download with HTTP Range, re-verification and exclusion. The same access rules as
 * the API ({@link EvidenceAccess}): evidence follows case access. Without JavaScript every action
 * answers with a redirect to the case page and a message; an htmx request gets the evidence card
 * back, with the message in it.
 */
@WorkspacePage
@RequiredArgsConstructor
class EvidencePages {

    static final String PANEL = "cases/evidence :: panel";

    private final EvidenceAccess access;
    private final EvidenceRegistry evidence;
    private final EvidenceCard panel;
    private final ProblemText text;

    /** The evidence card alone (htmx refresh); a plain request goes to the case page. */
    @GetMapping("/cases/{caseId}/evidence")
    String list(@PathVariable long caseId, Actor actor, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        access.toRead(caseId, actor);
        if (!Htmx.partial(request, response)) {
            return "redirect:/cases/" + caseId + "#evidence";
        }
        panel.addTo(model, caseId, actor);
        return PANEL;
    }

    @PostMapping("/cases/{caseId}/evidence")
    String upload(@PathVariable long caseId, @RequestParam MultiValueMap<String, String> values,
            @RequestParam(name = "file", required = false) MultipartFile file, Actor actor, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        Form f = new Form(values);
        return act(caseId, actor, model, redirect, request, response, () -> {
            CaseEvidence c = access.toAdd(caseId, actor);
            EvidenceType type = f.text("type") == null ? null : parseType(f.text("type"));
            if (type == null) {
                throw new PageError("ui.evidence.error.type");
            }
            if (file == null || file.isEmpty()) {
                throw new EvidenceEmpty();
            }
            Integer duration;
            try {
                duration = f.text("durationSeconds") == null ? null : Integer.valueOf(f.text("durationSeconds"));
            } catch (NumberFormatException e) {
                throw new PageError("ui.evidence.error.duration");
            }
            if (duration != null && duration <= 0) {
                throw new PageError("ui.evidence.error.duration");
            }
            EvidenceUpload upload = new EvidenceUpload(type, f.text("step"), null, fileName(file),
                    f.text("description"), capturedAt(f.text("capturedAt")), f.text("place"), f.ids("officerIds"),
                    duration);
            EvidenceItem item;
            try (InputStream in = file.getInputStream()) {
                item = evidence.add(caseId, c.processInstanceId(), upload, in, file.getSize(), actor.username());
            } catch (IOException e) {
                throw new UploadInterrupted(String.valueOf(e.getMessage()));
            }
            return text.message("ui.evidence.added", item.fileName(), item.sha256().substring(0, 16));
        });
    }

    /** The file, inline for media and pictures (the player asks for ranges), as an attachment otherwise or on request. */
    @GetMapping("/cases/{caseId}/evidence/{id}/content")
    ResponseEntity<Resource> content(@PathVariable long caseId, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean download, Actor actor) {
        EvidenceItem item = access.readable(caseId, id, actor);
        boolean inline = !download && EvidenceCard.media(item.contentType()) != null;
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(item.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(item.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .eTag("\"" + item.sha256() + "\"")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(evidence.content(item));
    }

    @PostMapping("/cases/{caseId}/evidence/{id}/verification")
    String verify(@PathVariable long caseId, @PathVariable long id, Actor actor, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return act(caseId, actor, model, redirect, request, response, () -> {
            EvidenceItem item = access.readable(caseId, id, actor);
            BlobVerification v = evidence.verify(id, actor.username());
            if (!v.intact()) {
                throw new PageError(v.present() ? "ui.evidence.verify.changed" : "ui.evidence.verify.missing",
                        item.fileName());
            }
            return text.message("ui.evidence.verify.intact", item.fileName());
        });
    }

    @PostMapping("/cases/{caseId}/evidence/{id}/exclusion")
    String exclude(@PathVariable long caseId, @PathVariable long id, @RequestParam(required = false) String reason,
            Actor actor, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        return act(caseId, actor, model, redirect, request, response, () -> {
            access.readable(caseId, id, actor);
            EvidenceItem item = access.excludable(id, actor);
            if (reason == null || reason.isBlank()) {
                throw new PageError("ui.evidence.error.reason");
            }
            evidence.exclude(id, reason, actor.username());
            return text.message("ui.evidence.excludedOk", item.fileName());
        });
    }

    // ---------------------------------------------------------------- helpers

    /** The posted fields: a value is trimmed, and an empty one is absent. */
    record Form(MultiValueMap<String, String> values) {

        String text(String field) {
            String v = values.getFirst(field);
            return v == null || v.isBlank() ? null : v.trim();
        }

        List<Long> ids(String field) {
            List<Long> ids = new ArrayList<>();
            for (String v : values.getOrDefault(field, List.of())) {
                if (v != null && !v.isBlank()) {
                    try {
                        ids.add(Long.valueOf(v.trim()));
                    } catch (NumberFormatException e) {
                        throw new MetadataInvalid(field, "not an officer id: " + v.trim());
                    }
                }
            }
            return ids;
        }
    }

    /** A message of this page that is not a rule of a module (a field left empty, a date typed wrongly). */
    static final class PageError extends RuntimeException {
        final String code;
        final transient Object[] args;

        PageError(String code, Object... args) {
            super(code);
            this.code = code;
            this.args = args;
        }
    }

    interface Action {
        String run();
    }

    /**
     * Runs an action; its message (or the problem's, in Chinese) goes to the evidence card. An unknown
     * case or item (404) and a refusal (403) are error pages, as everywhere in the workspace.
     */
    private String act(long caseId, Actor actor, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response, Action action) {
        boolean partial = Htmx.partial(request, response);
        String ok = null;
        String error = null;
        String article = null;
        HttpStatus status = HttpStatus.OK;
        try {
            ok = action.run();
        } catch (PageError e) {
            error = text.message(e.code, e.args);
            status = HttpStatus.UNPROCESSABLE_ENTITY;
        } catch (Problem p) {
            if (p.status() == HttpStatus.NOT_FOUND || p.status() == HttpStatus.FORBIDDEN) {
                throw p;
            }
            String specific = "evidence-metadata-invalid".equals(p.slug()) && p.field() != null
                    ? text.messageOrNull("ui.evidence.invalid." + p.field()) : null;
            error = specific != null ? specific : text.detail(p);
            article = p.article();
            status = p.status();
        }
        if (!partial) {
            redirect.addFlashAttribute(ok != null ? "evidenceOk" : "evidenceError", ok != null ? ok : error);
            if (article != null) {
                redirect.addFlashAttribute("evidenceArticle", article);
            }
            return "redirect:/cases/" + caseId + "#evidence";
        }
        response.setStatus(status.value());
        model.addAttribute(ok != null ? "evidenceOk" : "evidenceError", ok != null ? ok : error);
        model.addAttribute("evidenceArticle", article);
        panel.addTo(model, caseId, actor);
        return PANEL;
    }

    private static EvidenceType parseType(String value) {
        try {
            return EvidenceType.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The name the browser sent, without any path an old browser may add. */
    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null) {
            return null;
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    /** {@code <input type="datetime-local">}: yyyy-MM-ddTHH:mm[:ss]. */
    private static LocalDateTime capturedAt(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new PageError("ui.evidence.error.capturedAt");
        }
    }
}
