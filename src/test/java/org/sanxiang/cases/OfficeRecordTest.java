package org.sanxiang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.process.Problem;
import org.sanxiang.recording.OfficeRecord;
import org.sanxiang.recording.RecordCheckpoints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Acts refused before a case exists (案源登记, 当场处罚决定; APL Art. 24, 42, 51) are recorded in the body's
 * office record — a hash chain of its own, verified and signed by the checkpoints like a case's — and
 * nothing else is written: no case, no engine instance, no document number.
 */
@SanxiangTest
class OfficeRecordTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    HistoryService history;
    @Autowired
    OfficeRecord office;
    @Autowired
    RecordCheckpoints checkpoints;

    Scenario scenario() {
        return new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
    }

    long chain() {
        return OfficeRecord.chainOf(scenario().bodyId());
    }

    int officeEntries() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM record_entry WHERE case_id = ?", Integer.class, chain());
    }

    Map<String, Object> lastOfficeEntry() {
        return jdbc.queryForMap("SELECT act, step, actor, article, summary, payload FROM record_entry WHERE case_id = ?"
                + " ORDER BY seq DESC LIMIT 1", chain());
    }

    /** Everything a registration writes besides the office record. */
    List<Long> footprint() {
        return List.of(jdbc.queryForObject("SELECT COUNT(*) FROM enf_case", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM party", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM record_entry WHERE case_id > 0", Long.class),
                jdbc.queryForObject("SELECT COALESCE(SUM(last_value), 0) FROM document_sequence", Long.class),
                history.createHistoricProcessInstanceQuery().count());
    }

    JsonNode call(String user, String method, String path, Object body, int expectedStatus) throws Exception {
        var request = ("GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).with(httpBasic(user, "demo1234"));
        MvcResult result = mvc.perform(request).andReturn();
        String content = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as("%s %s -> %s", method, path, content).isEqualTo(expectedStatus);
        return content.isEmpty() ? null : json.readTree(content);
    }

    RegisterLead leadOnMatter(long matterId) {
        RegisterLead l = scenario().lead(Scenario.person());
        return new RegisterLead(l.bodyId(), l.source(), matterId, l.facts(), l.actDate(), l.discoveredOn(), l.place(),
                false, l.party(), l.handlerIds());
    }

    @Test
    void aRefusedRegistrationLeavesOneOfficeEntryNamingTheRuleAndNothingElse() throws Exception {
        RegisterLead lead = leadOnMatter(987_654L);
        int before = officeEntries();
        List<Long> footprint = footprint();

        JsonNode problem = call("zhangwei", "POST", "/api/cases", lead, 400);
        assertThat(problem.get("type").asText()).isEqualTo("urn:sanxiang:problem:matter-not-on-power-list");

        assertThat(officeEntries()).isEqualTo(before + 1);
        assertThat(footprint()).isEqualTo(footprint);
        Map<String, Object> entry = lastOfficeEntry();
        assertThat(entry.get("act")).isEqualTo("ACT_REFUSED");
        assertThat(entry.get("step")).isEqualTo("StartEvent_LeadRegistered");
        assertThat(entry.get("actor")).isEqualTo("zhangwei");
        assertThat(entry.get("article")).isEqualTo("APL Art. 24");
        assertThat((String) entry.get("summary")).startsWith("拒绝办理（案源登记）");
        JsonNode payload = json.readTree((String) entry.get("payload"));
        assertThat(payload.get("rule").asText()).isEqualTo("matter-not-on-power-list");
        assertThat(payload.get("type").asText()).isEqualTo("urn:sanxiang:problem:matter-not-on-power-list");
        assertThat(payload.get("matterId").asLong()).isEqualTo(987_654L);
        assertThat(payload.get("actorCertificates").toString()).contains("44190210001");
        assertThat(payload.get("officers").toString()).contains("44190210001", "44190210002");
        // the refused input by its digest only: the party is not in the office record
        assertThat(payload.get("input").get("kind").asText()).isEqualTo("RegisterLead");
        assertThat(payload.get("input").get("sha256").asText())
                .isEqualTo(NewCases.sha256Hex(json.writeValueAsString(lead)));
        assertThat((String) entry.get("payload")).doesNotContain("王某某", "11010519491231002X", "13800000000", "人民路");
        assertThat((String) entry.get("summary")).doesNotContain("王某某");

        // the office chain verifies and a checkpoint signs its head
        call("admin", "POST", "/api/admin/record/checkpoints", Map.of(), 201);
        long latest = checkpoints.list().get(0).id();
        assertThat(checkpoints.heads(latest)).anySatisfy(h -> {
            assertThat(h.caseId()).isEqualTo(chain());
            assertThat(h.seq()).isEqualTo(before + 1);
        });
        JsonNode verification = call("liuyang", "GET", "/api/bodies/" + scenario().bodyId() + "/record/verification", null, 200);
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("chainKey").asLong()).isEqualTo(chain());
        assertThat(verification.get("chain").get("entries").asInt()).isEqualTo(before + 1);
        assertThat(verification.get("checkpoints").get("checkpoints").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(verification.get("checkpoints").get("consistent").asBoolean()).isTrue();
        JsonNode entries = call("sunli", "GET", "/api/bodies/" + scenario().bodyId() + "/record", null, 200);
        assertThat(entries.get(entries.size() - 1).get("article").asText()).isEqualTo("APL Art. 24");
    }

    @Test
    void anUncertifiedHandlerIsRecordedWithTheCertificatesNamed() {
        RegisterLead planning = leadOnMatter(scenario().matterId("CX-001"));
        RegisterLead lead = new RegisterLead(planning.bodyId(), planning.source(), planning.matterId(), planning.facts(),
                planning.actDate(), planning.discoveredOn(), planning.place(), false, planning.party(),
                List.of(scenario().officerId("zhangwei"), scenario().officerId("zhaomin")));
        int before = officeEntries();
        List<Long> footprint = footprint();
        assertThatThrownBy(() -> leadRegistration.registerLead(lead, Scenario.ZHANG))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.slug()).isEqualTo("certificate-not-valid"));
        assertThat(officeEntries()).isEqualTo(before + 1);
        assertThat(footprint()).isEqualTo(footprint);
        Map<String, Object> entry = lastOfficeEntry();
        assertThat(entry.get("article")).isEqualTo("APL Art. 42");
        assertThat((String) entry.get("payload")).contains("\"rule\":\"certificate-not-valid\"", "44190210004", "赵敏");
        assertThat(office.verify(scenario().bodyId()).valid()).isTrue();
    }

    @Test
    void aRefusedSummaryDecisionIsRecordedAndABadFormIsNot() {
        Scenario s = scenario();
        SummaryDecisionInput tooHigh = new SummaryDecisionInput(s.bodyId(), s.matterId("GF-002"), "未分类投放生活垃圾。",
                "三张镇新村", Scenario.today(), Scenario.person(), List.of(s.officerId("zhangwei"), s.officerId("liqiang")),
                PenaltyType.FINE, new BigDecimal("200.01"));
        int before = officeEntries();
        List<Long> footprint = footprint();
        assertThatThrownBy(() -> summaryProcedure.decideOnTheSpot(tooHigh, Scenario.ZHANG))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.slug()).isEqualTo("summary-procedure-limit"));
        assertThat(officeEntries()).isEqualTo(before + 1);
        Map<String, Object> entry = lastOfficeEntry();
        assertThat(entry.get("step")).isEqualTo("StartEvent_OnTheSpotDecision");
        assertThat(entry.get("article")).isEqualTo("APL Art. 51");
        assertThat((String) entry.get("summary")).startsWith("拒绝办理（当场处罚决定）");

        // a form error is answered, not recorded: it is no refused act
        SummaryDecisionInput noFine = new SummaryDecisionInput(s.bodyId(), s.matterId("GF-002"), "未分类投放生活垃圾。",
                "三张镇新村", Scenario.today(), Scenario.person(), tooHigh.handlerIds(), PenaltyType.FINE, BigDecimal.ZERO);
        assertThatThrownBy(() -> summaryProcedure.decideOnTheSpot(noFine, Scenario.ZHANG))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.slug()).isEqualTo("invalid-input"));
        assertThat(officeEntries()).isEqualTo(before + 1);
        assertThat(footprint()).isEqualTo(footprint);
    }

    @Test
    void concurrentRefusalsEachGetTheirOwnEntryAndTheChainStaysValid() throws Exception {
        int before = officeEntries();
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                long matter = 900_000L + i;
                calls.add(() -> {
                    try {
                        leadRegistration.registerLead(leadOnMatter(matter), Scenario.ZHANG);
                        return "registered";
                    } catch (Problem p) {
                        return p.slug();
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsOnly("matter-not-on-power-list");
        } finally {
            pool.shutdown();
        }
        assertThat(officeEntries()).isEqualTo(before + threads);
        assertThat(office.verify(scenario().bodyId()).valid()).isTrue();
    }

    @Test
    void theOfficeRecordIsReadByTheHeadSupervisorsAndTheAdministratorOnly() throws Exception {
        long body = scenario().bodyId();
        call("zhangwei", "GET", "/api/bodies/" + body + "/record", null, 403);
        call("chenjing", "GET", "/api/bodies/" + body + "/record/verification", null, 403);
        call("liuyang", "GET", "/api/bodies/" + body + "/record", null, 200);
        call("admin", "GET", "/api/bodies/" + body + "/record/verification", null, 200);
        call("liuyang", "GET", "/api/bodies/987654/record", null, 404);
        call("sunli", "GET", "/api/bodies/987654/record", null, 404);
    }
}
