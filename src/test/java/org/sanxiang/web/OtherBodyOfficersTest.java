package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 15: another body's head or reviewer reads none of this body's officers — not a certificate's detail, not
 * the officer list, not an officer, not a legal qualification (404, as for a case); lists hold only their own
 * body's officers and certificates. Supervisors and the administrator read every body's.
 */
@SanxiangTest
class OtherBodyOfficersTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired IdentityService identity;

    long certificate;
    long officer;
    long reviewer;
    long demoBody;

    @BeforeEach
    void otherBody() {
        OtherBody.ensureHeadAndReviewer(jdbc, identity);
        certificate = jdbc.queryForObject("SELECT id FROM certificate WHERE number = '44190210001'", Long.class);
        officer = jdbc.queryForObject("SELECT officer_id FROM certificate WHERE id = ?", Long.class, certificate);
        reviewer = jdbc.queryForObject("SELECT id FROM officer WHERE username = 'chenjing'", Long.class);
        demoBody = jdbc.queryForObject("SELECT body_id FROM officer WHERE id = ?", Long.class, officer);
    }

    JsonNode api(String username, String path, int expected) throws Exception {
        MvcResult r = mvc.perform(get(path).with(httpBasic(username, "demo1234"))).andReturn();
        String content = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(username + " " + path + ": " + content).isEqualTo(expected);
        return json.readTree(content);
    }

    List<Long> bodies(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("bodyId").asLong()));
        return ids;
    }

    @Test
    void anotherBodysHeadAndReviewerReadNoneOfThisBodysOfficers() throws Exception {
        for (String stranger : List.of(OtherBody.HEAD, OtherBody.REVIEWER)) {
            assertThat(api(stranger, "/api/certificates/" + certificate, 404).get("type").asText())
                    .isEqualTo("urn:sanxiang:problem:not-found");
            api(stranger, "/api/officers/" + officer, 404);
            api(stranger, "/api/officers/" + reviewer + "/legal-qualification", 404);
            api(stranger, "/api/officers?bodyId=" + demoBody, 404);
            api(stranger, "/api/certificates?officerId=" + officer, 404);
            JsonNode officers = api(stranger, "/api/officers?size=200", 200);
            assertThat(bodies(officers)).isNotEmpty().doesNotContain(demoBody);
            JsonNode certificates = api(stranger, "/api/certificates?size=200", 200);
            certificates.get("items").forEach(c -> assertThat(c.get("id").asLong()).isNotEqualTo(certificate));
        }
    }

    @Test
    void theBodysOwnHeadSupervisorsAndTheAdministratorStillReadThem() throws Exception {
        for (String reader : List.of("liuyang", "chenjing", "sunli", "admin")) {
            assertThat(api(reader, "/api/certificates/" + certificate, 200).get("id").asLong()).isEqualTo(certificate);
            api(reader, "/api/officers/" + officer, 200);
            api(reader, "/api/officers/" + reviewer + "/legal-qualification", 200);
            assertThat(bodies(api(reader, "/api/officers?size=200", 200))).contains(demoBody);
        }
        assertThat(bodies(api("liuyang", "/api/officers?size=200", 200))).containsOnly(demoBody);
        assertThat(bodies(api("admin", "/api/officers?size=200", 200))).contains(demoBody,
                jdbc.queryForObject("SELECT id FROM enforcement_body WHERE code = 'QTZ'", Long.class));
    }
}
