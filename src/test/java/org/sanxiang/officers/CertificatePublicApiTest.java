package org.sanxiang.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

/** The public certificate check: anyone, no login, and nothing about the person beyond the name. */
class CertificatePublicApiTest extends OfficerApiSupport {

    @Test
    void showsOnlyTheAllowedFieldsWithoutLogin() throws Exception {
        String username = uniqueUsername("pub");
        long officerId = createOfficer(username);
        String number = uniqueNumber();
        createCertificate(officerId, number, List.of("城乡规划", "固体废物"), today().minusYears(1), today().plusYears(4));

        String body = mvc.perform(get("/api/public/certificates/" + number))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode c = json.readTree(body);

        List<String> keys = new ArrayList<>();
        c.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("number", "holderName", "body", "categories", "area", "validFrom",
                "validTo", "status");
        assertThat(c.get("holderName").asText()).isEqualTo("测试" + username);
        assertThat(c.get("body").asText()).isEqualTo("三张镇综合行政执法办公室");
        assertThat(c.get("status").asText()).isEqualTo("VALID");
        assertThat(c.get("validTo").asText()).isEqualTo(today().plusYears(4).toString());
        assertThat(body).doesNotContain("\"" + username + "\"").doesNotContain("执法队员").doesNotContain("\"id\"");
    }

    @Test
    void showsTheStatusOfASuspendedCertificate() throws Exception {
        long officerId = createOfficer(uniqueUsername("pub"));
        String number = uniqueNumber();
        long id = createCertificate(officerId, number, List.of("城乡规划"), today().minusYears(1), today().plusYears(4))
                .get("id").asLong();
        changeStatus(id, "SUSPEND", "接受调查");
        mvc.perform(get("/api/public/certificates/" + number)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED"));
    }

    @Test
    void showsAnExpiredCertificateAsExpired() throws Exception {
        long officerId = createOfficer(uniqueUsername("pub"));
        String number = uniqueNumber();
        createCertificate(officerId, number, List.of("城乡规划"), today().minusYears(5), today().minusDays(1));
        mvc.perform(get("/api/public/certificates/" + number)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EXPIRED"));
    }

    @Test
    void answers404ProblemForAnUnknownNumber() throws Exception {
        mvc.perform(get("/api/public/certificates/00000000000"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:not-found"));
    }
}
