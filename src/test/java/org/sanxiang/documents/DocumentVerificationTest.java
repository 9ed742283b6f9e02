package org.sanxiang.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.sanxiang.process.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/**
 * A document is stable and checkable: rendering twice gives the same bytes, the hash is in the verified record,
 * the QR code read off the rendered page resolves on the portal to the same hash (and nothing personal), a
 * reissue is a new version beside the old, a document lacking fields is refused naming them, and the case file's
 * table of contents matches its pages.
 */
@SanxiangTest
class DocumentVerificationTest {

    static final Actor ZHANG = Scenario.ZHANG;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DocumentIssuing issuing;
    @Autowired
    CaseFiles caseFiles;

    DocumentsApi api;

    @BeforeEach
    void setUp() {
        api = new DocumentsApi(mvc, json, jdbc);
    }

    long decidedNoPenaltyCase(String party) throws Exception {
        long id = api.filedCase(party, "SR-001");
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/investigation-end", Map.of(
                "outcome", "NO_PENALTY_MINOR", "report", "违法行为轻微并已及时改正。"), 200);
        api.call("liuyang", "POST", "/api/cases/" + id + "/steps/head-decision", Map.of(
                "decidedOn", Scenario.today().toString(), "penaltyTypes", List.of(),
                "reasons", "违法行为轻微并及时改正，没有造成危害后果。"), 200);
        return id;
    }

    @Test
    void sameCaseStateRendersTheSameBytesAndTheRecordHoldsTheHash() throws Exception {
        long id = decidedNoPenaltyCase("吴某某");
        byte[] draft1 = api.bytes("zhangwei", "/api/cases/" + id + "/documents/NO_PENALTY_DECISION/draft");
        byte[] draft2 = api.bytes("zhangwei", "/api/cases/" + id + "/documents/NO_PENALTY_DECISION/draft");
        assertThat(DocumentIssuing.sha256(draft1)).isEqualTo(DocumentIssuing.sha256(draft2));
        assertThat(DocumentsApi.text(draft1)).contains("样稿");

        JsonNode issued = api.issue(id, "NO_PENALTY_DECISION");
        String sha = issued.get("sha256").asText();
        byte[] again = issuing.rerender(id, issued.get("id").asLong(), ZHANG);
        assertThat(DocumentIssuing.sha256(again)).isEqualTo(sha);
        byte[] stored = api.bytes("zhangwei", "/api/cases/" + id + "/documents/issued/" + issued.get("id").asLong() + ".pdf");
        assertThat(DocumentIssuing.sha256(stored)).isEqualTo(sha);

        JsonNode detail = api.call("zhangwei", "GET", "/api/cases/" + id, null, 200);
        assertThat(detail.get("chain").get("valid").asBoolean()).isTrue();
        JsonNode last = detail.get("timeline").get(detail.get("timeline").size() - 1);
        assertThat(last.get("act").asText()).isEqualTo("DOCUMENT_ISSUED");
        assertThat(last.get("payload").asText()).contains(sha).contains(issued.get("verificationCode").asText());

        JsonNode twice = api.call("zhangwei", "POST", "/api/cases/" + id + "/documents/NO_PENALTY_DECISION", Map.of(), 409);
        assertThat(twice.get("type").asText()).isEqualTo("urn:sanxiang:problem:document-already-issued");
        api.call("zhangwei", "POST", "/api/cases/" + id + "/documents/NO_PENALTY_DECISION/reissue", Map.of("reason", " "), 400);
        JsonNode second = api.call("zhangwei", "POST", "/api/cases/" + id + "/documents/NO_PENALTY_DECISION/reissue",
                Map.of("reason", "更正笔误"), 201);
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("documentNumber").asText()).isEqualTo(issued.get("documentNumber").asText());
        assertThat(second.get("verificationCode").asText()).isNotEqualTo(issued.get("verificationCode").asText());
        JsonNode docs = api.call("zhangwei", "GET", "/api/cases/" + id + "/documents", null, 200);
        for (JsonNode d : docs) {
            if (d.get("kind").asText().equals("NO_PENALTY_DECISION")) {
                assertThat(d.get("versions")).hasSize(2);
                assertThat(d.get("versions").get(0).get("sha256").asText()).isEqualTo(sha);
            }
        }
        assertThat(DocumentIssuing.sha256(api.bytes("zhangwei", "/api/cases/" + id + "/documents/issued/"
                + issued.get("id").asLong() + ".pdf"))).isEqualTo(sha);
        assertThat(api.call("zhangwei", "GET", "/api/cases/" + id, null, 200).get("chain").get("valid").asBoolean()).isTrue();
    }

    @Test
    void theQrCodeOnThePageResolvesOnThePortalToTheSameHash() throws Exception {
        long id = decidedNoPenaltyCase("郑某某");
        JsonNode issued = api.issue(id, "NO_PENALTY_DECISION");
        byte[] pdf = api.bytes("zhangwei", "/api/cases/" + id + "/documents/issued/" + issued.get("id").asLong() + ".pdf");
        String decoded = null;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = doc.getNumberOfPages() - 1; p >= 0 && decoded == null; p--) {
                for (int dpi : new int[] {200, 300, 150}) {
                    BufferedImage page = renderer.renderImageWithDPI(p, dpi, org.apache.pdfbox.rendering.ImageType.GRAY);
                    // the whole page, then its lower half (the verification block), so text and seal do not mislead
                    for (BufferedImage image : List.of(page, page.getSubimage(0, page.getHeight() / 2, page.getWidth(),
                            page.getHeight() / 2))) {
                        if (decoded == null) {
                            decoded = qr(image);
                        }
                    }
                }
            }
        }
        String code = issued.get("verificationCode").asText();
        assertThat(decoded).isEqualTo("http://localhost:8080/portal/documents/" + code);

        MvcResult answer = mvc.perform(get("/portal/documents/" + code).accept(MediaType.APPLICATION_JSON)).andReturn();
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        JsonNode portal = json.readTree(answer.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(portal.get("sha256").asText()).isEqualTo(issued.get("sha256").asText()).isEqualTo(DocumentIssuing.sha256(pdf));
        assertThat(portal.get("documentNumber").asText()).isEqualTo(issued.get("documentNumber").asText());
        assertThat(portal.get("bodyName").asText()).isEqualTo("三张镇综合行政执法办公室");
        assertThat(portal.get("issuedOn").asText()).isEqualTo(Scenario.today().toString());
        assertThat(portal.get("title").asText()).isEqualTo("不予行政处罚决定书");
        Set<String> fields = new java.util.HashSet<>();
        portal.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("verificationCode", "documentNumber", "bodyName", "issuedOn", "kind",
                "title", "version", "sha256");
        assertThat(portal.toString()).doesNotContain("郑某某");

        MvcResult page = mvc.perform(get("/portal/documents/" + code).accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(issued.get("sha256").asText());
        MvcResult unknown = mvc.perform(get("/portal/documents/ZZZZZZZZZZ").accept(MediaType.APPLICATION_JSON)).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknown.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("document-code-unknown", "未找到");
        MvcResult unknownPage = mvc.perform(get("/portal/documents/ZZZZZZZZZZ").accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(unknownPage.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknownPage.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("未找到验证码为");
    }

    @Test
    void aDocumentLackingFieldsIsRefusedNamingThemAndNothingIsIssued() throws Exception {
        Map<String, Object> lead = Map.of(
                "bodyId", jdbc.queryForObject("SELECT id FROM enforcement_body WHERE code = 'SZZ'", Long.class),
                "source", "INSPECTION", "matterId", jdbc.queryForObject("SELECT id FROM power_item WHERE code = 'SR-001'", Long.class),
                "facts", "当事人占道经营。", "actDate", Scenario.today().toString(), "discoveredOn", Scenario.today().toString(),
                "place", "三张镇人民路", "party", Map.of("kind", "NATURAL_PERSON", "name", "冯某某", "idNumber", "11010519491231002X"),
                "handlerIds", List.of(api.officer("zhangwei"), api.officer("liqiang")));
        long id = api.call("zhangwei", "POST", "/api/cases", lead, 201).get("id").asLong();
        api.call("liuyang", "POST", "/api/cases/" + id + "/steps/filing-approval", Map.of("approved", true, "opinion", "同意立案"), 200);
        api.call("zhangwei", "POST", "/api/cases/" + id + "/investigation-records", Map.of(
                "kind", "ON_SITE_INSPECTION", "recordedOn", Scenario.today().toString(), "place", "三张镇人民路",
                "officerIds", List.of(api.officer("zhangwei"), api.officer("liqiang")),
                "certificatesShown", List.of("44190210001", "44190210002"), "content", "现场检查：占道摆摊约 4 平方米。"), 201);
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/investigation", Map.of("summary", "调查完毕"), 200);
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/investigation-end", Map.of(
                "outcome", "PENALTY", "report", "事实清楚。", "proposedPenaltyTypes", List.of("FINE"), "proposedFine", 1000), 200);
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/prior-notice", Map.of(
                "noticeDate", Scenario.today().toString(), "proposedPenaltyTypes", List.of("FINE"), "proposedFine", 1000,
                "factsAndReasons", "拟予罚款。"), 200);
        int entries = api.call("zhangwei", "GET", "/api/cases/" + id, null, 200).get("timeline").size();
        JsonNode refused = api.call("zhangwei", "POST", "/api/cases/" + id + "/documents/PRIOR_NOTICE", Map.of(), 422);
        assertThat(refused.get("type").asText()).isEqualTo("urn:sanxiang:problem:document-fields-missing");
        assertThat(refused.get("detail").asText()).contains("当事人住址");
        assertThat(refused.get("detail").asText()).doesNotContain("当事人名称");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM issued_document WHERE case_id = ?", Integer.class, id)).isZero();
        assertThat(api.call("zhangwei", "GET", "/api/cases/" + id, null, 200).get("timeline")).hasSize(entries);
        JsonNode stranger = api.call("zhaomin", "POST", "/api/cases/" + id + "/documents/FILING_APPROVAL", Map.of(), 403);
        assertThat(stranger.get("type").asText()).isEqualTo("urn:sanxiang:problem:document-not-permitted");
    }

    @Test
    void theCaseFileListsEachDocumentOnThePagesItIsOn() throws Exception {
        long id = decidedNoPenaltyCase("陈某某");
        api.issueAllAllowed(id);
        CaseFiles.CaseFile file = caseFiles.caseFile(id, ZHANG);
        byte[] pdf = api.bytes("zhangwei", "/api/cases/" + id + "/case-file.pdf");
        assertThat(DocumentIssuing.sha256(pdf)).isEqualTo(DocumentIssuing.sha256(file.pdf()));
        DocumentsApi.keep("case-file", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(file.toc().get(file.toc().size() - 1).lastPage());
            PDFTextStripper stripper = new PDFTextStripper();
            assertThat(page(stripper, doc, 1)).contains("行政处罚案卷", "陈某某", "保管期限");
            String toc = page(stripper, doc, 2);
            assertThat(toc).contains("卷内文件目录");
            for (CaseFiles.TocLine line : file.toc()) {
                assertThat(toc).contains(line.title().replaceAll("\\s+", ""), line.pages());
                String first = page(stripper, doc, line.firstPage());
                assertThat(first).as(line.title()).contains(line.title().replaceAll("\\s+", ""))
                        .contains("卷内第" + line.firstPage() + "页");
            }
            assertThat(file.toc()).extracting(CaseFiles.TocLine::title).startsWith("立案审批表")
                    .endsWith("证据目录", "备考表");
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                assertThat(page(stripper, doc, p)).contains("卷内第" + p + "页");
            }
        }
        MvcResult zip = mvc.perform(get("/api/cases/" + id + "/archive").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("zhangwei",
                        "demo1234"))).andReturn();
        assertThat(zip.getResponse().getStatus()).isEqualTo(200);
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.getResponse().getContentAsByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("case-file.pdf")) {
                    found = DocumentIssuing.sha256(in.readAllBytes()).equals(DocumentIssuing.sha256(pdf));
                }
            }
        }
        assertThat(found).as("the archive ZIP holds the same case file").isTrue();
    }

    @Test
    void aSignatureIsAPngOfAtMostOneMegabyteAndARefusalNeedsReasonAndWitness() throws Exception {
        long id = api.filedCase("褚某某", "SR-001");
        String path = "/api/cases/" + id + "/documents/INQUIRY_RECORD/signatures";
        int entries = api.call("zhangwei", "GET", "/api/cases/" + id, null, 200).get("timeline").size();
        assertThat(upload(path, "被询问人", "not a png".getBytes(StandardCharsets.UTF_8)).getResponse().getStatus()).isEqualTo(400);
        byte[] big = new byte[(int) DocumentSignatures.MAX_BYTES + 1];
        System.arraycopy(png(), 0, big, 0, png().length);
        assertThat(upload(path, "被询问人", big).getResponse().getStatus()).isEqualTo(400);
        assertThat(upload(path, "旁人", png()).getResponse().getStatus()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_signature WHERE case_id = ?", Integer.class, id)).isZero();
        assertThat(api.call("zhangwei", "GET", "/api/cases/" + id, null, 200).get("timeline")).hasSize(entries);

        MvcResult signed = upload(path, "被询问人", png());
        assertThat(signed.getResponse().getStatus()).isEqualTo(201);
        JsonNode detail = api.call("zhangwei", "GET", "/api/cases/" + id, null, 200);
        JsonNode last = detail.get("timeline").get(detail.get("timeline").size() - 1);
        assertThat(last.get("act").asText()).isEqualTo("SIGNATURE_RECORDED");
        assertThat(last.get("payload").asText()).contains(DocumentIssuing.sha256(png()));
        JsonNode issued = api.issue(id, "INQUIRY_RECORD");
        byte[] pdf = api.bytes("zhangwei", "/api/cases/" + id + "/documents/issued/" + issued.get("id").asLong() + ".pdf");
        assertThat(images(pdf)).as("the signature and the QR code").isGreaterThanOrEqualTo(2);

        api.call("zhangwei", "POST", path + "/refusal", Map.of("signer", "被询问人", "reason", "不愿签名"), 400);
        api.call("zhangwei", "POST", path + "/refusal", Map.of("signer", "被询问人", "reason", "不愿签名", "witness", "村干部李某"), 201);
        JsonNode second = api.call("zhangwei", "POST", "/api/cases/" + id + "/documents/INQUIRY_RECORD/reissue",
                Map.of("reason", "被询问人拒绝签名"), 201);
        String text = DocumentsApi.text(api.bytes("zhangwei", "/api/cases/" + id + "/documents/issued/"
                + second.get("id").asLong() + ".pdf")).replaceAll("\\s+", "");
        assertThat(text).contains("拒绝签名。理由：不愿签名；见证人：村干部李某");
        assertThat(api.call("zhangwei", "GET", "/api/cases/" + id, null, 200).get("chain").get("valid").asBoolean()).isTrue();
    }

    MvcResult upload(String path, String signer, byte[] content) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path)
                .file(new org.springframework.mock.web.MockMultipartFile("image", "sig.png", "image/png", content))
                .param("signer", signer)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                        "zhangwei", "demo1234"))).andReturn();
    }

    static byte[] png() throws java.io.IOException {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.drawLine(5, 30, 115, 10);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static int images(byte[] pdf) throws java.io.IOException {
        int n = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    static String qr(BufferedImage image) {
        try {
            return new com.google.zxing.qrcode.QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image))), Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        } catch (com.google.zxing.NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException none) {
            return null;
        }
    }

    static String page(PDFTextStripper stripper, PDDocument doc, int page) throws java.io.IOException {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", "");
    }
}
