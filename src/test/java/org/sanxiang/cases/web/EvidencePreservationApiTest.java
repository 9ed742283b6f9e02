package org.sanxiang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.calendar.WorkingCalendar;
import org.sanxiang.cases.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 先行登记保存 (APL Art. 56) through the REST API: the head's approval and the list required, certificates shown, one
 * at a time, the disposal period of 7 working days, and its edge — on the last day any disposal, the day after only
 * release. The office clock is fixed, so the period's last day is moved in {@code case_deadline} to stand for
 * "today is the last day" and "the last day was yesterday".
 */
@SanxiangTest
class EvidencePreservationApiTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingCalendar calendar;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
    }

    JsonNode call(String user, String path, Object body, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))
                .with(httpBasic(user, "demo1234"))).andReturn();
        String content = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as("%s -> %s", path, content).isEqualTo(expectedStatus);
        return content.isEmpty() ? null : json.readTree(content);
    }

    List<String> openSteps(long caseId) {
        return jdbc.queryForList("SELECT step FROM inbox_task WHERE case_id = ? ORDER BY step", String.class, caseId);
    }

    Map<String, Object> preservation(String headApproval) {
        Map<String, Object> m = new HashMap<>(Map.of("preservedOn", Scenario.today().toString(), "place", "三张镇人民路 18 号门前",
                "officerIds", List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang")),
                "certificatesShown", List.of("44190210001", "44190210002"), "items", List.of("经营用遮阳棚 1 顶", "货架 2 个"),
                "onSiteRecord", "现场登记保存，当事人签名确认。", "partyPresent", true));
        if (headApproval != null) {
            m.put("headApproval", headApproval);
        }
        return m;
    }

    static Map<String, Object> disposal(String outcome) {
        return Map.of("decidedOn", Scenario.today().toString(), "outcome", outcome, "reasons", "处理理由");
    }

    /** A filed case whose evidence was preserved today; its disposal is due. */
    long preserved() throws Exception {
        long id = scenario.registerAndFile(Scenario.person()).id();
        call("zhangwei", "/api/cases/" + id + "/evidence-preservations", Map.of("reason", "证据可能被转移"), 201);
        JsonNode again = call("zhangwei", "/api/cases/" + id + "/evidence-preservations", Map.of("reason", "再次"), 409);
        assertThat(again.get("type").asText()).isEqualTo("urn:sanxiang:problem:preservation-already-open");
        JsonNode noApproval = call("zhangwei", "/api/cases/" + id + "/steps/evidence-preservation", preservation(null), 400);
        assertThat(noApproval.get("field").asText()).isEqualTo("headApproval");
        Map<String, Object> wrongCertificate = preservation("负责人刘洋批准");
        wrongCertificate.put("certificatesShown", List.of("44190210001", "44190210009"));
        call("zhangwei", "/api/cases/" + id + "/steps/evidence-preservation", wrongCertificate, 400);
        call("zhangwei", "/api/cases/" + id + "/steps/evidence-preservation", preservation("负责人刘洋批准（审批单 2026-09）"), 200);
        assertThat(openSteps(id)).containsExactly("Task_Investigation", "Task_PreservationDisposal");
        return id;
    }

    void lastDayIs(long caseId, LocalDate day) {
        jdbc.update("UPDATE case_deadline SET due_date = ? WHERE case_id = ? AND rule_key = 'preservation-disposal' AND status = 'RUNNING'",
                day, caseId);
    }

    @Test
    void theDisposalIsDueOnTheSeventhWorkingDayAndAnyDisposalMayBeDecidedOnIt() throws Exception {
        long id = preserved();
        assertThat(jdbc.queryForObject("SELECT due_date FROM case_deadline WHERE case_id = ? AND rule_key = 'preservation-disposal'",
                LocalDate.class, id)).isEqualTo(calendar.plusWorkingDays(Scenario.today(), 7).date());
        lastDayIs(id, Scenario.today());
        call("zhangwei", "/api/cases/" + id + "/steps/preservation-disposal", disposal("TRANSFER_TO_SEIZURE"), 200);
        assertThat(openSteps(id)).containsExactly("Task_Investigation");
        assertThat(jdbc.queryForObject("SELECT article FROM record_entry WHERE case_id = ? AND act = 'STEP_COMPLETED' "
                + "AND step = 'Task_PreservationDisposal'", String.class, id)).isEqualTo("APL Art. 56");
    }

    @Test
    void theDayAfterThePeriodTheItemsCanOnlyBeReleased() throws Exception {
        long id = preserved();
        lastDayIs(id, Scenario.today().minusDays(1));
        JsonNode late = call("zhangwei", "/api/cases/" + id + "/steps/preservation-disposal", disposal("CONFISCATION_ON_DECISION"), 400);
        assertThat(late.get("type").asText()).isEqualTo("urn:sanxiang:problem:preservation-lapsed");
        assertThat(late.get("article").asText()).isEqualTo("APL Art. 56");
        assertThat(late.get("detail").asText()).contains("第五十六条");
        assertThat(openSteps(id)).contains("Task_PreservationDisposal");
        call("zhangwei", "/api/cases/" + id + "/steps/preservation-disposal", disposal("RELEASE"), 200);
        assertThat(jdbc.queryForObject("SELECT status FROM case_deadline WHERE case_id = ? AND rule_key = 'preservation-disposal'",
                String.class, id)).isEqualTo("MISSED");
    }
}
