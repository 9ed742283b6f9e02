package org.sanxiang.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.documents.DocumentProblems.DocumentAlreadyIssued;
import org.sanxiang.documents.DocumentProblems.DocumentNotIssued;
import org.sanxiang.documents.DocumentProblems.DocumentNotPermitted;
import org.sanxiang.documents.DocumentProblems.ReissueReasonRequired;
import org.sanxiang.documents.persistence.IssuedDocumentMapper;
import org.sanxiang.documents.persistence.IssuedDocumentRow;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Conflict;
import org.sanxiang.process.NotFound;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Issues a case's documents: numbers it (the body's sequence, or the number the act already has), renders it,
 * stores the PDF content-addressed and immutable, and appends its SHA-256 to the case's chained record — all in
 * one transaction (APL Art. 47; G118). A correction is a reissue: a new version with its reason, the old one
 * stays and still verifies.
 */
@Service
@RequiredArgsConstructor
public class DocumentIssuing {

    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseSheetSource cases;
    private final DocumentComposer composer;
    private final DocumentNumbering numbering;
    private final IssuedDocumentMapper documents;
    private final CaseRecord record;
    private final Clock clock;
    private final DocumentSignatures signatures;

    /** A catalogue document of the case: whether the procedure allows it now, why not, and its issued versions. */
    public record CaseDocument(String kind, String title, int order, boolean allowed, String refusal,
            List<String> signers, List<IssuedDocument> versions) {

        public IssuedDocument latest() {
            return versions.isEmpty() ? null : versions.get(versions.size() - 1);
        }
    }

    /** Every document of the case's procedure, in case-file order. */
    @Transactional(readOnly = true)
    public List<CaseDocument> documents(long caseId, Actor actor) {
        CaseSheet sheet = cases.sheet(caseId, actor);
        List<IssuedDocument> issued = documents.selectByCase(caseId);
        return composer.catalogueOf(sheet.procedureKind()).stream().map(e -> {
            RuntimeException refusal = composer.refusal(sheet, e);
            return new CaseDocument(e.kind(), e.title(), e.order(), refusal == null,
                    refusal == null ? null : refusal.getMessage(), e.signers(),
                    issued.stream().filter(d -> d.kind().equals(e.kind())).toList());
        }).toList();
    }

    /** The draft (样稿) as the case stands: no number of its own yet, no code, not recorded. */
    @Transactional(readOnly = true)
    public byte[] preview(long caseId, String kind, Actor actor) {
        CaseSheet sheet = cases.sheet(caseId, actor);
        CatalogueEntry e = composer.entry(kind);
        composer.requireAllowed(sheet, e);
        IssuedDocument latest = documents.selectLatest(caseId, kind);
        String number = latest != null ? latest.documentNumber() : composer.existingNumber(sheet, e);
        return composer.render(sheet, e, number == null ? "（签发时编号）" : number, 0, today(), null,
                signatures.images(caseId, kind), signatures.refusals(caseId, kind)).pdf();
    }

    @Transactional
    public IssuedDocument issue(long caseId, String kind, Actor actor) {
        CaseSheet sheet = permitted(caseId, actor);
        CatalogueEntry e = composer.entry(kind);
        composer.requireAllowed(sheet, e);
        IssuedDocument latest = documents.selectLatest(caseId, kind);
        if (latest != null) {
            throw new DocumentAlreadyIssued(e.title(), latest.documentNumber());
        }
        String number = composer.existingNumber(sheet, e);
        if (number == null) {
            number = numbering.next(sheet.bodyId(), sheet.documentPrefix(), e.ownNumberKind(), today().getYear());
        }
        return store(sheet, e, number, 1, null, actor);
    }

    @Transactional
    public IssuedDocument reissue(long caseId, String kind, String reason, Actor actor) {
        CaseSheet sheet = permitted(caseId, actor); // who may act, before what was sent
        if (reason == null || reason.isBlank()) {
            throw new ReissueReasonRequired();
        }
        CatalogueEntry e = composer.entry(kind);
        IssuedDocument latest = documents.selectLatest(caseId, kind);
        if (latest == null) {
            throw new DocumentNotIssued(e.title());
        }
        return store(sheet, e, latest.documentNumber(), latest.version() + 1, reason.strip(), actor);
    }

