package org.sanxiang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.cases.Scenario.HEAD;
import static org.sanxiang.cases.Scenario.REVIEWER;
import static org.sanxiang.cases.Scenario.ZHANG;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.CaseServices;
import org.sanxiang.cases.Scenario;
import org.sanxiang.review.ReviewOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 16 items 1, 6, 7, 8 through the REST API at their edges: inside / at / outside a discretion tier and a matter
 * that sets no fine (APL Art. 34); the filing clock from the lead's discovery (APL Art. 54) the day before / of / after;
 * a hearing notice 6 and 7 working days before the hearing (APL Art. 64, 85); a prior notice dated before the filing;
 * a chair on an investigation record; a reviewer made handler (APL Art. 58); every refusal in the case's chain while
 * the answer stays the 4xx problem; the deadline rules with their articles.
 */
@SanxiangTest
class LegalDepthApiTest extends CaseServices {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
    }

    JsonNode call(String user, String method, String path, Object body, int expectedStatus) throws Exception {
        var request = ("GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).with(httpBasic(user, "demo1234"));
        MvcResult result = mvc.perform(request).andReturn();
        String content = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as("%s %s -> %s", method, path, content).isEqualTo(expectedStatus);
        return content.isEmpty() ? null : json.readTree(content);
    }

    /** The problem answered, and the same refusal appended to the case's chain with its rule and article. */
    void refusedAndRecorded(JsonNode problem, long caseId, String slug, String article) {
        assertThat(problem.get("type").asText()).isEqualTo("urn:sanxiang:problem:" + slug);
        assertThat(problem.get("article").asText()).isEqualTo(article);
        List<Map<String, Object>> refusals = jdbc.queryForList(
                "SELECT article, payload FROM record_entry WHERE case_id = ? AND act = 'ACT_REFUSED' AND payload LIKE ?",
                caseId, "%urn:sanxiang:problem:" + slug + "\"%");
        assertThat(refusals).as("ACT_REFUSED %s in case %d", slug, caseId).hasSize(1);
        assertThat(refusals.get(0).get("article")).isEqualTo(article);
    }

    int refusals(long caseId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM record_entry WHERE case_id = ? AND act = 'ACT_REFUSED'", Integer.class,
                caseId);
    }

    String current(long caseId) {
        return jdbc.queryForObject("SELECT current_step FROM enf_case WHERE id = ?", String.class, caseId);
    }

    Map<String, Object> end(Object fine, Integer tier, String reasons) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", "PENALTY");
        body.put("report", "事实清楚，证据确凿。");
        body.put("proposedPenaltyTypes", List.of("FINE"));
        body.put("proposedFine", fine);
        body.put("discretionTier", tier);
        body.put("discretionCircumstances", "经责令后拒不改正");
        body.put("benchmarkDeviationReasons", reasons);
        return body;
    }

    long investigated() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        return id;
    }

    // ---------------------------------------------------------------- item 1: discretion benchmarks (APL Art. 34; G118)

    @Test
    void aFineInsideOrAtTheEdgeOfTheNamedTierIsNoMajorDecision() throws Exception {
        // 占道经营, 较重: 200–500 元
        for (String fine : List.of("350", "500", "200")) {
            long id = investigated();
            call("zhangwei", "POST", "/api/cases/" + id + "/steps/investigation-end", end(new BigDecimal(fine), 3, null), 200);
            assertThat(current(id)).isEqualTo("Task_PriorNotice");
            JsonNode discretion = call("liuyang", "GET", "/api/cases/" + id + "/discretion", null, 200);
            assertThat(discretion.at("/used/tier").asText()).isEqualTo("较重");
            assertThat(discretion.at("/used/outside").asBoolean()).isFalse();
            assertThat(discretion.at("/benchmark/tiers")).hasSize(3);
        }
    }

    @Test
    void aFineOutsideTheTierNeedsWrittenReasonsAndIsAMajorDecisionShownToTheReviewer() throws Exception {
        long id = investigated();
        JsonNode problem = call("zhangwei", "POST", "/api/cases/" + id + "/steps/investigation-end",
                end(new BigDecimal("500.01"), 3, null), 400);
        refusedAndRecorded(problem, id, "benchmark-deviation-reasons-required", "APL Art. 34; G118");
        assertThat(current(id)).isEqualTo("Task_InvestigationEnd");

        call("zhangwei", "POST", "/api/cases/" + id + "/steps/investigation-end",
                end(new BigDecimal("500.01"), 3, "一年内第三次占道经营，且阻碍消防通道。"), 200);
        // 500.01 元 is far below the 5,000 元 catalogue threshold: major only because it is outside the benchmark
        assertThat(current(id)).isEqualTo("Task_LegalReview");
        JsonNode discretion = call("chenjing", "GET", "/api/cases/" + id + "/discretion", null, 200);
        assertThat(discretion.at("/used/outside").asBoolean()).isTrue();
        assertThat(discretion.at("/used/outsideBecause").asText()).contains("200–500 元");
        assertThat(discretion.at("/used/reasons").asText()).contains("消防通道");
        String materials = jdbc.queryForObject("SELECT materials FROM review_round WHERE case_id = ? ORDER BY id DESC LIMIT 1",
                String.class, id);
        assertThat(json.readTree(materials).at("/discretionBenchmark/checklistPoint").asText()).isEqualTo("LAW_AND_DISCRETION");
        assertThat(json.readTree(materials).at("/discretionBenchmark/used/outside").asBoolean()).isTrue();
        assertThat(json.readTree(materials).at("/statement/outsideDiscretionBenchmark").asBoolean()).isTrue();
    }

    @Test
    void aFineBelowTheTierIsOutsideToo() throws Exception {
        long id = investigated();
        JsonNode problem = call("zhangwei", "POST", "/api/cases/" + id + "/steps/investigation-end",
                end(new BigDecimal("199.99"), 3, " "), 400);
        refusedAndRecorded(problem, id, "benchmark-deviation-reasons-required", "APL Art. 34; G118");
    }

    @Test
    void aMatterWhoseProvisionSetsNoFineRefusesAFine() throws Exception {
        // 违法建设 (城乡规划法 Art. 65): ordered to stop and correct, may be demolished — no fine
        var l = scenario.lead(Scenario.person());
        var planning = new org.sanxiang.cases.RegisterLead(l.bodyId(), l.source(), scenario.matterId("CX-001"),
                "未取得乡村建设规划许可证建房。", l.actDate(), l.discoveredOn(), "三张镇东村", false, l.party(), l.handlerIds());
        long id = leadRegistration.registerLead(planning, ZHANG).id();
        stepCompletion.completeStep(id, new org.sanxiang.cases.StepInput.FilingApproval(true, "同意立案"), HEAD);
        scenario.investigate(id);
        JsonNode problem = call("zhangwei", "POST", "/api/cases/" + id + "/steps/investigation-end", end(1000, null, null), 400);
        refusedAndRecorded(problem, id, "fine-not-provided", "APL Art. 4, 38");
        Map<String, Object> order = new HashMap<>(end(null, 1, null));
        order.put("proposedPenaltyTypes", List.of("OTHER"));
        call("zhangwei", "POST", "/api/cases/" + id + "/steps/investigation-end", order, 200);
        assertThat(current(id)).isEqualTo("Task_PriorNotice");
    }

    // ---------------------------------------------------------------- item 6: procedure facts

    /** 15 working days before the office date (no holiday between): a lead discovered then is due for filing today. */
    static final LocalDate FIFTEEN_WORKING_DAYS_AGO = LocalDate.of(2026, 10, 28);

    long leadDiscoveredOn(LocalDate discoveredOn) throws Exception {
        Map<String, Object> lead = Map.of("bodyId", scenario.bodyId(), "source", "COMPLAINT", "matterId",
                scenario.matterId("SR-001"), "facts", "群众投诉：占道经营。", "actDate", discoveredOn.minusDays(1).toString(),
                "discoveredOn", discoveredOn.toString(), "place", "三张镇人民路",
                "party", Map.of("kind", "NATURAL_PERSON", "name", "王某某", "idNumber", "11010519491231002X"),
                "handlerIds", List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang")));
        return call("zhangwei", "POST", "/api/cases", lead, 201).get("id").asLong();
    }

    JsonNode filingDeadline(long id) throws Exception {
        for (JsonNode d : call("liuyang", "GET", "/api/cases/" + id + "/deadlines", null, 200).get("deadlines")) {
            if (d.get("ruleKey").asText().equals("filing")) {
                return d;
            }
        }
        throw new AssertionError("no filing deadline");
    }

    @Test
    void theFilingClockRunsFromTheDayTheLeadWasDiscoveredNotItsRegistration() throws Exception {
        assertThat(call("zhangwei", "GET", "/api/deadlines/filing/due?start=" + FIFTEEN_WORKING_DAYS_AGO, null, 200)
                .get("dueDate").asText()).isEqualTo(Scenario.today().toString());
        Map<LocalDate, String> expected = Map.of(
                FIFTEEN_WORKING_DAYS_AGO.minusDays(1), "MISSED",   // due yesterday
                FIFTEEN_WORKING_DAYS_AGO, "MET",                   // due today
                FIFTEEN_WORKING_DAYS_AGO.plusDays(1), "MET");      // due tomorrow
        for (var e : expected.entrySet()) {
            long id = leadDiscoveredOn(e.getKey());
            JsonNode filing = filingDeadline(id);
            assertThat(filing.get("start").asText()).isEqualTo(e.getKey().toString());
            call("liuyang", "POST", "/api/cases/" + id + "/steps/filing-approval", Map.of("approved", true, "opinion", "同意"), 200);
            assertThat(filingDeadline(id).get("status").asText()).as("discovered %s", e.getKey()).isEqualTo(e.getValue());
        }
    }

    long atPriorNotice() {
        long id = investigated();
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("300")), ZHANG);
        return id;
    }

    @Test
    void aPriorNoticeCannotBeDatedBeforeTheFiling() throws Exception {
        long id = atPriorNotice();
        Map<String, Object> notice = new HashMap<>(Map.of("noticeDate", Scenario.today().minusDays(1).toString(),
                "proposedPenaltyTypes", List.of("FINE"), "proposedFine", 300, "factsAndReasons", "违反条例第十四条"));
        JsonNode problem = call("zhangwei", "POST", "/api/cases/" + id + "/steps/prior-notice", notice, 400);
        refusedAndRecorded(problem, id, "prior-notice-before-filing", "APL Art. 44, 54");
        notice.put("noticeDate", Scenario.today().toString()); // the day of filing
        call("zhangwei", "POST", "/api/cases/" + id + "/steps/prior-notice", notice, 200);
    }

    /** A case at 听证 whose investigation record lists 王芳 besides the handler 张伟. */
    long atHearing() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        investigations.addInvestigationRecord(id, new org.sanxiang.cases.InvestigationRecordInput(
                org.sanxiang.cases.InvestigationRecordInput.Kind.ON_SITE_INSPECTION, Scenario.today(), "三张镇人民路 18 号门前",
                List.of(scenario.officerId("zhangwei"), scenario.officerId("wangfang")), List.of("44190210001", "44190210003"),
                "现场检查。"), ZHANG);
        stepCompletion.completeStep(id, new org.sanxiang.cases.StepInput.InvestigationDone("调查完毕"), ZHANG);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("6000")), ZHANG);
        scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.AGREE, "同意", null));
        stepCompletion.completeStep(id, Scenario.notice(new BigDecimal("6000")), ZHANG);
        stepCompletion.completeStep(id, Scenario.statement(true), ZHANG);
        assertThat(current(id)).isEqualTo("Task_Hearing");
        return id;
    }

    Map<String, Object> hearingNotice(LocalDate servedOn, String chair) {
        return Map.of("servedOn", servedOn.toString(), "hearingAt", Scenario.today() + "T09:00:00", "place", "镇政府会议室",
                "chairOfficerId", scenario.officerId(chair));
    }

    Map<String, Object> hearing(LocalDate heldOn, String chair) {
        return Map.of("chairOfficerId", scenario.officerId(chair), "heldOn", heldOn.toString(), "partyAppeared", true,
                "record", "听证笔录");
    }

    @Test
    void aHearingNeedsItsNoticeServedSevenWorkingDaysBefore() throws Exception {
        long id = atHearing();
        scenario.ensureOfficer("zhaomin", "赵敏", "执法队员");
        JsonNode none = call("zhangwei", "POST", "/api/cases/" + id + "/steps/hearing", hearing(Scenario.today(), "zhaomin"), 400);
        refusedAndRecorded(none, id, "hearing-notice-missing", "APL Art. 64");
        // served Tuesday 2026-11-10: 6 working days before the hearing on 2026-11-18
        JsonNode six = call("zhangwei", "POST", "/api/cases/" + id + "/hearing-notice",
                hearingNotice(Scenario.SEVEN_WORKING_DAYS_AGO.plusDays(1), "zhaomin"), 400);
        refusedAndRecorded(six, id, "hearing-notice-too-late", "APL Art. 64, 85");
        // served Monday 2026-11-09: 7 working days before
        call("zhangwei", "POST", "/api/cases/" + id + "/hearing-notice", hearingNotice(Scenario.SEVEN_WORKING_DAYS_AGO, "zhaomin"),
                201);
        // a hearing held the day before the 7th working day is refused, on the day it is held
        JsonNode early = call("zhangwei", "POST", "/api/cases/" + id + "/steps/hearing",
                hearing(Scenario.today().minusDays(1), "zhaomin"), 400);
        assertThat(early.get("type").asText()).isEqualTo("urn:sanxiang:problem:hearing-notice-too-late");
        call("zhangwei", "POST", "/api/cases/" + id + "/steps/hearing", hearing(Scenario.today(), "zhaomin"), 200);
        assertThat(current(id)).isNotEqualTo("Task_Hearing");
    }

    @Test
    void theChairMayBeNoOneOnAnInvestigationRecord() throws Exception {
        long id = atHearing();
        // 王芳 is no handler, but she is on the on-site record
        JsonNode problem = call("zhangwei", "POST", "/api/cases/" + id + "/hearing-notice",
                hearingNotice(Scenario.SEVEN_WORKING_DAYS_AGO, "wangfang"), 403);
        refusedAndRecorded(problem, id, "hearing-chair-is-investigator", "APL Art. 64");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM hearing_notice WHERE case_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void aReviewerOfTheCaseCannotBecomeItsHandler() throws Exception {
        long id = investigated();
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("6000")), ZHANG);
        scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.AGREE, "同意", null));
        long reviewer = scenario.ensureOfficer("chenjing", "陈静", "法制审核员");
        JsonNode problem = call("liuyang", "POST", "/api/cases/" + id + "/handlers/reassignment", Map.of(
                "removeOfficerId", scenario.officerId("liqiang"), "addOfficerId", reviewer, "reason", "李强调岗"), 403);
        refusedAndRecorded(problem, id, "reviewer-cannot-become-handler", "APL Art. 58");
        assertThat(jdbc.queryForList("SELECT officer_id FROM case_handler WHERE case_id = ? AND removed_at IS NULL", Long.class, id))
                .doesNotContain(reviewer);
    }

    // ---------------------------------------------------------------- item 7: every refusal on the record

    @Test
    void aRefusedDecisionIsOnTheRecordTheStateUnchangedAndTheChainValid() throws Exception {
        long id = atPriorNotice();
        stepCompletion.completeStep(id, Scenario.notice(new BigDecimal("300")), ZHANG);
        stepCompletion.completeStep(id, Scenario.statement(false), ZHANG);
        assertThat(current(id)).isEqualTo("Task_HeadDecision");
        int before = refusals(id);
        JsonNode problem = call("liuyang", "POST", "/api/cases/" + id + "/steps/head-decision", Map.of(
                "decidedOn", Scenario.today().toString(), "penaltyTypes", List.of("FINE"), "fineAmount", 400,
                "reasons", "加重处罚", "correction", Map.of("kind", "CORRECT", "requirement", "立即清理占道物品", "periodDays", 0)), 400);
        refusedAndRecorded(problem, id, "penalty-increased-after-defence", "APL Art. 45");
        assertThat(refusals(id)).isEqualTo(before + 1);
        assertThat(current(id)).isEqualTo("Task_HeadDecision");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_decision WHERE case_id = ?", Integer.class, id)).isZero();
        JsonNode entry = json.readTree(jdbc.queryForObject(
                "SELECT payload FROM record_entry WHERE case_id = ? AND act = 'ACT_REFUSED' ORDER BY seq DESC LIMIT 1", String.class, id));
        assertThat(entry.get("rule").asText()).isEqualTo("penalty-increased-after-defence");
        assertThat(entry.get("field").asText()).isEqualTo("fineAmount");
        assertThat(entry.get("refusedAct").asText()).isEqualTo("StepCompletion.completeStepListingOpenTasks");
        assertThat(call("liuyang", "GET", "/api/cases/" + id + "/record/verification", null, 200).toString()).contains("\"valid\":true");
        // a role refusal is recorded too; a case the actor may not see records nothing
        call("zhangwei", "POST", "/api/cases/" + id + "/steps/head-decision", Map.of(
                "decidedOn", Scenario.today().toString(), "penaltyTypes", List.of("FINE"), "fineAmount", 300, "reasons", "x"), 403);
        assertThat(refusals(id)).isEqualTo(before + 2);
        call("zhangwei", "POST", "/api/cases/987654321/steps/head-decision", Map.of(), 404);
    }

    // ---------------------------------------------------------------- item 8: deadline rules

    @Test
    void listsEveryDeadlineRuleWithItsArticleIncludingTheTwoWorkingDayRulesOfArticle71() throws Exception {
        JsonNode rules = call("sunli", "GET", "/api/deadline-rules", null, 200);
        Map<String, JsonNode> byKey = new HashMap<>();
        rules.forEach(r -> byKey.put(r.get("key").asText(), r));
        assertThat(byKey).containsKeys("filing", "hearing-request", "hearing-notice", "decision", "service", "payment",
                "legal-review", "withdrawal", "cash-handover", "cash-deposit");
        assertThat(byKey.get("cash-handover").get("article").asText()).isEqualTo("APL Art. 71, 85");
        assertThat(byKey.get("cash-handover").get("counting").asText()).isEqualTo("WORKING");
        assertThat(byKey.get("cash-handover").get("length").asInt()).isEqualTo(2);
        assertThat(byKey.get("filing").get("startEvent").asText()).isEqualTo("LEAD_DISCOVERED");
        rules.forEach(r -> assertThat(r.get("article").asText()).isNotBlank());
        // Friday 2026-11-13 + 2 working days = Tuesday 2026-11-17
        assertThat(call("zhangwei", "GET", "/api/deadlines/cash-handover/due?start=2026-11-13", null, 200).get("dueDate")
                .asText()).isEqualTo("2026-11-17");
    }
}
