package org.sanxiang.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.JsonNode;

class CertificateAdminApiTest extends OfficerApiSupport {

    ResultActions postCertificate(long officerId, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/officers/" + officerId + "/certificates").with(httpBasic("admin", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    Map<String, Object> certificateBody(String number, List<String> categories, String from, String to) {
        return Map.of("number", number, "issuingAuthority", "某省人民政府", "categories", categories, "area", "三张镇",
                "validFrom", from, "validTo", to);
    }

    @Test
    void adminEndpointsAnswer401ToAnonymousCallers() throws Exception {
        mvc.perform(get("/api/officers")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/certificates/csv")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/officers").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void adminEndpointsAnswer403ToAnOfficer() throws Exception {
        mvc.perform(get("/api/officers").with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:role-required"));
        mvc.perform(post("/api/officers").with(httpBasic("zhangwei", "demo1234")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("bodyId", bodyId(), "username", uniqueUsername("x"), "name", "某",
                        "position", "队员"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/certificates/csv").with(httpBasic("zhangwei", "demo1234"))).andExpect(status().isForbidden());
    }

    @Test
    void reviewersAndHeadsMayReadButNotWrite() throws Exception {
        mvc.perform(get("/api/certificates").with(httpBasic("chenjing", "demo1234"))).andExpect(status().isOk());
        mvc.perform(get("/api/officers").with(httpBasic("liuyang", "demo1234"))).andExpect(status().isOk());
        long officerId = createOfficer(uniqueUsername("ro"));
        mvc.perform(post("/api/officers/" + officerId + "/certificates").with(httpBasic("liuyang", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(certificateBody(uniqueNumber(), List.of("城乡规划"), "2025-01-01", "2029-12-31"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void listsOfficersPageByPage() throws Exception {
        createOfficer(uniqueUsername("pg"));
        createOfficer(uniqueUsername("pg"));
        String page0 = mvc.perform(get("/api/officers?page=0&size=2").with(httpBasic("admin", "demo1234")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.size").value(2)).andReturn().getResponse().getContentAsString();
        String page1 = mvc.perform(get("/api/officers?page=1&size=2").with(httpBasic("admin", "demo1234")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode p0 = json.readTree(page0);
        JsonNode p1 = json.readTree(page1);
        assertThat(p0.get("total").asLong()).isGreaterThanOrEqualTo(9);
        assertThat(p1.get("items").get(0).get("id").asLong()).isGreaterThan(p0.get("items").get(1).get("id").asLong());
    }

    @Test
    void createsACertificateAndRecordsEveryStatusChangeWithReasonWhoAndWhen() throws Exception {
        long officerId = createOfficer(uniqueUsername("hist"));
        JsonNode created = createCertificate(officerId, uniqueNumber(), List.of("城乡规划", "市容环卫"), today().minusYears(1),
                today().plusYears(3));
        long id = created.get("id").asLong();
        assertThat(created.get("status").asText()).isEqualTo("VALID");
        assertThat(created.get("annualReviewDue").asText()).isEqualTo(today().minusYears(1).plusYears(1).toString());

        assertThat(changeStatus(id, "SUSPEND", "涉嫌违法执法，接受调查").get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(changeStatus(id, "REINSTATE", "调查结束，无违法").get("status").asText()).isEqualTo("VALID");
        assertThat(changeStatus(id, "CANCEL", "调离执法岗位").get("status").asText()).isEqualTo("CANCELLED");

        String history = mvc.perform(get("/api/certificates/" + id + "/history").with(httpBasic("sunli", "demo1234")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode h = json.readTree(history);
        assertThat(h).hasSize(4);
        assertThat(h.get(0).get("action").asText()).isEqualTo("CREATED");
        assertThat(h.get(1).get("action").asText()).isEqualTo("SUSPEND");
        assertThat(h.get(1).get("fromStatus").asText()).isEqualTo("VALID");
        assertThat(h.get(1).get("toStatus").asText()).isEqualTo("SUSPENDED");
        assertThat(h.get(1).get("reason").asText()).isEqualTo("涉嫌违法执法，接受调查");
        assertThat(h.get(1).get("changedBy").asText()).isEqualTo("admin");
        assertThat(h.get(1).get("changedAt").asText()).startsWith(today().toString());
        assertThat(h.get(3).get("toStatus").asText()).isEqualTo("CANCELLED");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"CANCEL, CANCELLED", "REVOKE, REVOKED"})
    void refusesToReinstateACancelledOrRevokedCertificate(String action, String finalStatus) throws Exception {
        long officerId = createOfficer(uniqueUsername("fin"));
        long id = createCertificate(officerId, uniqueNumber(), List.of("城乡规划"), today(), today().plusYears(5)).get("id").asLong();
        assertThat(changeStatus(id, action, "调离执法岗位").get("status").asText()).isEqualTo(finalStatus);
        mvc.perform(post("/api/certificates/" + id + "/status").with(httpBasic("admin", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"REINSTATE\",\"reason\":\"申诉\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:certificate-status-change-not-allowed"));
        // nothing changed: the certificate stays final, its history has no reinstatement
        String history = mvc.perform(get("/api/certificates/" + id + "/history").with(httpBasic("sunli", "demo1234")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode h = json.readTree(history);
        assertThat(h).hasSize(2);
        assertThat(h.get(1).get("toStatus").asText()).isEqualTo(finalStatus);
    }

    @Test
    void refusesAStatusChangeWithoutReason() throws Exception {
        long officerId = createOfficer(uniqueUsername("rsn"));
        long id = createCertificate(officerId, uniqueNumber(), List.of("城乡规划"), today(), today().plusYears(5)).get("id").asLong();
        mvc.perform(post("/api/certificates/" + id + "/status").with(httpBasic("admin", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"SUSPEND\",\"reason\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
    }

    @Test
    void rejectsADuplicateCertificateNumber() throws Exception {
        long officerId = createOfficer(uniqueUsername("dup"));
        String number = uniqueNumber();
        createCertificate(officerId, number, List.of("城乡规划"), today(), today().plusYears(5));
        postCertificate(officerId, certificateBody(number, List.of("城乡规划"), "2025-01-01", "2029-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:duplicate-certificate-number"))
                .andExpect(jsonPath("$.article").value("APL Art. 42"))
                .andExpect(jsonPath("$.field").value("number"));
    }

    @Test
    void rejectsValidToBeforeValidFrom() throws Exception {
        long officerId = createOfficer(uniqueUsername("dt"));
        postCertificate(officerId, certificateBody(uniqueNumber(), List.of("城乡规划"), "2026-01-02", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:valid-to-before-valid-from"))
                .andExpect(jsonPath("$.detail").value("有效期截止日 2026-01-01 早于起始日 2026-01-02。"));
    }

    @Test
    void rejectsAnUnknownCategory() throws Exception {
        long officerId = createOfficer(uniqueUsername("cat"));
        postCertificate(officerId, certificateBody(uniqueNumber(), List.of("城乡规划", "星际航行"), "2025-01-01", "2029-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:unknown-enforcement-category"))
                .andExpect(jsonPath("$.field").value("categories"));
    }

    @Test
    void rejectsANumberOutsideTheConfiguredFormat() throws Exception {
        long officerId = createOfficer(uniqueUsername("fmt"));
        postCertificate(officerId, certificateBody("ABC-123", List.of("城乡规划"), "2025-01-01", "2029-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:certificate-number-format"));
    }

    @Test
    void recordsAnAnnualReviewAndMovesTheNextDueDateAYearOn() throws Exception {
        long officerId = createOfficer(uniqueUsername("ar"));
        long id = createCertificate(officerId, uniqueNumber(), List.of("城乡规划"), today().minusYears(2), today().plusYears(3))
                .get("id").asLong();
        mvc.perform(post("/api/certificates/" + id + "/annual-review").with(httpBasic("admin", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reviewedOn\":\"" + today() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.annualReviewDue").value(today().plusYears(1).toString()));
    }

    @Test
    void updatesACertificateKeepingItsOwnNumberButNotTakingAnothers() throws Exception {
        long officerId = createOfficer(uniqueUsername("upd"));
        String own = uniqueNumber();
        String other = uniqueNumber();
        long id = createCertificate(officerId, own, List.of("城乡规划"), today(), today().plusYears(5)).get("id").asLong();
        createCertificate(officerId, other, List.of("城乡规划"), today(), today().plusYears(5));

        mvc.perform(put("/api/certificates/" + id).with(httpBasic("admin", "demo1234")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(certificateBody(own, List.of("城乡规划", "固体废物"), "2025-01-01", "2030-12-31"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories.length()").value(2))
                .andExpect(jsonPath("$.validTo").value("2030-12-31"));
        mvc.perform(put("/api/certificates/" + id).with(httpBasic("admin", "demo1234")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(certificateBody(other, List.of("城乡规划"), "2025-01-01", "2030-12-31"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:duplicate-certificate-number"));
    }

    @Test
    void updatesAnOfficerButNeverTheirUsername() throws Exception {
        String username = uniqueUsername("uo");
        long id = createOfficer(username);
        mvc.perform(put("/api/officers/" + id).with(httpBasic("admin", "demo1234")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("bodyId", bodyId(), "username", username, "name", "新名字",
                        "position", "中队长"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.position").value("中队长"));
        mvc.perform(put("/api/officers/" + id).with(httpBasic("admin", "demo1234")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("bodyId", bodyId(), "username", username + "x", "name", "新名字",
                        "position", "中队长"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:username-immutable"));
    }
}
