package org.sanxiang.officers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Creates the officers and certificates a test needs through the admin API, with numbers no other test uses. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class OfficerApiSupport {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 10);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;
    @Autowired
    OfficerDirectory directory;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** An 11-digit certificate number (the configured format) unique to this run. */
    static String uniqueNumber() {
        return String.format("9%010d", SEQUENCE.incrementAndGet() % 10_000_000_000L);
    }

    static String uniqueUsername(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    long bodyId() {
        return directory.officerByUsername("zhangwei").orElseThrow().bodyId();
    }

    long createOfficer(String username) throws Exception {
        return body(post("/api/officers"), Map.of("bodyId", bodyId(), "username", username, "name", "测试" + username,
                "position", "执法队员")).get("id").asLong();
    }

    JsonNode createCertificate(long officerId, String number, List<String> categories, LocalDate from, LocalDate to)
            throws Exception {
        return body(post("/api/officers/" + officerId + "/certificates"), Map.of("number", number,
                "issuingAuthority", "某省人民政府", "categories", categories, "area", "三张镇",
                "validFrom", from.toString(), "validTo", to.toString()));
    }

    JsonNode changeStatus(long certificateId, String action, String reason) throws Exception {
        String response = mvc.perform(post("/api/certificates/" + certificateId + "/status").with(httpBasic("admin", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("action", action, "reason", reason))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    private JsonNode body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Object content)
            throws Exception {
        String response = mvc.perform(request.with(httpBasic("admin", "demo1234")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(content)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return json.readTree(response);
    }
}
