package org.sanxiang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.sanxiang.process.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The page forms of the new steps render (templates/cases/steps-enforcement.html) and the decision form carries the
 * order to correct (APL Art. 28); 复查 posted through the page completes.
 */
@SanxiangTest
class EnforcementPagesTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor as(String username, String role) {
        return user(username).authorities(new SimpleGrantedAuthority(Roles.authority(role)));
    }

    String page(String path, RequestPostProcessor who) throws Exception {
        var response = mvc.perform(get(path).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDecisionFormOrdersTheCorrectionAndTheFollowUpAndPreservationFormsRender() throws Exception {
        Scenario scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        long preserving = scenario.registerAndFile(Scenario.person()).id();
        investigations.startPreservation(preserving, "证据可能被转移", Scenario.ZHANG);
        assertThat(page("/cases/" + preserving + "/steps/evidence-preservation", as("zhangwei", "officer")))
                .contains("form-evidence-preservation", "f-headApproval", "f-items");

        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new java.math.BigDecimal("1000")), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.notice(new java.math.BigDecimal("1000")), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.statement(false), Scenario.ZHANG);
        assertThat(page("/cases/" + id + "/steps/head-decision", as("liuyang", "head")))
                .contains("f-correctionKind", "责令停止建设、限期拆除", "f-correctionDays");
        stepCompletion.completeStep(id, Scenario.decision(new java.math.BigDecimal("1000")), Scenario.HEAD);
        stepCompletion.completeStep(id, Scenario.served(), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.paid(new java.math.BigDecimal("1000")), Scenario.ZHANG);
        assertThat(page("/cases/" + id + "/steps/follow-up-inspection", as("zhangwei", "officer")))
                .contains("form-follow-up-inspection", "f-corrected", "另行立案查处");
        var done = mvc.perform(post("/cases/{id}/steps/follow-up-inspection", id).with(as("zhangwei", "officer")).with(csrf())
                .param("inspectedOn", Scenario.today().toString()).param("corrected", "true").param("findings", "已改正。")
                .param("officerIds", String.valueOf(scenario.officerId("zhangwei")), String.valueOf(scenario.officerId("liqiang")))
                .param("certificatesShown", "44190210001\n44190210002")).andReturn().getResponse();
        assertThat(done.getStatus()).as(done.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT current_step FROM enf_case WHERE id = ?", String.class, id)).isEqualTo("Task_Closing");

        long building = scenario.buildingOrderServed(0);
        stepCompletion.completeStep(building, new org.sanxiang.cases.StepInput.FollowUpInspection(Scenario.today(), false,
                "仍未拆除。", org.sanxiang.cases.StepInput.FollowUp.FORCED_DEMOLITION, java.util.List.of(scenario.officerId("zhangwei"),
                        scenario.officerId("liqiang")), java.util.List.of("44190210001", "44190210002")), Scenario.ZHANG);
        assertThat(page("/cases/" + building + "/steps/demolition-notice", as("zhangwei", "officer")))
                .contains("form-demolition-notice", "f-postedAt");
    }
}
