package org.sanxiang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.sanxiang.process.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 查封扣押 through the API (problem+json) and the workspace pages (the form in templates/cases/steps-coercion.html). */
@SanxiangTest
class SeizurePagesTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor zhang() {
        return user("zhangwei").authorities(new SimpleGrantedAuthority(Roles.authority("officer")));
    }

    @Test
    void theApiStartsTheSeizureAndAnswersAMissingRecordingWithProblemJson() throws Exception {
        long id = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
        var started = mvc.perform(post("/api/cases/{id}/seizures", id).with(httpBasic("zhangwei", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"measure\":\"SEAL_UP\",\"reason\":\"制止违法\"}"))
                .andReturn().getResponse();
        assertThat(started.getStatus()).isEqualTo(201);
        assertThat(started.getContentAsString()).contains("Task_Seizure");
        String officers = jdbc.queryForList("SELECT id FROM officer WHERE username IN ('zhangwei','liqiang') ORDER BY username",
                Long.class).toString();
        String body = """
                {"measure":"SEAL_UP","takenOn":"%s","place":"人民路 18 号","officerIds":%s,
                 "certificatesShown":["44190210001","44190210002"],"headApproval":"刘洋批准",
                 "legalBasisAndReasons":"依据《行政强制法》第二十二条查封","items":["摊位 1 处"],"periodDays":30,
                 "onSiteRecord":"现场笔录内容","partyPresent":true}""".formatted(Scenario.today(), officers);
        var refused = mvc.perform(post("/api/cases/{id}/steps/seizure", id).with(httpBasic("zhangwei", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("urn:sanxiang:problem:audio-video-required", "G118; APL Art. 47");
        var done = mvc.perform(post("/api/cases/{id}/steps/seizure?audioVideoAbsence=TECHNICAL_FAILURE", id)
                .with(httpBasic("zhangwei", "demo1234")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
        assertThat(done.getStatus()).isEqualTo(200);
        assertThat(done.getContentAsString()).doesNotContain("Task_Seizure").contains("Task_Investigation");
    }

    @Test
    void theInvestigationPageOffersTheSeizureAndItsStepFormRendersWithTheAbsenceReasons() throws Exception {
        long id = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
        String page = mvc.perform(get("/cases/{id}", id).with(zhang())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("seizure-request-form", "启动查封扣押");
        var start = mvc.perform(post("/cases/{id}/seizures", id).with(zhang()).with(csrf())
                .param("measure", "DETAIN").param("reason", "防止证据灭失")).andReturn().getResponse();
        assertThat(start.getStatus()).isEqualTo(302);
        assertThat(start.getRedirectedUrl()).endsWith("/cases/" + id + "/steps/seizure");
        var form = mvc.perform(get("/cases/{id}/steps/seizure", id).with(zhang())).andReturn().getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("form-seizure", "查封扣押清单", "f-audioVideoAbsence-EMERGENCY", "紧急情况");
        var refused = mvc.perform(post("/cases/{id}/steps/seizure", id).with(zhang()).with(csrf())
                .param("measure", "DETAIN").param("takenOn", Scenario.today().toString()).param("place", "人民路")
                .param("officerIds", officer("zhangwei"), officer("liqiang"))
                .param("certificatesShown", "44190210001\n44190210002").param("headApproval", "刘洋批准")
                .param("legalBasisAndReasons", "依据").param("items", "摊位车 1 辆").param("periodDays", "30")
                .param("onSiteRecord", "笔录").param("partyPresent", "true")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("音像记录");
        var done = mvc.perform(post("/cases/{id}/steps/seizure", id).with(zhang()).with(csrf())
                .param("measure", "DETAIN").param("takenOn", Scenario.today().toString()).param("place", "人民路")
                .param("officerIds", officer("zhangwei"), officer("liqiang"))
                .param("certificatesShown", "44190210001\n44190210002").param("headApproval", "刘洋批准")
                .param("legalBasisAndReasons", "依据").param("items", "摊位车 1 辆").param("periodDays", "30")
                .param("onSiteRecord", "笔录").param("partyPresent", "true").param("audioVideoAbsence", "EMERGENCY"))
                .andReturn().getResponse();
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_task WHERE case_id = ? AND step = 'Task_Seizure'",
                Integer.class, id)).isZero();
    }

    String officer(String username) {
        return String.valueOf(jdbc.queryForObject("SELECT id FROM officer WHERE username = ?", Long.class, username));
    }
}
