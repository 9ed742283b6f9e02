package org.sanxiang.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The other outcomes through the API: no penalty, transfer, and the summary procedure's 当场行政处罚决定书. */
@SanxiangTest
class DocumentOutcomesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    DocumentsApi api;

    @BeforeEach
    void setUp() {
        api = new DocumentsApi(mvc, json, jdbc);
    }

    String pdfText(long caseId, JsonNode version) throws Exception {
        byte[] pdf = api.bytes("zhangwei", "/api/cases/" + caseId + "/documents/issued/" + version.get("id").asLong() + ".pdf");
        return DocumentsApi.text(pdf).replaceAll("\\s+", "");
    }

    @Test
    void issuesTheNoPenaltyDecisionWithItsArticleAndRemedy() throws Exception {
        long id = api.filedCase("钱某某", "SR-001");
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/investigation-end", Map.of(
                "outcome", "NO_PENALTY_MINOR", "report", "违法行为轻微并已及时改正。"), 200);
        JsonNode early = api.call("zhangwei", "POST", "/api/cases/" + id + "/documents/NO_PENALTY_DECISION", Map.of(), 409);
        assertThat(early.get("detail").asText()).contains("负责人决定");
        api.call("liuyang", "POST", "/api/cases/" + id + "/steps/head-decision", Map.of(
                "decidedOn", Scenario.today().toString(), "penaltyTypes", List.of(),
                "reasons", "违法行为轻微并及时改正，没有造成危害后果。"), 200);
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/service", Map.of(
                "method", "DIRECT", "servedOn", Scenario.today().toString(), "recipient", "钱某某"), 200);
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/closing", Map.of("closingReport", "不予处罚，结案。"), 200);
        List<String> issued = api.issueAllAllowed(id);
        assertThat(issued).containsExactlyInAnyOrder("FILING_APPROVAL", "INSPECTION_RECORD", "INQUIRY_RECORD",
                "INVESTIGATION_REPORT", "DECISION_APPROVAL", "NO_PENALTY_DECISION", "SERVICE_RECEIPT", "CLOSING_APPROVAL");
        JsonNode docs = api.call("zhangwei", "GET", "/api/cases/" + id + "/documents", null, 200);
        JsonNode decision = DocumentsApiTest.version(docs, "NO_PENALTY_DECISION");
        assertThat(decision.get("documentNumber").asText()).startsWith("三张综执不罚〔");
        String text = pdfText(id, decision);
        DocumentsApi.keep("no-penalty-NO_PENALTY_DECISION", api.bytes("zhangwei",
                "/api/cases/" + id + "/documents/issued/" + decision.get("id").asLong() + ".pdf"));
        assertThat(text).contains("不予行政处罚决定书", "钱某某", decision.get("documentNumber").asText(),
                "第五十七条第一款第（二）项", "决定对当事人不予行政处罚", "六十日内向某某市人民政府申请行政复议", "六个月内");
        JsonNode penalty = api.call("zhangwei", "POST", "/api/cases/" + id + "/documents/PENALTY_DECISION", Map.of(), 409);
        assertThat(penalty.get("type").asText()).isEqualTo("urn:sanxiang:problem:document-not-applicable");
    }

    @Test
    void issuesTheTransferLetterToTheReceivingOrgan() throws Exception {
        long id = api.filedCase("孙某某", "SR-001");
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/investigation-end", Map.of(
                "outcome", "TRANSFER", "report", "涉嫌犯罪。", "transferReason", "涉嫌犯罪，数额较大"), 200);
        api.call("liuyang", "POST", "/api/cases/" + id + "/steps/transfer", Map.of(
                "receivingOrgan", "某县公安局", "letterDate", Scenario.today().toString(), "reasons", "涉嫌犯罪，数额较大"), 200);
        List<String> issued = api.issueAllAllowed(id);
        assertThat(issued).contains("FILING_APPROVAL", "INVESTIGATION_REPORT", "TRANSFER_LETTER")
                .doesNotContain("PENALTY_DECISION", "NO_PENALTY_DECISION", "PRIOR_NOTICE");
        JsonNode docs = api.call("zhangwei", "GET", "/api/cases/" + id + "/documents", null, 200);
        JsonNode letter = DocumentsApiTest.version(docs, "TRANSFER_LETTER");
        assertThat(letter.get("documentNumber").asText()).startsWith("三张综执移〔");
        assertThat(pdfText(id, letter)).contains("案件移送函", "某县公安局：", "孙某某", "第二十七条", letter.get("documentNumber").asText());
    }

    @Test
    void issuesTheOnTheSpotDecisionOfASummaryCase() throws Exception {
        long body = jdbc.queryForObject("SELECT id FROM enforcement_body WHERE code = 'SZZ'", Long.class);
        long matter = jdbc.queryForObject("SELECT id FROM power_item WHERE code = 'GF-002'", Long.class);
        JsonNode created = api.call("zhangwei", "POST", "/api/summary-cases", Map.of("bodyId", body, "matterId", matter,
                "facts", "当事人未按规定分类投放生活垃圾。", "place", "三张镇人民路 20 号", "decidedOn", Scenario.today().toString(),
                "party", Map.of("kind", "NATURAL_PERSON", "name", "周某某", "address", "三张镇人民路 20 号"),
                "handlerIds", List.of(api.officer("zhangwei"), api.officer("liqiang")), "penaltyType", "FINE",
                "fineAmount", 50), 201);
        long id = created.get("id").asLong();
        List<String> issued = new ArrayList<>(api.issueAllAllowed(id));
        assertThat(issued).containsExactly("SUMMARY_DECISION");
        JsonNode general = api.call("zhangwei", "POST", "/api/cases/" + id + "/documents/FILING_APPROVAL", Map.of(), 409);
        assertThat(general.get("type").asText()).isEqualTo("urn:sanxiang:problem:document-not-applicable");
        JsonNode docs = api.call("zhangwei", "GET", "/api/cases/" + id + "/documents", null, 200);
        assertThat(docs).hasSize(1);
        JsonNode decision = DocumentsApiTest.version(docs, "SUMMARY_DECISION");
        byte[] pdf = api.bytes("zhangwei", "/api/cases/" + id + "/documents/issued/" + decision.get("id").asLong() + ".pdf");
        DocumentsApi.keep("summary-SUMMARY_DECISION", pdf);
        assertThat(DocumentsApi.text(pdf).replaceAll("\\s+", "")).contains("当场行政处罚决定书", "周某某",
                decision.get("documentNumber").asText(), "罚款50.00元（人民币伍拾元整）", "张伟（执法证号44190210001）",
                "李强（执法证号44190210002）", "六十日内", "六个月内");
    }
}
