package org.sanxiang.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.sanxiang.cases.Scenario;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Drives cases and their documents through the REST API, as the documents tests need it. */
class DocumentsApi {

    static final String PASSWORD = "demo1234";

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;

    DocumentsApi(MockMvc mvc, ObjectMapper json, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.json = json;
        this.jdbc = jdbc;
    }

    JsonNode call(String user, String method, String path, Object body, int expectedStatus) throws Exception {
        var request = ("GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).with(httpBasic(user, PASSWORD));
        MvcResult result = mvc.perform(request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn();
        String content = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as("%s %s -> %s", method, path, content).isEqualTo(expectedStatus);
        return content.isEmpty() ? null : json.readTree(content);
    }

    byte[] bytes(String user, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(httpBasic(user, PASSWORD))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsByteArray();
    }

    long officer(String username) {
        return jdbc.queryForObject("SELECT id FROM officer WHERE username = ?", Long.class, username);
    }

    static List<Map<String, Object>> checklist() {
        return java.util.Arrays.stream(org.sanxiang.review.ChecklistPoint.values())
                .map(p -> Map.<String, Object>of("point", p.name(), "ok", true)).toList();
    }

    /** A new general-procedure case, filed, with an on-site record and an inquiry record. */
    long filedCase(String partyName, String matterCode) throws Exception {
        Map<String, Object> lead = Map.of(
                "bodyId", jdbc.queryForObject("SELECT id FROM enforcement_body WHERE code = 'SZZ'", Long.class),
                "source", "COMPLAINT",
                "matterId", jdbc.queryForObject("SELECT id FROM power_item WHERE code = ?", Long.class, matterCode),
                "facts", "当事人未取得乡村建设规划许可证，在三张镇东村承包地上建房，建筑面积约 120 平方米。",
                "actDate", Scenario.today().minusMonths(2).toString(),
                "discoveredOn", Scenario.today().toString(),
                "place", "三张镇东村",
                "party", Map.of("kind", "NATURAL_PERSON", "name", partyName, "idNumber", "11010519491231002X",
                        "address", "三张镇东村 5 号", "phone", "13800000000"),
                "handlerIds", List.of(officer("zhangwei"), officer("wangfang")));
        long id = call("zhangwei", "POST", "/api/cases", lead, 201).get("id").asLong();
        call("liuyang", "POST", "/api/cases/" + id + "/steps/filing-approval", Map.of("approved", true, "opinion", "同意立案"), 200);
        call("wangfang", "POST", "/api/cases/" + id + "/investigation-records", Map.of(
                "kind", "ON_SITE_INSPECTION", "recordedOn", Scenario.today().toString(), "place", "三张镇东村",
                "officerIds", List.of(officer("zhangwei"), officer("wangfang")),
                "certificatesShown", List.of("44190210001", "44190210003"),
                "content", "现场勘验：在建房屋一层，面积约 120 平方米，未取得许可。"), 201);
        call("wangfang", "POST", "/api/cases/" + id + "/investigation-records", Map.of(
                "kind", "INQUIRY", "recordedOn", Scenario.today().toString(), "place", "三张镇综合行政执法办公室",
                "officerIds", List.of(officer("zhangwei"), officer("wangfang")),
                "certificatesShown", List.of("44190210001", "44190210003"),
                "content", "问：房屋是谁建的？答：是我自己建的，没有办规划许可。"), 201);
        call("wangfang", "POST", "/api/cases/" + id + "/steps/investigation", Map.of("summary", "调查完毕"), 200);
        return id;
    }

    void claimReview(long caseId) throws Exception {
        String taskId = jdbc.queryForObject("SELECT task_id FROM inbox_task WHERE case_id = ? AND step = 'Task_LegalReview'",
                String.class, caseId);
        call("chenjing", "POST", "/api/tasks/" + taskId + "/claim", Map.of(), 204);
    }

    JsonNode issue(long caseId, String kind) throws Exception {
        return call("zhangwei", "POST", "/api/cases/" + caseId + "/documents/" + kind, Map.of(), 201);
    }

    /** Issues every document the case allows and has not issued yet; returns the kinds issued. */
    List<String> issueAllAllowed(long caseId) throws Exception {
        JsonNode docs = call("zhangwei", "GET", "/api/cases/" + caseId + "/documents", null, 200);
        List<String> issued = new java.util.ArrayList<>();
        for (JsonNode d : docs) {
            if (d.get("allowed").asBoolean() && d.get("versions").isEmpty()) {
                issue(caseId, d.get("kind").asText());
                issued.add(d.get("kind").asText());
            }
        }
        return issued;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Keeps the PDF under target/documents/ to look at (rendered to PNG by hand, see src/docs/documents.md). */
    static void keep(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
    }
}
