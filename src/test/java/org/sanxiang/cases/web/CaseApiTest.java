package org.sanxiang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One case from lead to 归档 through the REST API, checking after every step the engine's position,
 * our tables and the case's chained record. Runs on H2 and, under scripts/test, on the MySQL server.
 */
@SanxiangTest
class CaseApiTest {

    static final String PASSWORD = "demo1234";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;

    JsonNode call(String user, String method, String path, Object body, int expectedStatus) throws Exception {
        var request = ("GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).with(httpBasic(user, PASSWORD));
        MvcResult result = mvc.perform(request).andReturn();
        String content = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as("%s %s -> %s", method, path, content).isEqualTo(expectedStatus);
        return content.isEmpty() ? null : json.readTree(content);
    }

    static List<Map<String, Object>> checklist() {
        return java.util.Arrays.stream(org.sanxiang.review.ChecklistPoint.values())
                .map(p -> Map.<String, Object>of("point", p.name(), "ok", true)).toList();
    }

    void claimReview(long caseId) throws Exception {
        String taskId = jdbc.queryForObject("SELECT task_id FROM inbox_task WHERE case_id = ? AND step = 'Task_LegalReview'",
                String.class, caseId);
        call("chenjing", "POST", "/api/tasks/" + taskId + "/claim", Map.of(), 204);
    }

    long officer(String username) {
        return jdbc.queryForObject("SELECT id FROM officer WHERE username = ?", Long.class, username);
    }

    /** Asserts where the engine and our tables stand after a step, and that the record grew by one valid entry. */
    JsonNode expect(long caseId, String status, String waitingAt, int timelineEntries) throws Exception {
        JsonNode detail = call("zhangwei", "GET", "/api/cases/" + caseId, null, 200);
        assertThat(detail.get("status").asText()).isEqualTo(status);
        assertThat(detail.get("timeline")).hasSize(timelineEntries);
        assertThat(detail.get("chain").get("valid").asBoolean()).isTrue();
        String pid = detail.get("processInstanceId").asText();
        List<String> active = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pid)
                .unfinished().list().stream().map(a -> a.getActivityId()).filter(a -> !a.startsWith("general")).toList();
        if (waitingAt == null) {
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
            assertThat(detail.get("openTasks")).isEmpty();
        } else {
            assertThat(active).contains(waitingAt);
            assertThat(detail.get("currentStep").asText()).isIn(waitingAt, "Task_LegalReview");
        }
        return detail;
    }

