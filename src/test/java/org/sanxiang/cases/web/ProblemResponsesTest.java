package org.sanxiang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

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

/** Bad input answers problem+json with a stable type, the article, the field and a Chinese (or English) detail. */
@SanxiangTest
class ProblemResponsesTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    MvcResult summary(String body, String language) throws Exception {
        var request = post("/api/summary-cases").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("zhangwei", "demo1234"));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return mvc.perform(request).andReturn();
    }

    String summaryBody(String fine) {
        long body = jdbc.queryForObject("SELECT id FROM enforcement_body WHERE code = 'SZZ'", Long.class);
        long matter = jdbc.queryForObject("SELECT id FROM power_item WHERE code = 'GF-002'", Long.class);
        long zhang = jdbc.queryForObject("SELECT id FROM officer WHERE username = 'zhangwei'", Long.class);
        long li = jdbc.queryForObject("SELECT id FROM officer WHERE username = 'liqiang'", Long.class);
        return """
                {"bodyId":%d,"matterId":%d,"facts":"未分类投放","place":"三张镇","decidedOn":"%s",
                 "party":{"kind":"NATURAL_PERSON","name":"王某"},"handlerIds":[%d,%d],"penaltyType":"FINE","fineAmount":%s}
                """.formatted(body, matter, Scenario.today(), zhang, li, fine);
    }

    JsonNode body(MvcResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void summaryAboveTheLimitIs400CitingArticle51InChinese() throws Exception {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM enf_case", Integer.class);
        MvcResult r = summary(summaryBody("500"), null);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode p = body(r);
        assertThat(p.get("type").asText()).isEqualTo("urn:sanxiang:problem:summary-procedure-limit");
        assertThat(p.get("article").asText()).isEqualTo("APL Art. 51");
        assertThat(p.get("field").asText()).isEqualTo("fineAmount");
        assertThat(p.get("detail").asText()).contains("简易程序罚款 500 元超过限额 200 元").contains("第五十一条");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enf_case", Integer.class)).isEqualTo(before);
    }

    @Test
    void detailFollowsAcceptLanguageEnglish() throws Exception {
        JsonNode p = body(summary(summaryBody("500"), "en"));
        assertThat(p.get("detail").asText()).contains("exceeds the limit of 200 yuan");
    }

    @Test
    void missingOrMalformedFieldsAre400NamingTheField() throws Exception {
        long id = leadRegistration.registerLead(new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).lead(Scenario.person()), Scenario.ZHANG).id();
        MvcResult missing = mvc.perform(post("/api/cases/" + id + "/steps/filing-approval").contentType(MediaType.APPLICATION_JSON)
                .content("{\"approved\":true}").with(httpBasic("liuyang", "demo1234"))).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(missing).get("field").asText()).isEqualTo("opinion");

        MvcResult badEnum = mvc.perform(post("/api/cases/" + id + "/steps/investigation-end").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"JAIL\",\"report\":\"x\"}").with(httpBasic("zhangwei", "demo1234"))).andReturn();
        assertThat(badEnum.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(badEnum).get("field").asText()).isEqualTo("outcome");
    }

    @Test
    void completingAStepThatIsNotCurrentIs409() throws Exception {
        long id = leadRegistration.registerLead(new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).lead(Scenario.person()), Scenario.ZHANG).id();
        MvcResult r = mvc.perform(post("/api/cases/" + id + "/steps/closing").contentType(MediaType.APPLICATION_JSON)
                .content("{\"closingReport\":\"x\"}").with(httpBasic("zhangwei", "demo1234"))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(r).get("type").asText()).isEqualTo("urn:sanxiang:problem:step-not-current");
        assertThat(body(r).get("detail").asText()).contains("立案审批");
    }
}
