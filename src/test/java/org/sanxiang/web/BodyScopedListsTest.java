package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.sanxiang.process.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every list is filtered by body (RULES §6; issue 15, finding 7): another body's head does not see this body's
 * 立案审批 tasks in {@code /api/inbox} or {@code /inbox}, another body's reviewer not its review tasks in
 * {@code /api/review-tasks} or {@code /review}, nor are they counted; another body's head does not read the
 * certificate status histories of this body's officers. This body's own head and reviewer still see them all.
 */
@SanxiangTest
class BodyScopedListsTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;

    JsonNode api(String username, String path, int expected) throws Exception {
        MvcResult r = mvc.perform(get(path).with(httpBasic(username, "demo1234"))).andReturn();
        String content = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(path + ": " + content).isEqualTo(expected);
        return json.readTree(content);
    }

    String page(String username, String group, String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(user(username).authorities(new SimpleGrantedAuthority(Roles.authority(group)))))
                .andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Every case id of a paged list, all pages read. */
    List<Long> caseIds(String username, String path) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int p = 0;; p++) {
            JsonNode list = api(username, path + (path.contains("?") ? "&" : "?") + "size=200&page=" + p, 200);
            list.get("items").forEach(i -> ids.add(i.get("caseId").asLong()));
            if (list.get("items").size() < 200) {
                return ids;
            }
        }
    }

    long bodyTasks(String bodyCode, String group) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_task t JOIN enf_case c ON c.id = t.case_id"
                + " JOIN enforcement_body b ON b.id = c.body_id WHERE b.code = ? AND t.candidate_group = ?", Long.class,
                bodyCode, group);
    }

    @Test
    void anotherBodysHeadAndReviewerSeeNoneOfThisBodysTasksNorCountThem() throws Exception {
        OtherBody.ensureHeadAndReviewer(jdbc, identity);
        Scenario scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        long awaitingFiling = leadRegistration.registerLead(scenario.lead(Scenario.person()), Scenario.ZHANG).id();
        long inReview = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(inReview);
        stepCompletion.completeStep(inReview, Scenario.penalty(new BigDecimal("6000")), Scenario.ZHANG);
        String filingNumber = jdbc.queryForObject("SELECT case_number FROM enf_case WHERE id = ?", String.class, awaitingFiling);
        String reviewNumber = jdbc.queryForObject("SELECT case_number FROM enf_case WHERE id = ?", String.class, inReview);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_task WHERE case_id = ? AND step = 'Task_LegalReview'"
                + " AND assignee IS NULL", Long.class, inReview)).isOne();

        // the other body's head: no 立案审批 task of this body, in the list or its count
        assertThat(caseIds(OtherBody.HEAD, "/api/inbox")).doesNotContain(awaitingFiling, inReview);
        assertThat(api(OtherBody.HEAD, "/api/inbox", 200).get("total").asLong()).isEqualTo(bodyTasks("QTZ", "head"));
        assertThat(page(OtherBody.HEAD, "head", "/inbox")).doesNotContain(filingNumber);
        // the other body's reviewer: no review task of this body, in the list, its counts or the page
        assertThat(caseIds(OtherBody.REVIEWER, "/api/review-tasks")).doesNotContain(inReview);
        JsonNode counts = api(OtherBody.REVIEWER, "/api/review-tasks", 200).get("counts");
        assertThat(counts.get("total").asLong()).isEqualTo(bodyTasks("QTZ", "reviewer"));
        assertThat(counts.get("unclaimed").asLong()).isLessThanOrEqualTo(bodyTasks("QTZ", "reviewer"));
        long matterId = jdbc.queryForObject("SELECT matter_id FROM enf_case WHERE id = ?", Long.class, inReview);
        assertThat(api(OtherBody.REVIEWER, "/api/review-tasks?matterId=" + matterId, 200).get("counts").get("total").asLong())
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_task t JOIN enf_case c ON c.id = t.case_id"
                        + " JOIN enforcement_body b ON b.id = c.body_id WHERE b.code = 'QTZ' AND t.candidate_group = 'reviewer'"
                        + " AND c.matter_id = ?", Long.class, matterId));
        assertThat(page(OtherBody.REVIEWER, "reviewer", "/review")).doesNotContain(reviewNumber);
        assertThat(page(OtherBody.HEAD, "head", "/review")).doesNotContain(reviewNumber);

        // this body's own head and reviewer still see them, and count them
        assertThat(caseIds("liuyang", "/api/inbox")).contains(awaitingFiling);
        assertThat(api("liuyang", "/api/inbox", 200).get("total").asLong()).isGreaterThanOrEqualTo(bodyTasks("SZZ", "head"));
        assertThat(caseIds("chenjing", "/api/review-tasks")).contains(inReview);
        assertThat(api("chenjing", "/api/review-tasks", 200).get("counts").get("total").asLong()).isPositive();
    }

    @Test
    void anotherBodysHeadReadsNoCertificateHistoryOfThisBodysOfficers() throws Exception {
        OtherBody.ensureHeadAndReviewer(jdbc, identity);
        long certificate = jdbc.queryForObject("SELECT id FROM certificate WHERE number = '44190210001'", Long.class);
        JsonNode refused = api(OtherBody.HEAD, "/api/certificates/" + certificate + "/history", 404);
        assertThat(refused.get("type").asText()).isEqualTo("urn:sanxiang:problem:not-found");
        api(OtherBody.REVIEWER, "/api/certificates/" + certificate + "/history", 404);

        JsonNode own = api("liuyang", "/api/certificates/" + certificate + "/history", 200);
        assertThat(own.isArray()).isTrue();
        assertThat(own).isEqualTo(api("admin", "/api/certificates/" + certificate + "/history", 200));
        assertThat(api("sunli", "/api/certificates/" + certificate + "/history", 200)).isEqualTo(own);
    }
}
