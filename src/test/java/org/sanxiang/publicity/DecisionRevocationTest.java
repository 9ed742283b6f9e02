package org.sanxiang.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.Scenario;
import org.sanxiang.recording.CaseRecord;
import org.sanxiang.recording.RecordEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A decision falls (行政复议 / 行政诉讼; APL Art. 48 ¶2): the head records it on the case, the publicity
 * module opens the 3-working-day withdrawal, the public list shows the withdrawal notice with its reason.
 */
@SanxiangTest
class DecisionRevocationTest {

    @Autowired MockMvc mvc;
    @Autowired org.sanxiang.cases.LeadRegistration leadRegistration;
    @Autowired org.sanxiang.cases.SummaryProcedure summaryProcedure;
    @Autowired org.sanxiang.cases.StepCompletion stepCompletion;
    @Autowired org.sanxiang.cases.Investigations investigations;
    @Autowired org.sanxiang.cases.CaseSupervision caseSupervision;
    @Autowired org.sanxiang.cases.DecisionRevocations decisionRevocations;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired PublicationDrafting drafting;
    @Autowired PublicationChecks checks;
    @Autowired PublicationPublishing publishing;
    @Autowired PublicationWithdrawals withdrawals;
    @Autowired PublicationQueries queries;
    @Autowired Deadlines deadlines;
    @Autowired CaseRecord record;
    @Autowired TaskService tasks;

    PublicityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PublicityFixtures(leadRegistration, summaryProcedure, stepCompletion, investigations, caseSupervision, jdbc, engine);
    }

    long caseOf(String decisionNumber) {
        return jdbc.queryForObject("SELECT case_id FROM case_decision WHERE decision_number = ?", Long.class, decisionNumber);
    }

    ResultActions revoke(long caseId, String user, String json) throws Exception {
        return mvc.perform(post("/api/cases/" + caseId + "/decision-revocations").with(httpBasic(user, "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(json));
    }

    static String revocation(String kind, String reason, String source) {
        return "{\"kind\":" + (kind == null ? "null" : "\"" + kind + "\"") + ",\"reason\":"
                + (reason == null ? "null" : "\"" + reason + "\"") + ",\"sourceDocument\":"
                + (source == null ? "null" : "\"" + source + "\"") + "}";
    }

    static final String REASON = "经行政复议，原决定认定事实不清，申请人王某某（电话13800138000）的复议请求成立";
    static final String SOURCE = "某府复决〔2026〕3号 行政复议决定书";

    @Test
    void publishedDecisionRevokedOnTheCaseIsWithdrawnWithItsReasonOnThePortal() throws Exception {
        String number = fixtures.generalDecision();
        long caseId = caseOf(number);
        Publication published = checks.check(queries.byDecisionNumber(number).id(), true, false, null, null,
                Scenario.ZHANG);
        assertThat(published.status()).isEqualTo(PublicationStatus.PUBLISHED);

        revoke(caseId, "liuyang", revocation("REVOKED", REASON, SOURCE))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decisionNumber").value(number))
                .andExpect(jsonPath("$.kind").value("REVOKED"))
                .andExpect(jsonPath("$.sourceDocument").value(SOURCE))
                .andExpect(jsonPath("$.effectiveOn").value(Scenario.today().toString()));

        // the case's chain cites the article; the publicity module opened the withdrawal
        RecordEntry revoked = record.timeline(caseId).stream().filter(e -> e.act().equals("DECISION_REVOKED")).findFirst()
                .orElseThrow();
        assertThat(revoked.article()).isEqualTo("APL Art. 48; ARL Art. 64; ALL Art. 70");
        assertThat(revoked.summary()).contains(number, "撤销", SOURCE);
        assertThat(record.timeline(caseId)).extracting(RecordEntry::act).contains("WITHDRAWAL_STARTED");
        assertThat(record.verify(caseId).valid()).isTrue();

        Publication started = queries.byDecisionNumber(number);
        LocalDate due = deadlines.due("withdrawal", Scenario.today()).dueDate();
        assertThat(started.withdrawalReason()).isEqualTo("REVOKED");
        assertThat(started.withdrawalDue()).isEqualTo(due);
        assertThat(started.withdrawalSource()).isEqualTo(SOURCE);
        assertThat(started.withdrawalDetail()).contains("原决定认定事实不清", "王某").doesNotContain("13800138000", "王某某");
        Task withdrawal = tasks.createTaskQuery().processDefinitionKey("publicity").processInstanceBusinessKey(number)
                .taskDefinitionKey("Task_Withdrawal").singleResult();
        assertThat(withdrawal.getDueDate()).isEqualTo(deadlines.endOfDay(due));

        // still listed until the withdrawal is done; then the notice with its reason
        mvc.perform(post("/api/publications/" + started.id() + "/withdrawal").with(httpBasic("liqiang", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"REVOKED\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        assertThat(tasks.createTaskQuery().processDefinitionKey("publicity").processInstanceBusinessKey(number).count()).isZero();
        String notice = mvc.perform(get("/portal/decisions/" + number)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(notice).contains("撤回公告", "行政处罚决定被依法撤销", SOURCE, "原决定认定事实不清")
                .doesNotContain("13800138000", "王某某");
        String list = mvc.perform(get("/portal/withdrawals?size=100")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(number, SOURCE);
        assertThat(mvc.perform(get("/portal/decisions?size=100&q=" + number)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("共 0 条");
    }

    @Test
    void decisionRevokedBeforePublicationIsNeverPublished() throws Exception {
        String number = fixtures.summaryDecision(Scenario.today(), PenaltyType.FINE, new BigDecimal("100"));
        revoke(caseOf(number), "liuyang", revocation("CHANGED", "经复议变更为警告", "某府复决〔2026〕4号"))
                .andExpect(status().isCreated());
        Publication p = queries.byDecisionNumber(number);
        assertThat(p.status()).isEqualTo(PublicationStatus.BLOCKED);
        assertThat(p.blockReason()).isEqualTo("DECISION_REVOKED");
        assertThat(tasks.createTaskQuery().processDefinitionKey("publicity").processInstanceBusinessKey(number).count()).isZero();
        mvc.perform(get("/portal/decisions/" + number)).andExpect(status().isNotFound());
    }

    @Test
    void refusesARevocationWithoutReasonKindOrSourceOnAnUndecidedCaseTwiceOrByAnOfficer() throws Exception {
        String number = fixtures.summaryDecision(Scenario.today(), PenaltyType.FINE, new BigDecimal("100"));
        long caseId = caseOf(number);
        revoke(caseId, "liuyang", revocation("REVOKED", null, SOURCE)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:invalid-input"))
                .andExpect(jsonPath("$.field").value("reason"));
        revoke(caseId, "liuyang", revocation("REVOKED", "  ", SOURCE)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        revoke(caseId, "liuyang", revocation(null, "理由", SOURCE)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"));
        revoke(caseId, "liuyang", revocation("REVOKED", "理由", null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("sourceDocument"));
        revoke(caseId, "liuyang", "{\"kind\":\"REVOKED\",\"reason\":\"理由\",\"sourceDocument\":\"文书\",\"effectiveOn\":\"2000-01-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("effectiveOn"));
        revoke(caseId, "zhangwei", revocation("REVOKED", "理由", SOURCE)).andExpect(status().isForbidden());
        assertThat(queries.byDecisionNumber(number).status()).isEqualTo(PublicationStatus.DRAFT);

        long undecided = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
        revoke(undecided, "liuyang", revocation("VOID", "理由", SOURCE)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:case-not-decided"))
                .andExpect(jsonPath("$.article").value("APL Art. 48"));
        revoke(999999999L, "liuyang", revocation("VOID", "理由", SOURCE)).andExpect(status().isNotFound());

        revoke(caseId, "liuyang", revocation("UNLAWFUL", "经诉讼确认违法", "（2026）某01行初5号 行政判决书"))
                .andExpect(status().isCreated());
        revoke(caseId, "liuyang", revocation("VOID", "再次登记", SOURCE)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:decision-already-revoked"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM decision_revocation WHERE case_id = ?", Long.class, caseId))
                .isEqualTo(1);
        assertThat(record.timeline(caseId)).filteredOn(e -> e.act().equals("DECISION_REVOKED")).hasSize(1);
    }
}
