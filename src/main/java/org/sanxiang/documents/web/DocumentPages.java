package org.sanxiang.documents.web;

import org.sanxiang.documents.IssuedDocument;

import org.sanxiang.documents.DocumentIssuing;
import org.sanxiang.documents.DocumentIssuing.StoredPdf;
import org.sanxiang.documents.CaseFiles;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Problem;
import org.sanxiang.web.ProblemText;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.RequiredArgsConstructor;

/**
 * The documents card of the case page (loaded into it by htmx, {@code templates/documents/card.html}): every
 * catalogue document of the case with draft, issue, print, download and reissue; and the case file.
 */
@Controller
@RequiredArgsConstructor
class DocumentPages {

    private final DocumentIssuing issuing;
    private final CaseFiles caseFiles;
    private final ProblemText text;
    private final org.sanxiang.documents.DocumentComposer composer;
    private final org.sanxiang.documents.DocumentSignatures signatures;

    /** The signing page: a pointer-events canvas (static/js/signature.js) per signer of the document. */
    @GetMapping("/cases/{caseId}/documents/{kind}/sign")
    String signPage(@PathVariable long caseId, @PathVariable String kind, Actor actor, Model model) {
        issuing.documents(caseId, actor); // 404 when the case is not visible
        model.addAttribute("caseId", caseId);
        model.addAttribute("entry", composer.entry(kind));
        return "documents/sign";
    }

    @GetMapping("/cases/{caseId}/documents/card")
    String card(@PathVariable long caseId, Actor actor, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("documents", issuing.documents(caseId, actor));
        return "documents/card :: list";
    }

    /** The canvas's PNG as a data URL (the form's hidden field), or the refusal with reason and witness. */
    @PostMapping("/cases/{caseId}/documents/{kind}/signatures")
    String sign(@PathVariable long caseId, @PathVariable String kind, @RequestParam String signer,
            @RequestParam(required = false) String image, @RequestParam(required = false) String refusalReason,
            @RequestParam(required = false) String witness, Actor actor, RedirectAttributes redirect) {
        try {
            if (refusalReason != null && !refusalReason.isBlank()) {
                signatures.refuse(caseId, kind, signer, refusalReason, witness, actor);
            } else {
                String prefix = "data:image/png;base64,";
                byte[] png = image != null && image.startsWith(prefix)
                        ? java.util.Base64.getDecoder().decode(image.substring(prefix.length())) : new byte[0];
                signatures.sign(caseId, kind, signer, png, actor);
            }
            redirect.addFlashAttribute("documentsOk", "已记录：" + signer);
        } catch (Problem | IllegalArgumentException p) {
            redirect.addFlashAttribute("documentsError", p instanceof Problem problem ? text.detail(problem) : "签名图片无法读取");
        }
        return "redirect:/cases/" + caseId + "/documents/" + kind + "/sign";
    }

    @PostMapping("/cases/{caseId}/documents/{kind}/issue")
    String issue(@PathVariable long caseId, @PathVariable String kind, Actor actor, RedirectAttributes redirect) {
        try {
            IssuedDocument d = issuing.issue(caseId, kind, actor);
            redirect.addFlashAttribute("documentsOk", issuedText(d));
        } catch (Problem p) {
            redirect.addFlashAttribute("documentsError", text.detail(p));
        }
        return "redirect:/cases/" + caseId + "#documents";
    }

    @PostMapping("/cases/{caseId}/documents/{kind}/reissue")
    String reissue(@PathVariable long caseId, @PathVariable String kind, @RequestParam(required = false) String reason,
            Actor actor, RedirectAttributes redirect) {
        try {
            IssuedDocument d = issuing.reissue(caseId, kind, reason, actor);
            redirect.addFlashAttribute("documentsOk", issuedText(d));
        } catch (Problem p) {
            redirect.addFlashAttribute("documentsError", text.detail(p));
        }
        return "redirect:/cases/" + caseId + "#documents";
    }

    @GetMapping("/cases/{caseId}/documents/{kind}/draft.pdf")
    ResponseEntity<byte[]> draft(@PathVariable long caseId, @PathVariable String kind, Actor actor) {
        return DocumentController.pdf(issuing.preview(caseId, kind, actor), "draft-" + kind + ".pdf", true);
    }

    /** {@code download=false}: inline, for the browser's print dialog. */
    @GetMapping("/cases/{caseId}/documents/issued/{documentId}.pdf")
    ResponseEntity<byte[]> issued(@PathVariable long caseId, @PathVariable long documentId,
            @RequestParam(defaultValue = "false") boolean download, Actor actor) {
        StoredPdf stored = issuing.pdf(caseId, documentId, actor);
        return DocumentController.pdf(stored.content(), stored.document().kind() + "-v" + stored.document().version() + ".pdf",
                !download);
    }

    @GetMapping("/cases/{caseId}/case-file.pdf")
    ResponseEntity<byte[]> caseFile(@PathVariable long caseId, Actor actor) {
        return DocumentController.pdf(caseFiles.caseFile(caseId, actor).pdf(), "case-" + caseId + "-file.pdf", false);
    }

    private static String issuedText(IssuedDocument d) {
        return "已签发：" + d.title() + (d.documentNumber() == null ? "" : " " + d.documentNumber())
                + (d.version() > 1 ? "（第 " + d.version() + " 版）" : "");
    }
}