    /** The stored PDF of an issued version (the case must be visible to the actor). */
    @Transactional(readOnly = true)
    public StoredPdf pdf(long caseId, long documentId, Actor actor) {
        cases.sheet(caseId, actor);
        IssuedDocument d = documents.selectById(documentId);
        if (d == null || d.caseId() != caseId) {
            throw new NotFound("document", documentId);
        }
        return new StoredPdf(d, documents.content(d.sha256()));
    }

    /** Renders an issued version again from the case as it stands now: the same case state gives the same bytes. */
    @Transactional(readOnly = true)
    public byte[] rerender(long caseId, long documentId, Actor actor) {
        CaseSheet sheet = cases.sheet(caseId, actor);
        IssuedDocument d = documents.selectById(documentId);
        if (d == null || d.caseId() != caseId) {
            throw new NotFound("document", documentId);
        }
        return composer.render(sheet, composer.entry(d.kind()), d.documentNumber(), d.version(), d.issuedOn(),
                d.verificationCode(), signatures.images(caseId, d.kind()), signatures.refusals(caseId, d.kind())).pdf();
    }

    /** An issued document with its bytes. */
    public record StoredPdf(IssuedDocument document, byte[] content) {
    }

    /** The latest issued versions of a case, for its case file (no access check: callers check). */
    @Transactional(readOnly = true)
    public List<StoredPdf> latestVersions(long caseId) {
        Map<String, IssuedDocument> latest = new LinkedHashMap<>();
        for (IssuedDocument d : documents.selectByCase(caseId)) {
            latest.put(d.kind(), d);
        }
        return latest.values().stream().map(d -> new StoredPdf(d, documents.content(d.sha256()))).toList();
    }

    /** What the portal says of a verification code; empty when no document carries it. */
    @Transactional(readOnly = true)
    public java.util.Optional<IssuedDocument> byCode(String code) {
        return java.util.Optional.ofNullable(code == null ? null : documents.selectByCode(code.strip().toUpperCase()));
    }

    private CaseSheet permitted(long caseId, Actor actor) {
        CaseSheet sheet = cases.sheet(caseId, actor);
        if (!cases.mayIssue(caseId, actor)) {
            throw new DocumentNotPermitted(sheet.caseNumber());
        }
        return sheet;
    }

    private IssuedDocument store(CaseSheet sheet, CatalogueEntry e, String number, int version, String reason, Actor actor) {
        LocalDate on = today();
        String code = newCode();
        DocumentComposer.Rendered r = composer.render(sheet, e, number, version, on, code,
                signatures.images(sheet.caseId(), e.kind()), signatures.refusals(sheet.caseId(), e.kind()));
        String sha = sha256(r.pdf());
        documents.insertContent(sha, r.pdf().length, r.pdf());
        IssuedDocumentRow row = new IssuedDocumentRow();
        row.caseId = sheet.caseId();
        row.bodyId = sheet.bodyId();
        row.bodyName = sheet.bodyName();
        row.kind = e.kind();
        row.title = e.title();
        row.version = version;
        row.documentNumber = number;
        row.verificationCode = code;
        row.issuedOn = on;
        row.issuedBy = actor.username();
        row.issuedAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        row.sha256 = sha;
        row.sizeBytes = r.pdf().length;
        row.pageCount = r.pages();
        row.reissueReason = reason;
        try {
            documents.insert(row);
        } catch (DuplicateKeyException race) {
            throw new Conflict("document-issued-concurrently", "APL Art. 47",
                    "document " + e.title() + " was issued by someone else at the same time", e.title());
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("documentId", row.id);
        payload.put("kind", e.kind());
        payload.put("number", number);
        payload.put("version", version);
        payload.put("sha256", sha);
        payload.put("verificationCode", code);
        payload.put("pages", r.pages());
        if (reason != null) {
            payload.put("reason", reason);
        }
        record.append(sheet.caseId(), new Act(version == 1 ? "DOCUMENT_ISSUED" : "DOCUMENT_REISSUED", null,
                actor.username(), "APL Art. 47", (version == 1 ? "签发" : "重新签发") + "《" + e.title() + "》" + number
                        + "（第 " + version + " 版）", payload));
        return documents.selectById(row.id);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static String newCode() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            s.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return s.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
