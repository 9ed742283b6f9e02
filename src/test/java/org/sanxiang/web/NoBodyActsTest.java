package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.sanxiang.process.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * No body means no act (RULES §6; issue 15, finding 2): a head account without an officer record reads no
 * body's case, and it acts on none either — every head act on a demo-body case answers 404 problem+json and
 * changes nothing: no step, no handler, no suspension, no record entry, the task neither completed nor claimed.
 */
@SanxiangTest
class NoBodyActsTest extends org.sanxiang.cases.CaseServices {

    static final String NOBODY_HEAD = "wubuzhang";

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
        assertThat(r.getResponse().getStatus()).as(method + " " + path + ": " + content).isEqualTo(expected);
        return content.isEmpty() ? null : json.readTree(content);
    }

    void ensureHeadWithoutOfficerRecord() {
        if (identity.createUserQuery().userId(NOBODY_HEAD).count() == 0) {
            User user = identity.newUser(NOBODY_HEAD);
            user.setFirstName("部长");
            user.setLastName("吴");
            user.setPassword("demo1234");
            identity.saveUser(user);
            identity.createMembership(NOBODY_HEAD, Roles.HEAD);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM officer WHERE username = ?", Integer.class, NOBODY_HEAD))
                .isZero();
    }

    Map<String, Object> state(long... caseIds) {
        Map<String, Object> s = new LinkedHashMap<>();
        for (long id : caseIds) {
            for (String table : new String[] { "case_step", "case_handler", "case_deadline_suspension", "record_entry",
                    "inbox_task" }) {
                s.put(table + "#" + id,
                        jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE case_id = ?", Long.class, id));
            }
            s.put("handlers#" + id, jdbc.queryForList(
                    "SELECT officer_id, removed_at FROM case_handler WHERE case_id = ? ORDER BY officer_id", id));
            s.put("tasks#" + id, jdbc.queryForList(
                    "SELECT task_id, step, assignee, due_date FROM inbox_task WHERE case_id = ? ORDER BY task_id", id));
            s.put("status#" + id, jdbc.queryForObject("SELECT status FROM enf_case WHERE id = ?", String.class, id));
        }
        return s;
    }

    @Test
    void aHeadWithoutAnOfficerRecordActsOnNoCaseOfAnyBody() throws Exception {
        ensureHeadWithoutOfficerRecord();
        Scenario scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        long awaitingFiling = leadRegistration.registerLead(scenario.lead(Scenario.person()), Scenario.ZHANG).id();
        long filed = scenario.registerAndFile(Scenario.person()).id();
        String filingTask = jdbc.queryForObject("SELECT task_id FROM inbox_task WHERE case_id = ? AND step = 'Task_FilingApproval'",
                String.class, awaitingFiling);
        long li = scenario.officerId("liqiang");
        long wang = scenario.officerId("wangfang");
        Map<String, Object> before = state(awaitingFiling, filed);

        // reading: not found, as before
        call(NOBODY_HEAD, "GET", "/api/cases/" + awaitingFiling, null, 404);

        Map<String, Object[]> acts = new LinkedHashMap<>();
        acts.put("/api/cases/" + awaitingFiling + "/steps/filing-approval", new Object[] { Map.of("approved", true, "opinion", "同意立案") });
        acts.put("/api/tasks/" + filingTask + "/claim", new Object[] { Map.of() });
        acts.put("/api/cases/" + filed + "/decision-clock/suspension",
                new Object[] { Map.of("reason", "TESTING_APPRAISAL", "from", Scenario.today().toString()) });
        acts.put("/api/cases/" + filed + "/decision-clock/resumption", new Object[] { Map.of("on", Scenario.today().toString()) });
        acts.put("/api/cases/" + filed + "/handlers/reassignment",
                new Object[] { Map.of("removeOfficerId", li, "addOfficerId", wang, "reason", "工作调整") });
        acts.put("/api/cases/" + filed + "/legal-review/extension", new Object[] { Map.of() });
        acts.put("/api/cases/" + filed + "/decision-revocations", new Object[] { Map.of("kind", "REVOKED", "reason",
                "复议撤销", "sourceDocument", "某府复决〔2026〕3号 行政复议决定书") });
        acts.put("/api/cases/" + filed + "/steps/collective-discussion", new Object[] { Map.of("opinion", "同意") });
        acts.put("/api/cases/" + filed + "/steps/head-decision", new Object[] { Scenario.decision(new java.math.BigDecimal("200")) });

        for (var act : acts.entrySet()) {
            MvcResult r = mvc.perform(post(act.getKey()).contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(act.getValue()[0])).with(httpBasic(NOBODY_HEAD, "demo1234"))).andReturn();
            String content = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(r.getResponse().getStatus()).as(act.getKey() + ": " + content).isEqualTo(404);
            assertThat(r.getResponse().getContentType()).as(act.getKey()).startsWith("application/problem+json");
            assertThat(json.readTree(content).get("type").asText()).as(act.getKey()).isEqualTo("urn:sanxiang:problem:not-found");
            assertThat(state(awaitingFiling, filed)).as("nothing changed by " + act.getKey()).isEqualTo(before);
        }

        // the body's own head still acts
        call("liuyang", "POST", "/api/cases/" + awaitingFiling + "/steps/filing-approval",
                Map.of("approved", true, "opinion", "同意立案"), 200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_step WHERE case_id = ?", Long.class, awaitingFiling))
                .isEqualTo((Long) before.get("case_step#" + awaitingFiling) + 1);
    }
}
