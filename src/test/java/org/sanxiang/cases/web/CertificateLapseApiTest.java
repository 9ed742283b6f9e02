package org.sanxiang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
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

/** 持证上岗 through the REST API: certificates checked on every act, mid-case lapses, reviewer qualification. */
@SanxiangTest
class CertificateLapseApiTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;

    JsonNode call(String user, String method, String path, Object body, int expected) throws Exception {
        var request = ("GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).with(httpBasic(user, "demo1234"));
        MvcResult r = mvc.perform(request).andReturn();
        String content = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(content).isEqualTo(expected);
        return content.isEmpty() ? null : json.readTree(content);
    }

    long officer(String username) {
        return jdbc.queryForObject("SELECT id FROM officer WHERE username = ?", Long.class, username);
    }

    long certificate(String number) {
        return jdbc.queryForObject("SELECT id FROM certificate WHERE number = ?", Long.class, number);
    }

    Map<String, Object> record(List<String> officers, List<String> certificates) {
        return Map.of("kind", "INQUIRY", "recordedOn", Scenario.today().toString(), "place", "三张镇执法办案室",
                "officerIds", officers.stream().map(this::officer).toList(), "certificatesShown", certificates,
                "content", "询问笔录");
    }

    @Test
    void certificateSuspendedMidCaseBlocksTheOfficerUntilReassigned() throws Exception {
        long id = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
        long liCertificate = certificate("44190210002");
        try {
            call("admin", "POST", "/api/certificates/" + liCertificate + "/status",
                    Map.of("action", "SUSPEND", "reason", "年度考核未通过"), 200);

            JsonNode blocked = call("liqiang", "POST", "/api/cases/" + id + "/investigation-records",
                    record(List.of("zhangwei", "liqiang"), List.of("44190210001", "44190210002")), 400);
            assertThat(blocked.get("type").asText()).isEqualTo("urn:sanxiang:problem:certificate-not-valid");
            assertThat(blocked.get("article").asText()).isEqualTo("APL Art. 42");

            JsonNode detail = call("liuyang", "GET", "/api/cases/" + id, null, 200);
            // APL Art. 42, 76: the refused act is itself on record, and the chain still verifies
            assertThat(detail.get("timeline").findValuesAsText("act")).contains("ACT_REFUSED");
            assertThat(detail.get("chain").get("valid").asBoolean()).isTrue();
            assertThat(detail.get("investigationRecords")).isEmpty();
            assertThat(detail.get("needsReassignment").asBoolean()).isTrue();
            assertThat(detail.get("lapsedHandlers").findValuesAsText("reason")).containsExactly("SUSPENDED");

            call("zhangwei", "POST", "/api/cases/" + id + "/handlers/reassignment",
                    Map.of("removeOfficerId", officer("liqiang"), "addOfficerId", officer("wangfang"), "reason", "x"), 403);
            JsonNode reassigned = call("liuyang", "POST", "/api/cases/" + id + "/handlers/reassignment",
                    Map.of("removeOfficerId", officer("liqiang"), "addOfficerId", officer("wangfang"),
                            "reason", "李强执法证暂扣"), 200);
            assertThat(reassigned.get("needsReassignment").asBoolean()).isFalse();
            assertThat(reassigned.get("handlers").findValuesAsText("name")).containsExactlyInAnyOrder("张伟", "王芳");
            assertThat(reassigned.get("timeline").findValuesAsText("act")).contains("HANDLER_REASSIGNED");
            assertThat(jdbc.queryForObject("SELECT removal_reason FROM case_handler WHERE case_id = ? AND officer_id = ?",
                    String.class, id, officer("liqiang"))).isEqualTo("李强执法证暂扣");

            call("liqiang", "POST", "/api/cases/" + id + "/investigation-records",
                    record(List.of("zhangwei", "wangfang"), List.of("44190210001", "44190210003")), 403);
            call("wangfang", "POST", "/api/cases/" + id + "/investigation-records",
                    record(List.of("zhangwei", "wangfang"), List.of("44190210001", "44190210003")), 201);
        } finally {
            jdbc.update("UPDATE certificate SET status = 'VALID' WHERE id = ?", liCertificate);
        }
    }

    @Test
    void investigationRecordNamingAnOfficerUncertifiedForTheFieldIsRefused() throws Exception {
        Scenario scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        var lead = scenario.lead(Scenario.person()); // 占道经营: 市容环卫, which 赵敏's certificate covers
        long id = leadRegistration.registerLead(new org.sanxiang.cases.RegisterLead(lead.bodyId(), lead.source(),
                scenario.matterId("GF-001"), lead.facts(), lead.actDate(), lead.discoveredOn(), lead.place(), false,
                lead.party(), lead.handlerIds()), Scenario.ZHANG).id(); // 建筑垃圾: 固体废物
        stepCompletion.completeStep(id, new org.sanxiang.cases.StepInput.FilingApproval(true, "同意"), Scenario.HEAD);
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM investigation_record WHERE case_id = ?", Integer.class, id);
        JsonNode problem = call("zhangwei", "POST", "/api/cases/" + id + "/investigation-records",
                record(List.of("zhangwei", "zhaomin"), List.of("44190210001", "44190210004")), 400);
        assertThat(problem.get("type").asText()).isEqualTo("urn:sanxiang:problem:certificate-not-valid");
        assertThat(problem.get("detail").asText()).contains("赵敏").contains("固体废物");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM investigation_record WHERE case_id = ?", Integer.class, id))
                .isEqualTo(before);
    }

    @Test
    void reviewerWithoutLegalProfessionQualificationCannotReview() throws Exception {
        if (identity.createUserQuery().userId("reviewer2").count() == 0) {
            var user = identity.newUser("reviewer2");
            user.setPassword("demo1234");
            user.setFirstName("审核");
            user.setLastName("新");
            identity.saveUser(user);
            identity.createMembership("reviewer2", "reviewer");
        }
        Scenario scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        scenario.ensureOfficer("reviewer2", "新审核", "法制审核员"); // of this body, so the qualification is what refuses
        long id = scenario.registerAndFile(Scenario.company()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new java.math.BigDecimal("80000")), Scenario.ZHANG);
        String taskId = jdbc.queryForObject("SELECT task_id FROM inbox_task WHERE case_id = ? AND step = 'Task_LegalReview'",
                String.class, id);
        JsonNode problem = call("reviewer2", "POST", "/api/tasks/" + taskId + "/claim", Map.of(), 403);
        assertThat(problem.get("type").asText()).isEqualTo("urn:sanxiang:problem:reviewer-not-qualified");
        assertThat(problem.get("article").asText()).isEqualTo("APL Art. 58");
        call("chenjing", "POST", "/api/tasks/" + taskId + "/claim", Map.of(), 204);
    }
}
