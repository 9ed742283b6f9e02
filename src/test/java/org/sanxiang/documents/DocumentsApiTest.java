package org.sanxiang.documents;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Every catalogue document of a penalty case with legal review and hearing, issued through the API: what the
 * procedure does not allow yet is refused (409 naming the step), the PDFs carry the party, the number, the
 * articles, the APL Art. 59 items and the remedy, and each issue's SHA-256 is in the verified record.
 */
@SanxiangTest
class DocumentsApiTest {

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

    @Test
    void issuesEveryDocumentOfAPenaltyCaseWithReviewAndHearing() throws Exception {
        long id = api.filedCase("赵某某", "SR-002"); // a matter whose provision sets a fine (城市市容和环境卫生管理条例 Art. 36)
        JsonNode early = api.call("zhangwei", "POST", "/api/cases/" + id + "/documents/PENALTY_DECISION", Map.of(), 409);
        assertThat(early.get("type").asText()).isEqualTo("urn:sanxiang:problem:document-step-not-done");
        assertThat(early.get("detail").asText()).contains("负责人决定");
        List<String> issued = new java.util.ArrayList<>(api.issueAllAllowed(id));
        assertThat(issued).containsExactly("FILING_APPROVAL", "INSPECTION_RECORD", "INQUIRY_RECORD");

        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/investigation-end", Map.of(
                "outcome", "PENALTY", "report", "违法建设事实清楚，证据确凿。", "proposedPenaltyTypes", List.of("FINE"),
                "proposedFine", 8000), 200);
        api.claimReview(id);
        api.call("chenjing", "POST", "/api/cases/" + id + "/steps/legal-review", Map.of("outcome", "AGREE",
                "opinion", "事实清楚，证据充分，适用依据正确，程序合法，同意。", "checklist", DocumentsApi.checklist()), 200);
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/prior-notice", Map.of(
                "noticeDate", Scenario.today().toString(), "proposedPenaltyTypes", List.of("FINE"), "proposedFine", 8000,
                "factsAndReasons", "拟依法予以罚款。"), 200);
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/statement-defence", Map.of(
                "response", "STATED", "content", "请求从轻处罚", "hearingRequested", true,
                "hearingRequestedOn", Scenario.today().toString()), 200);
        // APL Art. 64: the hearing's notice served at least seven days before
        api.call("zhangwei", "POST", "/api/cases/" + id + "/hearing-notice", Map.of(
                "servedOn", Scenario.SEVEN_WORKING_DAYS_AGO.toString(), "hearingAt", Scenario.today() + "T09:00:00",
                "place", "三张镇人民政府二楼会议室", "chairOfficerId", api.officer("liqiang")), 201);
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/hearing", Map.of(
                "chairOfficerId", api.officer("liqiang"), "heldOn", Scenario.today().toString(), "partyAppeared", true,
                "record", "听证笔录：当事人陈述系自住建房，请求从轻。"), 200);
        api.call("liuyang", "POST", "/api/cases/" + id + "/steps/head-decision", Map.of(
                "decidedOn", Scenario.today().toString(), "penaltyTypes", List.of("FINE"), "fineAmount", 6000,
                "reasons", "综合考虑当事人陈述申辩意见，依法从轻处罚。", "correction", Map.of("kind", "CORRECT",
                        "requirement", "立即拆除擅自设置的户外广告", "periodDays", 0)), 200);
        issued.addAll(api.issueAllAllowed(id));
        JsonNode noPenalty = api.call("zhangwei", "POST", "/api/cases/" + id + "/documents/NO_PENALTY_DECISION", Map.of(), 409);
        assertThat(noPenalty.get("type").asText()).isEqualTo("urn:sanxiang:problem:document-not-applicable");
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/service", Map.of(
                "method", "DIRECT", "servedOn", Scenario.today().toString(), "recipient", "赵某某"), 200);
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/execution", Map.of(
                "mode", "PAID", "amountPaid", 6000, "paidOn", Scenario.today().toString(), "receiptNumber", "FS-0001"), 200);
        // APL Art. 28: the order to correct is inspected (复查) before the case closes
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/follow-up-inspection", Map.of(
                "inspectedOn", Scenario.today().toString(), "corrected", true, "findings", "已改正。",
                "officerIds", List.of(api.officer("zhangwei"), api.officer("wangfang")),
                "certificatesShown", List.of("44190210001", "44190210003")), 200);
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/closing", Map.of("closingReport", "罚款已缴纳，执行完毕。"), 200);
        issued.addAll(api.issueAllAllowed(id));
        assertThat(issued).containsExactlyInAnyOrder("FILING_APPROVAL", "INSPECTION_RECORD", "INQUIRY_RECORD",
                "INVESTIGATION_REPORT", "REVIEW_OPINION", "PRIOR_NOTICE", "STATEMENT_RECORD", "HEARING_RECORD",
                "DECISION_APPROVAL", "PENALTY_DECISION", "SERVICE_RECEIPT", "CLOSING_APPROVAL");

        JsonNode docs = api.call("zhangwei", "GET", "/api/cases/" + id + "/documents", null, 200);
        String caseNumber = jdbc.queryForObject("SELECT case_number FROM enf_case WHERE id = ?", String.class, id);
        String decisionNumber = jdbc.queryForObject("SELECT decision_number FROM case_decision WHERE case_id = ?",
                String.class, id);
        for (JsonNode d : docs) {
            if (d.get("versions").isEmpty()) {
                continue;
            }
            JsonNode v = d.get("versions").get(0);
            byte[] pdf = api.bytes("zhangwei", "/api/cases/" + id + "/documents/issued/" + v.get("id").asLong() + ".pdf");
            assertThat(DocumentIssuing.sha256(pdf)).isEqualTo(v.get("sha256").asText());
            String text = DocumentsApi.text(pdf).replaceAll("\\s+", "");
            DocumentsApi.keep("penalty-" + d.get("kind").asText(), pdf);
            assertThat(text).as(d.get("kind").asText()).contains(d.get("title").asText(), "赵某某")
                    .contains(v.get("documentNumber").asText()).contains(v.get("verificationCode").asText());
        }

        JsonNode decision = version(docs, "PENALTY_DECISION");
        assertThat(decision.get("documentNumber").asText()).isEqualTo(decisionNumber);
        String text = DocumentsApi.text(api.bytes("zhangwei",
                "/api/cases/" + id + "/documents/issued/" + decision.get("id").asLong() + ".pdf"));
        String flat = text.replaceAll("\\s+", "");
        // APL Art. 59: (1) name and address, (2) facts and evidence, (3) type and basis, (4) manner and deadline,
        // (5) reconsideration / litigation with the organs and time limits, (6) body and date
        assertThat(flat).contains("当事人：赵某某", "住址：三张镇东村5号", "经查明：当事人未取得乡村建设规划许可证",
                "以上事实有下列证据证明", "询问笔录", "罚款6000.00元（人民币陆仟元整）", "《城市市容和环境卫生管理条例》",
                "自收到本决定书之日起十五日内", "六十日内向某某市人民政府申请行政复议", "六个月内依法向某某市第一人民法院提起行政诉讼",
                "三张镇综合行政执法办公室", "二〇二六年十一月十八日", "听证");
        assertThat(flat).contains(decisionNumber);
        assertThat(DocumentsApi.text(api.bytes("zhangwei", "/api/cases/" + id + "/documents/issued/"
                + version(docs, "FILING_APPROVAL").get("id").asLong() + ".pdf")).replaceAll("\\s+", ""))
                .contains(caseNumber, "赵某某", "张伟（执法证号44190210001）", "同意立案");

        JsonNode detail = api.call("zhangwei", "GET", "/api/cases/" + id, null, 200);
        assertThat(detail.get("chain").get("valid").asBoolean()).isTrue();
        List<String> recorded = new java.util.ArrayList<>();
        detail.get("timeline").forEach(e -> {
            if (e.get("act").asText().equals("DOCUMENT_ISSUED")) {
                recorded.add(e.get("payload").asText());
            }
        });
        assertThat(recorded).hasSize(12);
        assertThat(String.join("\n", recorded)).contains(decision.get("sha256").asText());
    }

    static JsonNode version(JsonNode docs, String kind) {
        for (JsonNode d : docs) {
            if (d.get("kind").asText().equals(kind)) {
                return d.get("versions").get(d.get("versions").size() - 1);
            }
        }
        throw new AssertionError("no document " + kind);
    }
}
