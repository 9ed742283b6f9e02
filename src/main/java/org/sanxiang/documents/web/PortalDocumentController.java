package org.sanxiang.documents.web;

import java.time.LocalDate;
import java.util.Map;

import org.sanxiang.documents.DocumentIssuing;
import org.sanxiang.documents.IssuedDocument;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import lombok.RequiredArgsConstructor;

/**
 * 文书查验 on the public portal: a verification code (printed and in the QR code) resolves to the document's number,
 * body, date, kind and SHA-256 — nothing personal (no party, no content). An unknown code says so (404).
 */
@Controller
@RequiredArgsConstructor
class PortalDocumentController {

    private final DocumentIssuing issuing;

    /** What the portal shows of a document: public facts only. */
    record Verified(String verificationCode, String documentNumber, String bodyName, LocalDate issuedOn, String kind,
            String title, int version, String sha256) {
        static Verified of(IssuedDocument d) {
            return new Verified(d.verificationCode(), d.documentNumber(), d.bodyName(), d.issuedOn(), d.kind(), d.title(),
                    d.version(), d.sha256());
        }
    }

    @GetMapping(path = "/portal/documents/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Object> json(@PathVariable String code) {
        return issuing.byCode(code).<ResponseEntity<Object>>map(d -> ResponseEntity.ok(Verified.of(d)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(Map.of("type", "urn:sanxiang:problem:document-code-unknown", "status", 404,
                                "title", "验证码不存在", "detail", "未找到验证码为 " + code + " 的执法文书，请核对验证码。")));
    }

    @GetMapping(path = "/portal/documents/{code}", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable String code, Model model, jakarta.servlet.http.HttpServletResponse response) {
        var found = issuing.byCode(code);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("code", code);
        model.addAttribute("doc", found.map(Verified::of).orElse(null));
        return "documents/verify";
    }
}
