package org.sanxiang.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** RULES §6, §8: the supervisor sees certificates expiring within 60 days and annual reviews falling due. */
class CertificateWarningsApiTest extends OfficerApiSupport {

    List<JsonNode> warnings(String user, LocalDate on) throws Exception {
        String body = mvc.perform(get("/api/supervision/certificate-warnings?on=" + on).with(httpBasic(user, "demo1234")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<JsonNode> list = new ArrayList<>();
        json.readTree(body).forEach(list::add);
        return list;
    }

    String certificateEnding(LocalDate validTo) throws Exception {
        return certificateEndingWithId(validTo).number();
    }

    record Created(String number, long id) {
    }

    Created certificateEndingWithId(LocalDate validTo) throws Exception {
        String number = uniqueNumber();
        long officerId = createOfficer(uniqueUsername("warn"));
        long id = createCertificate(officerId, number, List.of("市容环卫"), today().minusYears(4), validTo).get("id").asLong();
        return new Created(number, id);
    }

    static List<String> expiring(List<JsonNode> warnings) {
        return warnings.stream().filter(w -> w.get("kind").asText().equals("EXPIRING"))
                .map(w -> w.get("certificateNumber").asText()).toList();
    }

    @Test
    void warnsOfCertificatesExpiringWithinSixtyDaysButNotSixtyOne() throws Exception {
        LocalDate on = today();
        String in59 = certificateEnding(on.plusDays(59));
        String in60 = certificateEnding(on.plusDays(60));
        String in61 = certificateEnding(on.plusDays(61));
        String today = certificateEnding(on);
        String expired = certificateEnding(on.minusDays(1));

        List<JsonNode> warnings = warnings("sunli", on);

        assertThat(expiring(warnings)).contains(in59, in60, today).doesNotContain(in61, expired);
        JsonNode w60 = warnings.stream().filter(w -> w.get("certificateNumber").asText().equals(in60)
                && w.get("kind").asText().equals("EXPIRING")).findFirst().orElseThrow();
        assertThat(w60.get("daysLeft").asInt()).isEqualTo(60);
        assertThat(w60.get("dueOn").asText()).isEqualTo(on.plusDays(60).toString());
        assertThat(w60.get("officerName").asText()).startsWith("测试warn");
    }

    @Test
    void leavesOutSuspendedCertificates() throws Exception {
        Created created = certificateEndingWithId(today().plusDays(10));
        assertThat(expiring(warnings("sunli", today()))).contains(created.number());
        changeStatus(created.id(), "SUSPEND", "停职");
        assertThat(expiring(warnings("sunli", today()))).doesNotContain(created.number());
    }

    @Test
    void warnsOfAnnualReviewsFallingDueWithinThirtyDays() throws Exception {
        LocalDate on = today();
        long officerId = createOfficer(uniqueUsername("rvw"));
        String due = uniqueNumber();
        String notYet = uniqueNumber();
        createCertificate(officerId, due, List.of("市容环卫"), on.minusYears(1).plusDays(30), on.plusYears(4));
        createCertificate(officerId, notYet, List.of("城乡规划"), on.minusYears(1).plusDays(31), on.plusYears(4));

        List<String> reviews = warnings("liuyang", on).stream().filter(w -> w.get("kind").asText().equals("ANNUAL_REVIEW_DUE"))
                .map(w -> w.get("certificateNumber").asText()).toList();

        assertThat(reviews).contains(due).doesNotContain(notYet);
    }

    @Test
    void isForSupervisorsHeadsAndAdministratorsOnly() throws Exception {
        mvc.perform(get("/api/supervision/certificate-warnings").with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/supervision/certificate-warnings").with(httpBasic("chenjing", "demo1234")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/supervision/certificate-warnings")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/supervision/certificate-warnings").with(httpBasic("admin", "demo1234")))
                .andExpect(status().isOk());
    }
}
