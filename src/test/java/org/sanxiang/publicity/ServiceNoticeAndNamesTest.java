package org.sanxiang.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.InvestigationRecordInput;
import org.sanxiang.cases.LeadSource;
import org.sanxiang.cases.PublicationNotice;
import org.sanxiang.cases.RegisterLead;
import org.sanxiang.cases.Scenario;
import org.sanxiang.cases.StepInput;
import org.sanxiang.recording.CaseRecord;
import org.sanxiang.recording.RecordEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * RULES §3 on the case side: the service record tells the party the decision will be published, and the
 * natural persons the case names (interviewees, witnesses, persons present, other parties) never reach
 * the publication, while the officers' names stay.
 */
@SanxiangTest
class ServiceNoticeAndNamesTest {

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
    @Autowired CaseRecord record;

    static final String FACTS = "2026年4月3日，执法人员张伟、李强在三张镇人民路巡查时发现，当事人王某某在人民路 18 号门前摆摊经营。"
            + "陈小明（系当事人雇员）称摊位系王某某所有；周杰、刘德华均证实当事人已连续经营三日；当事人的邻居家住同一小区的"
            + "马丽丽也曾劝阻。";

    /** A general case whose records name persons, one by the structured list, others only by the content's labels. */
    long caseWithNamedPersons() throws Exception {
        Scenario scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        RegisterLead lead = scenario.lead(Scenario.person());
        long caseId = leadRegistration.registerLead(new RegisterLead(lead.bodyId(), LeadSource.INSPECTION, lead.matterId(), FACTS,
                lead.actDate(), lead.discoveredOn(), lead.place(), false, lead.party(), lead.handlerIds()), Scenario.ZHANG).id();
        stepCompletion.completeStep(caseId, new StepInput.FilingApproval(true, "同意立案"), Scenario.HEAD);
        // the interviewee and a witness by the API's structured list
        String json = "{\"kind\":\"INQUIRY\",\"recordedOn\":\"" + Scenario.today() + "\",\"place\":\"三张镇人民路 18 号门前\","
                + "\"officerIds\":[" + scenario.officerId("zhangwei") + "," + scenario.officerId("liqiang") + "],"
                + "\"certificatesShown\":[\"44190210001\",\"44190210002\"],"
                + "\"content\":\"询问人：张伟、李强  记录人：李强\\n被询问人：陈小明  性别：男\\n问：摊位是谁的？答：是王某某的。\","
                + "\"persons\":[{\"name\":\"陈小明\",\"role\":\"INTERVIEWEE\"},{\"name\":\"马丽丽\",\"role\":\"WITNESS\"}]}";
        mvc.perform(post("/api/cases/" + caseId + "/investigation-records").with(httpBasic("zhangwei", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated());
        // persons present only as the record's labels
        investigations.addInvestigationRecord(caseId, new InvestigationRecordInput(InvestigationRecordInput.Kind.ON_SITE_INSPECTION,
                Scenario.today(), "三张镇人民路 18 号门前", List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang")),
                List.of("44190210001", "44190210002"), "检查人：张伟、李强\n见证人：周杰、刘德华\n在场人：无\n现场摊位约 6 平方米。"),
                Scenario.ZHANG);
        stepCompletion.completeStep(caseId, new StepInput.InvestigationDone("询问一次，现场检查一次"), Scenario.ZHANG);
        stepCompletion.completeStep(caseId, Scenario.penalty(new BigDecimal("300")), Scenario.ZHANG);
        stepCompletion.completeStep(caseId, Scenario.notice(new BigDecimal("300")), Scenario.ZHANG);
        stepCompletion.completeStep(caseId, Scenario.statement(false), Scenario.ZHANG);
        stepCompletion.completeStep(caseId, Scenario.decision(new BigDecimal("200")), Scenario.HEAD);
        return caseId;
    }

    String decisionNumber(long caseId) {
        return jdbc.queryForObject("SELECT decision_number FROM case_decision WHERE case_id = ?", String.class, caseId);
    }

    @Test
    void publicationLeavesOutEveryPersonTheCaseNamesButTheOfficers() throws Exception {
        long caseId = caseWithNamedPersons();
        assertThat(jdbc.queryForList("SELECT name FROM investigation_person WHERE case_id = ? ORDER BY id", String.class, caseId))
                .containsExactly("陈小明", "马丽丽");
        Publication p = queries.byDecisionNumber(PublicityFixtures.redacted(engine, decisionNumber(caseId)));
        assertThat(p.violation()).doesNotContain("陈小明", "周杰", "刘德华", "马丽丽", "王某某")
                .contains("执法人员张伟、李强", "当事人王某");
        assertThat(p.redactedFields()).contains("PERSON_NAME");

        Publication published = checks.check(p.id(), true, false, null, null, Scenario.ZHANG);
        String html = mvc.perform(get("/portal/decisions/" + published.decisionNumber())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("执法人员张伟、李强").doesNotContain("陈小明", "周杰", "刘德华", "马丽丽");
    }

    @Test
    void serviceRecordAndItsChainedEntryStateThatThePartyWasToldOfPublication() throws Exception {
        long caseId = caseWithNamedPersons();
        stepCompletion.completeStep(caseId, Scenario.served(), Scenario.ZHANG);

        assertThat(jdbc.queryForObject("SELECT publication_notice FROM service_record WHERE case_id = ?", String.class, caseId))
                .isEqualTo(PublicationNotice.TEXT).isEqualTo("本决定将依法向社会公示");
        RecordEntry service = record.timeline(caseId).stream()
                .filter(e -> "STEP_COMPLETED".equals(e.act()) && "Task_Service".equals(e.step())).findFirst().orElseThrow();
        assertThat(service.summary()).contains("已告知当事人：本决定将依法向社会公示");
        mvc.perform(get("/api/cases/" + caseId).with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.serviceRecords[0].publicationNotice").value("本决定将依法向社会公示"));
    }
}
