package org.sanxiang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.CaseQueries;
import org.sanxiang.cases.CaseViews;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.Scenario;
import org.sanxiang.cases.SummaryDecisionInput;
import org.sanxiang.process.Actor;
import org.sanxiang.process.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The case detail (API and {@link CaseQueries}) lists the decisions that fell (APL Art. 48 ¶2). */
@SanxiangTest
class RevocationDetailTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    org.camunda.bpm.engine.IdentityService identity;
    @Autowired
    CaseQueries queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    JsonNode call(String user, String method, String path, Object body, int expectedStatus) throws Exception {
        var request = ("GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).with(httpBasic(user, "demo1234"));
        MvcResult result = mvc.perform(request).andReturn();
        String content = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as("%s %s -> %s", method, path, content).isEqualTo(expectedStatus);
        return content.isEmpty() ? null : json.readTree(content);
    }

    long decidedCase() {
        Scenario s = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        return summaryProcedure.decideOnTheSpot(new SummaryDecisionInput(s.bodyId(), s.matterId("GF-002"), "未分类投放生活垃圾。",
                "三张镇新村", Scenario.today(), Scenario.person(), List.of(s.officerId("zhangwei"), s.officerId("liqiang")),
                PenaltyType.FINE, new BigDecimal("50")), Scenario.ZHANG).id();
    }

    @Test
    void theCaseDetailListsTheDecisionsThatFell() throws Exception {
        long id = decidedCase();
        assertThat(call("zhangwei", "GET", "/api/cases/" + id, null, 200).get("revocations")).isEmpty();
        assertThat(queries.detail(id, Scenario.ZHANG).revocations()).isEmpty();

        call("liuyang", "POST", "/api/cases/" + id + "/decision-revocations", Map.of("kind", "REVOKED",
                "reason", "事实认定不清", "sourceDocument", "三张府复决〔2026〕7号 行政复议决定书",
                "effectiveOn", Scenario.today().toString()), 201);

        JsonNode revocations = call("zhangwei", "GET", "/api/cases/" + id, null, 200).get("revocations");
        assertThat(revocations).hasSize(1);
        JsonNode r = revocations.get(0);
        assertThat(r.get("kind").asText()).isEqualTo("REVOKED");
        assertThat(r.get("reason").asText()).isEqualTo("事实认定不清");
        assertThat(r.get("sourceDocument").asText()).isEqualTo("三张府复决〔2026〕7号 行政复议决定书");
        assertThat(r.get("effectiveOn").asText()).isEqualTo(Scenario.today().toString());
        assertThat(r.get("enteredBy").asText()).isEqualTo("liuyang");
        assertThat(r.get("enteredAt").isNull()).isFalse();
        assertThat(r.get("decisionNumber").asText()).isEqualTo(
                jdbc.queryForObject("SELECT case_number FROM enf_case WHERE id = ?", String.class, id));

        CaseViews.Revocation view = queries.detail(id, Scenario.HEAD).revocations().get(0);
        assertThat(view.kind()).isEqualTo("REVOKED");
        assertThat(view.enteredBy()).isEqualTo("liuyang");
        assertThat(queries.revocations(id, Scenario.REVIEWER)).containsExactly(view);
        assertThat(call("chenjing", "GET", "/api/cases/" + id + "/decision-revocations", null, 200)).hasSize(1);
    }

    @Test
    void anotherBodysCaseAndItsRevocationsAreNotFound() throws Exception {
        long id = decidedCase();
        // a real officer of another body (login qitaguan of body QTZ) ...
        org.sanxiang.web.OtherBody.ensure(jdbc, identity);
        assertThat(jdbc.queryForObject("SELECT b.code FROM officer o JOIN enforcement_body b ON b.id = o.body_id"
                + " WHERE o.username = ?", String.class, org.sanxiang.web.OtherBody.USERNAME)).isEqualTo("QTZ");
        Actor otherBody = new Actor(org.sanxiang.web.OtherBody.USERNAME, Set.of("officer"));
        assertThatThrownBy(() -> queries.revocations(id, otherBody)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> queries.detail(id, otherBody)).isInstanceOf(NotFound.class);
        call(org.sanxiang.web.OtherBody.USERNAME, "GET", "/api/cases/" + id + "/decision-revocations", null, 404);
        // ... and an account with no officer record at all
        Actor stranger = new Actor("nobody-of-this-body", Set.of("officer"));
        assertThatThrownBy(() -> queries.revocations(id, stranger)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> queries.revocations(987_654L, Scenario.HEAD)).isInstanceOf(NotFound.class);
    }
}