    @Test
    void takesACaseFromLeadToArchiveThroughTheApi() throws Exception {
        Map<String, Object> lead = Map.of(
                "bodyId", jdbc.queryForObject("SELECT id FROM enforcement_body WHERE code = 'SZZ'", Long.class),
                "source", "COMPLAINT",
                "matterId", jdbc.queryForObject("SELECT id FROM power_item WHERE code = 'SR-002'", Long.class),
                "facts", "群众投诉：某村民未经同意在临街外墙擅自设置大型户外广告牌。",
                "actDate", Scenario.today().minusMonths(2).toString(),
                "discoveredOn", Scenario.today().toString(),
                "place", "三张镇东村",
                "party", Map.of("kind", "NATURAL_PERSON", "name", "赵某某", "idNumber", "11010519491231002X"),
                "handlerIds", List.of(officer("zhangwei"), officer("wangfang")));
        JsonNode created = call("zhangwei", "POST", "/api/cases", lead, 201);
        long id = created.get("id").asLong();
        assertThat(created.get("caseNumber").asText()).matches("三张综执罚〔\\d{4}〕\\d+号");
        expect(id, "LEAD", "Task_FilingApproval", 1);

        JsonNode headInbox = call("liuyang", "GET", "/api/inbox?size=200", null, 200);
        assertThat(headInbox.get("items").findValuesAsText("caseNumber")).contains(created.get("caseNumber").asText());

        call("liuyang", "POST", "/api/cases/" + id + "/steps/filing-approval", Map.of("approved", true, "opinion", "同意立案"), 200);
        expect(id, "FILED", "Task_Investigation", 2);
        assertThat(jdbc.queryForObject("SELECT filed_at FROM enf_case WHERE id = ?", java.sql.Timestamp.class, id)
                .toLocalDateTime().toLocalDate()).isEqualTo(org.sanxiang.cases.Scenario.today());

        JsonNode officerInbox = call("wangfang", "GET", "/api/inbox?size=200", null, 200);
        assertThat(officerInbox.get("items").findValuesAsText("caseId")).contains(String.valueOf(id));
        JsonNode otherInbox = call("zhaomin", "GET", "/api/inbox?size=200", null, 200);
        assertThat(otherInbox.get("items").findValuesAsText("caseId")).doesNotContain(String.valueOf(id));

        call("wangfang", "POST", "/api/cases/" + id + "/investigation-records", Map.of(
                "kind", "ON_SITE_INSPECTION", "recordedOn", Scenario.today().toString(), "place", "三张镇东村",
                "officerIds", List.of(officer("zhangwei"), officer("wangfang")),
                "certificatesShown", List.of("44190210001", "44190210003"),
                "content", "现场勘验：临街外墙设置户外广告牌一块，面积约 60 平方米，未经同意。"), 201);
        expect(id, "FILED", "Task_Investigation", 3);
        assertThat(jdbc.queryForObject("SELECT certificates_shown FROM investigation_record WHERE case_id = ?", String.class, id))
                .isEqualTo("44190210001,44190210003");

        call("wangfang", "POST", "/api/cases/" + id + "/steps/investigation", Map.of("summary", "调查完毕"), 200);
        expect(id, "FILED", "Task_InvestigationEnd", 4);

        call("zhangwei", "POST", "/api/cases/" + id + "/steps/investigation-end", Map.of(
                "outcome", "PENALTY", "report", "擅自设置户外广告事实清楚。", "proposedPenaltyTypes", List.of("FINE"),
                "proposedFine", 8000), 200);
        expect(id, "INVESTIGATED", "CallActivity_LegalReview", 6); // + REVIEW_SUBMITTED
        JsonNode reviewerInbox = call("chenjing", "GET", "/api/inbox?size=200", null, 200);
        assertThat(reviewerInbox.get("items").findValuesAsText("caseId")).as(reviewerInbox.toString()).contains(String.valueOf(id));

        JsonNode unclaimed = call("chenjing", "POST", "/api/cases/" + id + "/steps/legal-review", Map.of(
                "outcome", "AGREE", "opinion", "同意", "checklist", checklist()), 409);
        assertThat(unclaimed.get("type").asText()).isEqualTo("urn:sanxiang:problem:task-not-claimed");
        claimReview(id);
        JsonNode sevenPoints = call("chenjing", "POST", "/api/cases/" + id + "/steps/legal-review", Map.of(
                "outcome", "AGREE", "opinion", "同意", "checklist", checklist().subList(0, 7)), 400);
        assertThat(sevenPoints.get("type").asText()).isEqualTo("urn:sanxiang:problem:review-checklist-incomplete");
        // both refusals are on the case's record with their articles (G118: every act traceable)
        assertThat(jdbc.queryForList("SELECT article FROM record_entry WHERE case_id = ? AND act = 'ACT_REFUSED' ORDER BY seq",
                String.class, id)).containsExactly("G118", "G118; APL Art. 58");
        call("chenjing", "POST", "/api/cases/" + id + "/steps/legal-review", Map.of(
                "outcome", "RETURN", "opinion", "罚款裁量依据不足", "corrections", "补充裁量说明", "checklist", checklist()), 200);
        expect(id, "FILED", "Task_Investigation", 10); // + the two refusals above (ACT_REFUSED)
        call("zhangwei", "POST", "/api/cases/" + id + "/steps/investigation", Map.of("summary", "补充调查"), 200);
        call("zhangwei", "POST", "/api/cases/" + id + "/steps/investigation-end", Map.of(
                "outcome", "PENALTY", "report", "补充裁量说明后报审。", "proposedPenaltyTypes", List.of("FINE"),
                "proposedFine", 8000), 200);
        claimReview(id);
        call("chenjing", "POST", "/api/cases/" + id + "/steps/legal-review", Map.of("outcome", "AGREE", "opinion", "同意",
                "checklist", checklist()), 200);
        expect(id, "REVIEWED", "Task_PriorNotice", 16);

        call("zhangwei", "POST", "/api/cases/" + id + "/steps/prior-notice", Map.of(
                "noticeDate", Scenario.today().toString(), "proposedPenaltyTypes", List.of("FINE"), "proposedFine", 8000,
                "factsAndReasons", "违反《城市市容和环境卫生管理条例》第十一条"), 200);
        expect(id, "NOTIFIED", "Task_StatementDefence", 17);

        call("zhangwei", "POST", "/api/cases/" + id + "/steps/statement-defence", Map.of(
                "response", "STATED", "content", "请求从轻", "hearingRequested", true,
                "hearingRequestedOn", Scenario.today().toString()), 200);
        expect(id, "NOTIFIED", "Task_Hearing", 18);

        call("zhangwei", "POST", "/api/cases/" + id + "/hearing-notice", Map.of(
                "servedOn", Scenario.SEVEN_WORKING_DAYS_AGO.toString(), "hearingAt", Scenario.today() + "T09:00:00",
                "place", "三张镇人民政府二楼会议室", "chairOfficerId", officer("liqiang")), 201);
        call("zhangwei", "POST", "/api/cases/" + id + "/steps/hearing", Map.of(
                "chairOfficerId", officer("liqiang"), "heldOn", Scenario.today().toString(), "partyAppeared", true,
                "record", "听证笔录：当事人陈述……"), 200);
        expect(id, "NOTIFIED", "Task_HeadDecision", 20); // + HEARING_NOTICE_SERVED

        call("liuyang", "POST", "/api/cases/" + id + "/steps/head-decision", Map.of(
                "decidedOn", Scenario.today().toString(), "penaltyTypes", List.of("FINE"), "fineAmount", 6000,
                "reasons", "依据《城市市容和环境卫生管理条例》第三十六条第（一）项", "correction", Map.of("kind", "CORRECT",
                        "requirement", "立即清理占道摆放的货物", "periodDays", 0)), 200);
        expect(id, "DECIDED", "Task_Service", 22); // + ROW_SEALED (the decision row sealed in the chain)
        assertThat(jdbc.queryForObject("SELECT decision_number FROM case_decision WHERE case_id = ?", String.class, id))
                .matches("三张综执罚决〔\\d{4}〕\\d+号");

        call("zhangwei", "POST", "/api/cases/" + id + "/steps/service", Map.of(
                "method", "DIRECT", "servedOn", Scenario.today().toString(), "recipient", "赵某某"), 200);
        expect(id, "SERVED", "Task_Execution", 23);

        call("zhangwei", "POST", "/api/cases/" + id + "/steps/execution", Map.of(
                "mode", "PAID", "amountPaid", 6000, "paidOn", Scenario.today().toString(), "receiptNumber", "FS-0001"), 200);
        expect(id, "EXECUTED", "Task_FollowUpInspection", 24);

        // APL Art. 28: the order to correct is inspected (复查) before the case closes
        call("zhangwei", "POST", "/api/cases/" + id + "/steps/follow-up-inspection", Map.of(
                "inspectedOn", Scenario.today().toString(), "corrected", true, "findings", "占道货物已清理。",
                "officerIds", List.of(officer("zhangwei"), officer("wangfang")),
                "certificatesShown", List.of("44190210001", "44190210003")), 200);
        expect(id, "EXECUTED", "Task_Closing", 25);

        call("zhangwei", "POST", "/api/cases/" + id + "/steps/closing", Map.of("closingReport", "执行完毕"), 200);
        expect(id, "CLOSED", "Task_Archive", 26);
        call("zhangwei", "POST", "/api/cases/" + id + "/steps/archive", Map.of("fileReference", "SZZ-A-1", "volumes", 1), 200);
        JsonNode done = expect(id, "ARCHIVED", null, 27);

        assertThat(done.get("steps")).hasSize(16);
        assertThat(done.get("timeline").findValuesAsText("act")).startsWith("CASE_REGISTERED").contains("INVESTIGATION_RECORD_ADDED");
        assertThat(done.get("timeline").get(done.get("timeline").size() - 1).get("summary").asText()).contains("保管期限 10年");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_task WHERE case_id = ?", Integer.class, id)).isZero();

        JsonNode search = call("zhangwei", "GET", "/api/cases?party=赵某&status=ARCHIVED", null, 200);
        assertThat(search.get("items").findValuesAsText("id")).contains(String.valueOf(id));
    }

    @Test
    void unknownCaseIs404AndAnonymousIs401() throws Exception {
        JsonNode problem = call("zhangwei", "POST", "/api/cases/987654321/steps/closing", Map.of("closingReport", "x"), 404);
        assertThat(problem.get("type").asText()).isEqualTo("urn:sanxiang:problem:not-found");
        assertThat(mvc.perform(get("/api/inbox")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }
}
