package org.sanxiang.cases.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.sanxiang.cases.CaseQueries;
import org.sanxiang.cases.CaseViews.CaseDetail;
import org.sanxiang.evidence.EvidenceAccessPolicy;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceRegistry;
import org.sanxiang.process.Actor;
import org.sanxiang.recording.ChainHead;
import org.sanxiang.recording.Checkpoint;
import org.sanxiang.recording.RecordCheckpoints;
import org.sanxiang.recording.RecordEntry;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jakarta.servlet.http.HttpServletResponse;

/**
 * One ZIP per case for the case file (案卷, RULES §5): an index page, every evidence file, the record
 * entries, the checkpoints covering them and {@code manifest.sha256}. Checked offline with
 * {@code sha256sum -c manifest.sha256} and {@code scripts/verify-archive}.
 */
@RestController
class CaseArchiveController {

    private final CaseQueries cases;
    private final EvidenceAccessPolicy access;
    private final EvidenceRegistry evidence;
    private final RecordCheckpoints checkpoints;
    private final ObjectMapper json;
    private final org.sanxiang.documents.CaseFiles caseFiles;

    CaseArchiveController(CaseQueries cases, EvidenceAccessPolicy access, EvidenceRegistry evidence, RecordCheckpoints checkpoints,
            ObjectMapper json, org.sanxiang.documents.CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
        this.cases = cases;
        this.access = access;
        this.evidence = evidence;
        this.checkpoints = checkpoints;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @GetMapping("/api/cases/{caseId}/archive")
    void archive(@PathVariable long caseId, Actor actor, HttpServletResponse response) throws IOException {
        access.caseOf(caseId, actor).requireRead(); // the archive holds the evidence: it follows evidence access
        CaseDetail detail = cases.detail(caseId, actor);
        List<EvidenceItem> items = evidence.list(caseId);
        List<Map<String, Object>> entries = detail.timeline().stream().map(CaseArchiveController::entry).toList();
        List<Map<String, Object>> covering = new ArrayList<>();
        for (Checkpoint c : checkpoints.covering(caseId)) {
            covering.add(checkpoint(c, checkpoints.heads(c.id())));
        }

        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("case-" + caseId + "-archive.zip").build().toString());
        Map<String, String> manifest = new LinkedHashMap<>();
        try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8)) {
            add(zip, manifest, "index.html", index(detail, items, covering.size()).getBytes(StandardCharsets.UTF_8));
            add(zip, manifest, "case.json", json.writeValueAsBytes(caseSummary(detail)));
            List<Map<String, Object>> itemJson = new ArrayList<>();
            for (EvidenceItem item : items) {
                String path = archivePath(item);
                Map<String, Object> m = json.convertValue(item, Map.class);
                m.put("archivePath", path);
                itemJson.add(m);
                try (InputStream in = evidence.content(item).getInputStream()) {
                    add(zip, manifest, path, in);
                }
            }
            add(zip, manifest, "evidence.json", json.writeValueAsBytes(itemJson));
            add(zip, manifest, "case-file.pdf", caseFiles.caseFile(caseId, actor).pdf()); // 案卷 (documents module)
            add(zip, manifest, "record/entries.json", json.writeValueAsBytes(entries));
            add(zip, manifest, "record/verification.json", json.writeValueAsBytes(Map.of(
                    "chain", detail.chain(), "checkpoints", checkpoints.compare(caseId))));
            add(zip, manifest, "checkpoints/checkpoints.json", json.writeValueAsBytes(covering));
            StringBuilder lines = new StringBuilder();
            manifest.forEach((name, hash) -> lines.append(hash).append("  ").append(name).append('\n'));
            zip.putNextEntry(new ZipEntry("manifest.sha256"));
            zip.write(lines.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static String archivePath(EvidenceItem item) {
        return "evidence/" + item.id() + "-" + item.fileName().replace(' ', '_');
    }

    private static Map<String, Object> entry(RecordEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseId", e.caseId());
        m.put("seq", e.seq());
        m.put("act", e.act());
        m.put("step", e.step());
        m.put("actor", e.actor());
        m.put("article", e.article());
        m.put("summary", e.summary());
        m.put("payload", e.payload());
        m.put("recordedAt", e.recordedAt().toString()); // exactly the text that was hashed
        m.put("prevHash", e.prevHash());
        m.put("hash", e.hash());
        return m;
    }

    private static Map<String, Object> checkpoint(Checkpoint c, List<ChainHead> heads) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("createdAt", c.createdAt().toString());
        m.put("chains", c.chains());
        m.put("entries", c.entries());
        m.put("digest", c.digest());
        m.put("signedText", c.signedText());
        m.put("signature", c.signature());
        m.put("publicKey", c.publicKey());
        m.put("heads", heads.stream().map(h -> List.of(h.caseId(), h.seq(), h.hash())).toList());
        return m;
    }

    private static Map<String, Object> caseSummary(CaseDetail d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("caseNumber", d.caseNumber());
        m.put("procedureKind", d.procedureKind());
        m.put("status", d.status());
        m.put("matter", d.matterName());
        m.put("facts", d.facts());
        m.put("parties", d.parties());
        m.put("handlers", d.handlers());
        m.put("steps", d.steps());
        m.put("investigationRecords", d.investigationRecords());
        m.put("decisions", d.decisions());
        return m;
    }

    private static String index(CaseDetail d, List<EvidenceItem> items, int checkpointCount) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(h(d.caseNumber())).append(" 案卷</title></head><body>")
                .append("<h1>").append(h(d.caseNumber())).append(" ").append(h(d.matterName())).append("</h1>")
                .append("<p>状态：").append(h(d.status())).append("；记录链：").append(d.chain().valid() ? "完整" : "已被改动")
                .append("（").append(d.chain().entries()).append(" 条）；覆盖的校验点：").append(checkpointCount).append("</p>")
                .append("<h2>证据</h2><table border=\"1\"><tr><th>编号</th><th>种类</th><th>环节</th><th>文件</th><th>SHA-256</th><th>排除</th></tr>");
        for (EvidenceItem i : items) {
            String path = archivePath(i);
            html.append("<tr><td>").append(i.id()).append("</td><td>").append(h(i.type().label())).append("</td><td>")
                    .append(h(i.step())).append("</td><td><a href=\"").append(h(path)).append("\">").append(h(i.fileName()))
                    .append("</a></td><td><code>").append(i.sha256()).append("</code></td><td>")
                    .append(i.excluded() ? h("是：" + i.exclusionReason()) : "否").append("</td></tr>");
        }
        html.append("</table><h2>全过程记录</h2><ol>");
        for (RecordEntry e : d.timeline()) {
            html.append("<li>").append(h(e.recordedAt().toString())).append(" ").append(h(e.actor())).append(" ")
                    .append(h(e.summary())).append(" <code>").append(e.hash(), 0, 12).append("…</code></li>");
        }
        return html.append("</ol><p>离线校验：<code>sha256sum -c manifest.sha256</code>；完整校验：<code>scripts/verify-archive</code>。</p>")
                .append("</body></html>").toString();
    }

    private static String h(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }

    private static void add(ZipOutputStream zip, Map<String, String> manifest, String name, byte[] bytes) throws IOException {
        add(zip, manifest, name, new java.io.ByteArrayInputStream(bytes));
    }

    /** Writes an entry and records the SHA-256 of the bytes actually written. */
    private static void add(ZipOutputStream zip, Map<String, String> manifest, String name, InputStream in) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = new DigestOutputStream(new NonClosing(zip), digest);
        in.transferTo(out);
        out.flush();
        zip.closeEntry();
        manifest.put(name, HexFormat.of().formatHex(digest.digest()));
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
        }
    }
}
