package org.sanxiang.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.CaseCommands;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SanxiangTest
class PortalTest {

    @Autowired MockMvc mvc;
    @Autowired CaseCommands commands;
    @Autowired JdbcTemplate jdbc;
    @Autowired Publications publications;
    @Autowired Redactor redactor;

    PublicityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PublicityFixtures(commands, jdbc);
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Seeds published, withdrawn and pending decisions, each with an ID number, phones and a bank card in its facts. */
    List<Publication> seeded() {
        List<Publication> list = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Publication p = publications.byDecisionNumber(
                    fixtures.summaryDecision(Scenario.today(), PenaltyType.FINE, new BigDecimal("100")));
            list.add(publications.check(p.id(), true, false, null, null, Scenario.LI));
        }
        Publication general = publications.byDecisionNumber(fixtures.generalDecision());
        list.add(publications.check(general.id(), true, false, null, null, Scenario.ZHANG));
        Publication withdrawn = list.get(0);
        list.set(0, publications.withdraw(withdrawn.id(), WithdrawalReason.CHANGED, "复议变更，当事人电话13800138000", Scenario.HEAD));
        list.add(publications.byDecisionNumber(fixtures.summaryDecision(Scenario.today(), PenaltyType.WARNING, null)));
        return list;
    }

    @Test
    void noPortalPageShowsAnIdNumberPhoneOrBankCard() throws Exception {
        List<Publication> seeded = seeded();
        List<String> urls = new ArrayList<>(List.of("/portal", "/portal/decisions", "/portal/decisions?q=王某",
                "/portal/decisions?page=0&size=1", "/portal/withdrawals", "/portal/officers",
                "/portal/certificates?number=44190210001", "/portal/certificates?number=00000000000", "/portal/powers",
                "/portal/statistics", "/portal/statistics?year=" + Scenario.today().getYear(), "/api/public/publications",
                "/api/public/publications/withdrawn", "/api/public/statistics/" + Scenario.today().getYear()));
        for (Publication p : seeded.subList(0, 3)) {
            urls.add("/portal/decisions/" + p.decisionNumber());
        }
        for (String url : urls) {
            String html = page(url);
            assertThat(redactor.leaksContactOrIdentity(html)).as(url).isFalse();
            assertThat(html).as(url).doesNotContain(PublicityFixtures.PARTY_ID, "138-2233-4455", "13912345678",
                    "6222021234567890123", "李小红", "13800138000");
        }
    }

    @Test
    void listsPublishedDecisionsAndShowsWithdrawalNoticesWithTheirReason() throws Exception {
        List<Publication> seeded = seeded();
        String list = page("/portal/decisions?size=100");
        assertThat(list).contains(seeded.get(1).decisionNumber(), "王某").doesNotContain(seeded.get(3).decisionNumber());
        String notice = page("/portal/decisions/" + seeded.get(0).decisionNumber());
        assertThat(notice).contains("撤回公告", "行政处罚决定被依法变更");
        assertThat(page("/portal/withdrawals")).contains(seeded.get(0).decisionNumber());
        assertThat(page("/portal/decisions/" + seeded.get(2).decisionNumber())).contains("罚款 800 元", "三张镇", "《城市市容和环境卫生管理条例》第十四条");
    }

    @Test
    void beforePublicityPagesComeLiveFromTheOfficersTables() throws Exception {
        String officers = page("/portal/officers");
        assertThat(officers).contains("张伟", "44190210001", "市容环卫");
        jdbc.update("UPDATE certificate SET status = 'SUSPENDED' WHERE number = '44190210004'");
        try {
            assertThat(page("/portal/officers")).doesNotContain("44190210004");
        } finally {
            jdbc.update("UPDATE certificate SET status = 'VALID' WHERE number = '44190210004'");
        }
        assertThat(page("/portal/certificates?number=44190210001")).contains("张伟", "有效");
        assertThat(page("/portal/certificates?number=99999999999")).contains("未查到");
        assertThat(page("/portal/powers")).contains("SR-001", "《城市市容和环境卫生管理条例》第十四条");
    }

    @Test
    void absurdPagingAndInjectionAttemptsGet400OrAnEmptyPageNeverA500() throws Exception {
        for (String url : List.of("/portal/decisions?page=-1", "/portal/decisions?size=0", "/portal/decisions?size=100000",
                "/portal/decisions?page=99999999999", "/portal/decisions?page=abc", "/portal/withdrawals?size=-3",
                "/portal/statistics?year=abc", "/portal/statistics?year=99999", "/portal/decisions?q=" + "很".repeat(101))) {
            mvc.perform(get(url)).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/public/publications?page=-5")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:paging-invalid"));
        mvc.perform(get("/api/public/statistics/1")).andExpect(status().isBadRequest());
        for (String q : List.of("' OR '1'='1", "1; DROP TABLE publication; --", "%' UNION SELECT * FROM officer --", "%_%\\")) {
            String html = mvc.perform(get("/portal/decisions").param("q", q)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains("共 0 条");
        }
        mvc.perform(get("/portal/decisions/not-a-number")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM publication", Long.class)).isNotNull();
    }

    @Test
    void staffApiRefusesWithdrawalWithoutReasonAndPublishingBeforeCheck() throws Exception {
        Publication p = publications.byDecisionNumber(fixtures.summaryDecision(Scenario.today(), PenaltyType.FINE,
                new BigDecimal("50")));
        mvc.perform(post("/api/publications/" + p.id() + "/publish").with(httpBasic("liqiang", "demo1234")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:publication-before-check"))
                .andExpect(jsonPath("$.article").value("G118"));
        mvc.perform(post("/api/publications/" + p.id() + "/check").with(httpBasic("zhangwei", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"approved\":true}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/publications/" + p.id() + "/check").with(httpBasic("liqiang", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"approved\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(post("/api/publications/" + p.id() + "/withdrawal").with(httpBasic("liqiang", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"detail\":\"没有理由\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:withdrawal-reason-required"))
                .andExpect(jsonPath("$.article").value("APL Art. 48"));
        mvc.perform(post("/api/publications/" + p.id() + "/withdrawal").with(httpBasic("liqiang", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"VOID\",\"detail\":\"确认无效\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(get("/api/publications?status=WITHDRAWN&page=0&size=5").with(httpBasic("liuyang", "demo1234")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
        mvc.perform(get("/api/publications")).andExpect(status().isUnauthorized());
    }

    @Test
    void portalNeedsNoLogin() throws Exception {
        mvc.perform(get("/portal")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/5.3.3/css/bootstrap.min.css")).andExpect(status().isOk());
    }
}
