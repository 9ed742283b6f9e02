package org.sanxiang.documents.web;

import java.util.List;

import org.sanxiang.documents.DocumentIssuing;
import org.sanxiang.documents.DocumentIssuing.CaseDocument;
import org.sanxiang.documents.DocumentIssuing.StoredPdf;
import org.sanxiang.documents.IssuedDocument;
import org.sanxiang.documents.CaseFiles;
import org.sanxiang.process.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/** A case's enforcement documents over the API: list, draft, issue, reissue, download; and its case file. */
@RestController
@RequiredArgsConstructor
class DocumentController {

    private final DocumentIssuing issuing;
    private final CaseFiles caseFiles;
    private final org.sanxiang.documents.DocumentSignatures signatures;

    record Refusal(String signer, String reason, String witness) {
    }

    /** A signature drawn on the screen: a PNG of at most 1 MB (else 400 and nothing stored). */
    @PostMapping(path = "/api/cases/{caseId}/documents/{kind}/signatures", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<org.sanxiang.documents.Signature> sign(@PathVariable long caseId, @PathVariable String kind,
            @RequestParam String signer, @RequestParam("image") org.springframework.web.multipart.MultipartFile image,
            Actor actor) throws java.io.IOException {
        signatures.requirePermitted(caseId, kind, signer, actor); // who may act, before the upload is read
        if (image.getSize() > org.sanxiang.documents.DocumentSignatures.MAX_BYTES) {
            throw new org.sanxiang.documents.DocumentSignatures.SignatureInvalid("image", "签名图片须为不超过 1 MB 的 PNG 图片");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(signatures.sign(caseId, kind, signer, image.getBytes(), actor));
    }

    /** The signer refused: reason and witness (留置送达 for a 送达回证). */
    @PostMapping("/api/cases/{caseId}/documents/{kind}/signatures/refusal")
    ResponseEntity<org.sanxiang.documents.Signature> refuse(@PathVariable long caseId, @PathVariable String kind,
            @RequestBody Refusal body, Actor actor) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(signatures.refuse(caseId, kind, body.signer(), body.reason(), body.witness(), actor));
    }

    record Reissue(String reason) {
    }

    @GetMapping("/api/cases/{caseId}/documents")
    List<CaseDocument> list(@PathVariable long caseId, Actor actor) {
        return issuing.documents(caseId, actor);
    }

    @GetMapping("/api/cases/{caseId}/documents/{kind}/draft")
    ResponseEntity<byte[]> draft(@PathVariable long caseId, @PathVariable String kind, Actor actor) {
        return pdf(issuing.preview(caseId, kind, actor), "draft-" + kind + ".pdf", true);
    }

    @PostMapping("/api/cases/{caseId}/documents/{kind}")
    ResponseEntity<IssuedDocument> issue(@PathVariable long caseId, @PathVariable String kind, Actor actor) {
        return ResponseEntity.status(HttpStatus.CREATED).body(issuing.issue(caseId, kind, actor));
    }

    @PostMapping("/api/cases/{caseId}/documents/{kind}/reissue")
    ResponseEntity<IssuedDocument> reissue(@PathVariable long caseId, @PathVariable String kind,
            @RequestBody Reissue body, Actor actor) {
        return ResponseEntity.status(HttpStatus.CREATED).body(issuing.reissue(caseId, kind, body.reason(), actor));
    }

    /** The stored PDF of one issued version; {@code download=false} opens it in the browser to print. */
    @GetMapping("/api/cases/{caseId}/documents/issued/{documentId}.pdf")
    ResponseEntity<byte[]> issued(@PathVariable long caseId, @PathVariable long documentId,
            @RequestParam(defaultValue = "true") boolean download, Actor actor) {
        StoredPdf stored = issuing.pdf(caseId, documentId, actor);
        IssuedDocument d = stored.document();
        return pdf(stored.content(), d.kind() + "-v" + d.version() + ".pdf", !download);
    }

    /** The case file (案卷): cover, table of contents, the issued documents, the evidence list, 备考表. */
    @GetMapping("/api/cases/{caseId}/case-file.pdf")
    ResponseEntity<byte[]> caseFile(@PathVariable long caseId, @RequestParam(defaultValue = "true") boolean download,
            Actor actor) {
        return pdf(caseFiles.caseFile(caseId, actor).pdf(), "case-" + caseId + "-file.pdf", !download);
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String name, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name).build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(bytes);
    }
}
