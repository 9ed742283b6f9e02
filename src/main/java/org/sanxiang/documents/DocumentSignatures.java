package org.sanxiang.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.sanxiang.documents.persistence.IssuedDocumentMapper;
import org.sanxiang.documents.persistence.SignatureMapper;
import org.sanxiang.process.Actor;
import org.sanxiang.process.RuleViolation;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Signatures on 笔录 and 送达回证, drawn on a screen in the workspace: a PNG of at most 1 MB, stored
 * content-addressed, printed in the document's signature block and recorded in the case's chain; or the refusal
 * to sign with its reason and a witness (留置送达 for service, 民事诉讼法 Art. 89 via APL Art. 61).
 */
@Service
@RequiredArgsConstructor
public class DocumentSignatures {

    public static final long MAX_BYTES = 1024 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final CaseSheetSource cases;
    private final DocumentComposer composer;
    private final IssuedDocumentMapper content;
    private final SignatureMapper signatures;
    private final CaseRecord record;
    private final Clock clock;

    public static class SignatureInvalid extends RuleViolation {
        public SignatureInvalid(String field, String detail) {
            super("signature-invalid", "APL Art. 47", field, detail, detail);
        }
    }

    /** Who may record a signature of this document, and whether it may be signed yet: before any upload is read. */
    @Transactional(readOnly = true)
    public void requirePermitted(long caseId, String kind, String signer, Actor actor) {
        permitted(caseId, kind, signer, actor);
    }

    @Transactional
    public Signature sign(long caseId, String kind, String signer, byte[] png, Actor actor) {
        CaseSheet sheet = permitted(caseId, kind, signer, actor);
        if (png == null || png.length == 0 || png.length > MAX_BYTES) {
            throw new SignatureInvalid("image", "签名图片须为不超过 1 MB 的 PNG 图片");
        }
        if (png.length < PNG.length || !Arrays.equals(Arrays.copyOf(png, PNG.length), PNG) || !decodes(png)) {
            throw new SignatureInvalid("image", "签名图片须为 PNG 图片");
        }
        String sha = DocumentIssuing.sha256(png);
        content.insertContent(sha, png.length, png);
        return insert(sheet, kind, signer, sha, null, null, actor);
    }

    @Transactional
    public Signature refuse(long caseId, String kind, String signer, String reason, String witness, Actor actor) {
        CaseSheet sheet = permitted(caseId, kind, signer, actor);
        if (reason == null || reason.isBlank()) {
            throw new SignatureInvalid("reason", "拒绝签名须记明理由");
        }
        if (witness == null || witness.isBlank()) {
            throw new SignatureInvalid("witness", "拒绝签名须有见证人");
        }
        return insert(sheet, kind, signer, null, reason.strip(), witness.strip(), actor);
    }

    /** The latest signature of each signer as a PNG data URI. */
    @Transactional(readOnly = true)
    public Map<String, String> images(long caseId, String kind) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Signature s : signatures.selectByDocument(caseId, kind)) {
            if (s.refused()) {
                out.remove(s.signer());
            } else {
                out.put(s.signer(), "data:image/png;base64," + Base64.getEncoder().encodeToString(content.content(s.sha256())));
            }
        }
        return out;
    }

    /** The latest refusal of each signer (when not signed since) as the note printed in its place. */
    @Transactional(readOnly = true)
    public Map<String, String> refusals(long caseId, String kind) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Signature s : signatures.selectByDocument(caseId, kind)) {
            if (s.refused()) {
                String what = "SERVICE_RECEIPT".equals(kind) ? "拒绝签收，已留置送达" : "拒绝签名";
                out.put(s.signer(), what + "。理由：" + s.refusalReason() + "；见证人：" + s.witness());
            } else {
                out.remove(s.signer());
            }
        }
        return out;
    }

    private CaseSheet permitted(long caseId, String kind, String signer, Actor actor) {
        CaseSheet sheet = cases.sheet(caseId, actor);
        if (!cases.mayIssue(caseId, actor)) {
            throw new DocumentProblems.DocumentNotPermitted(sheet.caseNumber());
        }
        CatalogueEntry e = composer.entry(kind);
        composer.requireAllowed(sheet, e);
        if (signer == null || !e.signers().contains(signer)) {
            throw new SignatureInvalid("signer", "《" + e.title() + "》的签名人为：" + String.join("、", e.signers()));
        }
        return sheet;
    }

    private Signature insert(CaseSheet sheet, String kind, String signer, String sha, String reason, String witness,
            Actor actor) {
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        signatures.insert(sheet.caseId(), kind, signer, sha, reason, witness, actor.username(), at);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", kind);
        payload.put("signer", signer);
        if (sha != null) {
            payload.put("sha256", sha);
        } else {
            payload.put("reason", reason);
            payload.put("witness", witness);
        }
        String title = composer.entry(kind).title();
        record.append(sheet.caseId(), new Act(sha != null ? "SIGNATURE_RECORDED" : "SIGNATURE_REFUSED", null, actor.username(),
                sha != null ? "APL Art. 47" : "APL Art. 61", (sha != null ? "记录签名：" : "记录拒绝签名：") + "《" + title + "》"
                        + signer, payload));
        var rows = signatures.selectByDocument(sheet.caseId(), kind);
        return rows.get(rows.size() - 1);
    }

    private static boolean decodes(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png)) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
