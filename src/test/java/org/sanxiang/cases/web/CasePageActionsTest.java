package org.sanxiang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.sanxiang.recording.CaseRecord;
import org.sanxiang.recording.RecordEntry;
import org.sanxiang.process.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The case page's head action 撤销、变更决定登记 (APL Art. 48 ¶2) with the list of the case's
 * revocations, and the persons named on an investigation record added from the page.
 */
@SanxiangTest
class CasePageActionsTest {

    @Autowired MockMvc mvc;
    @Autowired org.sanxiang.cases.LeadRegistration leadRegistration;
    @Autowired org.sanxiang.cases.SummaryProcedure summaryProcedure;
    @Autowired org.sanxiang.cases.StepCompletion stepCompletion;
    @Autowired org.sanxiang.cases.Investigations investigations;
    @Autowired org.sanxiang.cases.CaseSupervision caseSupervision;
    @Autowired org.sanxiang.cases.DecisionRevocations decisionRevocations;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseRecord record;

    static RequestPostProcessor as(String username, String group) {
        return user(username).authorities(new SimpleGrantedAuthority(Roles.authority(group)));
    }

    static final RequestPostProcessor HEAD = as("liuyang", "head");
    static final RequestPostProcessor ZHANG = as("zhangwei", "officer");

    long decidedCase() {
        Scenario scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("1000")), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.notice(new BigDecimal("1000")), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.statement(false), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.decision(new BigDecimal("800")), Scenario.HEAD);
        return id;
    }

    String page(long id, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/cases/{id}", id).with(who)).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    MvcResult revoke(long id, RequestPostProcessor who, String kind, String reason, String source) throws Exception {
        var request = post("/cases/{id}/decision-revocations", id).with(who).with(csrf()).param("kind", kind)
                .param("sourceDocument", source).param("effectiveOn", Scenario.today().toString());
        if (reason != null) {
            request.param("reason", reason);
        }
        return mvc.perform(request).andReturn();
    }

    int revocations(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM decision_revocation WHERE case_id = ?", Integer.class, id);
    }

    static final String SOURCE = "某府复决〔2026〕7号 行政复议决定书";

    @Test
    void anUndecidedCaseShowsNoRevocationFormAndRefusesOne() throws Exception {
        long id = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
        assertThat(page(id, HEAD)).doesNotContain("revocation-form", "revocation-list");
        MvcResult refused = revoke(id, HEAD, "REVOKED", "复议撤销", SOURCE);
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        assertThat(refused.getFlashMap().get("flashError")).isNotNull();
        assertThat(revocations(id)).isZero();
    }

    @Test
    void theHeadRecordsARevocationOnTheCasePageAndItIsListedAndChained() throws Exception {
        long id = decidedCase();
        String number = jdbc.queryForObject("SELECT decision_number FROM case_decision WHERE case_id = ?", String.class, id);
        String headPage = page(id, HEAD);
        assertThat(headPage).contains("revocation-form", "name=\"_csrf\"", number, "确认无效").doesNotContain("revocation-list");
        // an officer sees no form, and a post by them is refused, nothing stored
        assertThat(page(id, ZHANG)).doesNotContain("revocation-form");
        MvcResult byOfficer = revoke(id, ZHANG, "REVOKED", "复议撤销", SOURCE);
        assertThat(byOfficer.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + id);
        assertThat((String) byOfficer.getFlashMap().get("flashError")).isNotBlank();
        assertThat(revocations(id)).isZero();
        // a missing reason: the error shown, nothing stored
        MvcResult noReason = revoke(id, HEAD, "REVOKED", null, SOURCE);
        assertThat((String) noReason.getFlashMap().get("flashError")).isNotBlank();
        assertThat(revocations(id)).isZero();
        // an unknown kind: refused likewise
        assertThat(revoke(id, HEAD, "FORGOTTEN", "复议撤销", SOURCE).getFlashMap().get("flashError")).isNotNull();
        assertThat(revocations(id)).isZero();

        MvcResult done = revoke(id, HEAD, "REVOKED", "经行政复议，原决定认定事实不清", SOURCE);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + id);
        assertThat(done.getFlashMap().get("flashError")).isNull();
        assertThat((String) done.getFlashMap().get("flashOk")).contains(number, "撤销");
        assertThat(revocations(id)).isOne();
        RecordEntry entry = record.timeline(id).stream().filter(e -> e.act().equals("DECISION_REVOKED")).findFirst()
                .orElseThrow();
        assertThat(entry.article()).isEqualTo("APL Art. 48; ARL Art. 64; ALL Art. 70");
        assertThat(entry.actor()).isEqualTo("liuyang");
        assertThat(record.verify(id).valid()).isTrue();

        String after = page(id, HEAD);
        String list = after.substring(after.indexOf("id=\"revocation-list\""));
        list = list.substring(0, list.indexOf("</table>"));
        assertThat(list).contains(number, "撤销", "经行政复议，原决定认定事实不清", SOURCE, Scenario.today().toString(), "刘洋");
        // once fallen, the decision cannot fall again: no form; the other roles see the list too
        assertThat(after).doesNotContain("revocation-form");
        assertThat(page(id, ZHANG)).contains("revocation-list", SOURCE);
        assertThat((String) revoke(id, HEAD, "VOID", "再次登记", SOURCE).getFlashMap().get("flashError")).isNotBlank();
        assertThat(revocations(id)).isOne();
    }

    MvcResult addRecord(long id, String persons) throws Exception {
        Scenario scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        return mvc.perform(post("/cases/{id}/investigation-records", id).with(ZHANG).with(csrf())
                .param("kind", "INQUIRY").param("recordedOn", Scenario.today().toString())
                .param("place", "三张镇人民路 18 号门前")
                .param("officerIds", String.valueOf(scenario.officerId("zhangwei")), String.valueOf(scenario.officerId("liqiang")))
                .param("certificatesShown", "44190210001\n44190210002")
                .param("content", "询问当事人占道经营情况。").param("persons", persons)).andReturn();
    }

    List<Map<String, Object>> persons(long id) {
        return jdbc.queryForList("SELECT name, role FROM investigation_person WHERE case_id = ? ORDER BY id", id);
    }

    @Test
    void anInvestigationRecordAddedFromThePageStoresItsNamedPersons() throws Exception {
        long id = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc).registerAndFile(Scenario.person()).id();
        assertThat(page(id, ZHANG)).contains("id=\"f-persons\"", "name=\"persons\"");

        // an unknown role: the form comes back with the error on the field, nothing stored
        MvcResult bad = addRecord(id, "李小红,嫌疑人");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("嫌疑人", "李小红,嫌疑人");
        assertThat(bad.getModelAndView().getModel().get("errorField")).isEqualTo("persons");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM investigation_record WHERE case_id = ?", Integer.class, id)).isZero();

        MvcResult ok = addRecord(id, "李小红,被询问人\n赵某甲，证人\n\n钱乙 在场人\n孙丙\nZhou Ding,WITNESS\nWu Wei");
        assertThat(ok.getResponse().getStatus()).as(String.valueOf(ok.getModelAndView() == null ? null : ok.getModelAndView().getModel().get("flashError")) + ok.getModelAndView()).isEqualTo(302);
        assertThat(persons(id)).extracting(m -> m.get("name") + ":" + m.get("role")).containsExactly(
                "李小红:INTERVIEWEE", "赵某甲:WITNESS", "钱乙:PRESENT", "孙丙:OTHER", "Zhou Ding:WITNESS", "Wu Wei:OTHER");

        // without persons: a record with none
        addRecord(id, "");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM investigation_record WHERE case_id = ?", Integer.class, id))
                .isEqualTo(2);
        assertThat(persons(id)).hasSize(6);
    }
}
