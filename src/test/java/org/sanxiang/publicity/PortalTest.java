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
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SanxiangTest
class PortalTest {

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
    @Autowired Redactor redactor;
    @Autowired PublicPortal portal;
    @Autowired org.sanxiang.recording.RecordCheckpoints checkpoints;

    PublicityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PublicityFixtures(leadRegistration, summaryProcedure, stepCompletion, investigations, caseSupervision, jdbc, engine);
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Seeds published, withdrawn and pending decisions, each with an ID number, phones and a bank card in its facts. */
    List<Publication> seeded() {
        List<Publication> list = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Publication p = queries.byDecisionNumber(
                    fixtures.summaryDecision(Scenario.today(), PenaltyType.FINE, new BigDecimal("100")));
            list.add(checks.check(p.id(), true, false, null, null, Scenario.LI));
        }
        Publication general = queries.byDecisionNumber(fixtures.generalDecision());
        list.add(checks.check(general.id(), true, false, null, null, Scenario.ZHANG));
        Publication withdrawn = list.get(0);
        list.set(0, withdrawals.withdraw(withdrawn.id(), WithdrawalReason.CHANGED, "复议变更，当事人电话13800138000", Scenario.HEAD));
        list.add(queries.byDecisionNumber(fixtures.summaryDecision(Scenario.today(), PenaltyType.WARNING, null)));
        return list;
    }

    @Test
    void noPortalPageShowsAnIdNumberPhoneOrBankCard() throws Exception {
        List<Publication> seeded = seeded();
        checkpoints.create();
        List<String> urls = new ArrayList<>(List.of("/portal", "/portal/decisions", "/portal/decisions?q=王某",
                "/portal/decisions?page=0&size=1", "/portal/withdrawals", "/portal/officers",
                "/portal/certificates?number=44190210001", "/portal/certificates?number=00000000000", "/portal/powers",
                "/portal/statistics", "/portal/statistics?year=" + Scenario.today().getYear(), "/api/public/publications",
                "/api/public/publications/withdrawn", "/api/public/statistics/" + Scenario.today().getYear(),
                "/portal/procedures", "/portal/inspections", "/portal/checkpoints", "/portal/checkpoints?page=0&size=100"));
        for (String key : PublicProcedures.ORDER) {
            urls.add("/portal/procedures/" + key);
            urls.add("/portal/procedures/" + key + "/diagram.bpmn");
        }
        for (Publication p : seeded.subList(0, 3)) {
            urls.add("/portal/decisions/" + p.decisionNumber());
        }
        // the demo office's complaint line (db/demo), published on purpose
        List<String> official = jdbc.queryForList("SELECT complaint_phone FROM body_remedy_channel", String.class);
        assertThat(official).as("the demo office publishes its complaint line")
                .contains("12345（政务服务便民热线）；0769-22000000");
        for (String url : urls) {
            String html = page(url);
            // published on purpose: the bodies' own complaint numbers, and hashes, signatures and keys (hex
            // and Base64, where any 11 digits in a row would look like a mobile number)
            for (String number : official) {
                html = html.replace(number, "");
            }
            html = html.replaceAll("(?s)<code class=\"hash\">.*?</code>", "").replaceAll("(?s)<pre[^>]*id=\"office-key\"[^>]*>.*?</pre>", "");
            if (url.endsWith(".bpmn")) {
                // a model's markup is machine ids (UUIDs, coordinates); what a person reads is its text
                html = html.replaceAll("<[^>]*>", " ");
            }
            // the test's own patterns, not the redactor's: an 18-character ID number, a mobile number, a card number
            assertThat(html).as(url).doesNotContainPattern("(?<![0-9A-Za-z])\\d{6}(19|20)\\d{2}[01]\\d[0-3]\\d\\d{3}[0-9Xx](?![0-9A-Za-z])")
                    .doesNotContainPattern("(?<![0-9A-Za-z])1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?![0-9A-Za-z])")
                    .doesNotContainPattern("(?<![0-9A-Za-z])62\\d{14,17}(?![0-9A-Za-z])");
            assertThat(html).as(url).doesNotContain(PublicityFixtures.PARTY_ID, "138-2233-4455", "13912345678",
                    "6222021234567890123", "李小红", "13800138000");
            // nor the seeded values written another way (spaces or hyphens between the digits)
            assertThat(html.replaceAll("(?<=\\d)[ -](?=\\d)", "")).as(url).doesNotContain("13822334455", "441902198503121",
                    "6222021234567890123");
        }
        // a checkpoint's head list holds nothing but chain keys (case ids; an office record's is its body id
        // negated), sequence numbers and hashes
        long id = checkpoints.list().get(0).id();
        String heads = page("/portal/checkpoints/" + id + "/heads.txt");
        assertThat(heads.lines()).isNotEmpty().allMatch(l -> l.matches("-?\\d+:\\d+:[0-9a-f]{64}"));
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
    void powersPageShowsEachMattersDiscretionBenchmarkLive() throws Exception {
        String powers = page("/portal/powers");
        assertThat(powers).contains("行政处罚裁量基准", "拒不改正，或者一年内因同一违法行为再次被查处的",
                "处 200 元以上 500 元以下罚款", "200 – 500", "处 5 万元以上 50 万元以下罚款", "50,000 – 500,000",
                "《中华人民共和国行政处罚法》第三十三条第一款", "责令限期拆除");
        long matter = jdbc.queryForObject("SELECT id FROM power_item WHERE code = 'SR-001'", Long.class);
        jdbc.update("INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, fine_min, fine_max, basis)"
                + " VALUES (?, 99, '严重', '测试情节：暴力抗法', '测试处罚标准', NULL, NULL, '测试依据')", matter);
        try {
            assertThat(page("/portal/powers")).contains("测试情节：暴力抗法", "测试处罚标准");
        } finally {
            jdbc.update("DELETE FROM discretion_tier WHERE power_item_id = ? AND seq = 99", matter);
        }
        assertThat(page("/portal/powers")).doesNotContain("测试情节");
    }

    @Test
    void randomInspectionListRemedyChannelsAndComplaintContactsArePublished() throws Exception {
        assertThat(page("/portal/inspections")).contains("随机抽查事项清单", "SJ-001", "乡村建设规划许可执行情况检查",
                "《中华人民共和国城乡规划法》第五十三条、第六十五条", "辖区内建筑工地、建筑垃圾运输单位", "不低于 10%", "每季度 1 次");
        String home = page("/portal");
        assertThat(home).contains("救济途径与投诉举报", "行政复议机关", "某某市人民政府", "行政诉讼管辖法院", "某某市第一人民法院",
                "投诉举报电话", "12345", "0769-22000000", "三张镇人民政府一楼来访接待室", "六十日", "六个月");
        jdbc.update("UPDATE random_inspection_item SET active = FALSE WHERE code = 'SJ-004'");
        try {
            assertThat(page("/portal/inspections")).doesNotContain("SJ-004");
        } finally {
            jdbc.update("UPDATE random_inspection_item SET active = TRUE WHERE code = 'SJ-004'");
        }
        for (String link : List.of("/portal/procedures", "/portal/inspections", "/portal/checkpoints", "/portal#remedies",
                "/portal/powers")) {
            assertThat(home).as("navigation").contains("href=\"" + link + "\"");
        }
    }

    @Test
    void proceduresAreTheDeployedModelsWithTheirStepsArticlesAndDeadlines() throws Exception {
        String list = page("/portal/procedures");
        assertThat(list).contains("一般程序", "行政执法决定公示", "/portal/procedures/general-procedure", "/portal/procedures/publicity");
        String general = page("/portal/procedures/general-procedure");
        assertThat(general).contains("立案审批", "《中华人民共和国行政处罚法》第五十四条", "立案审批：15 个工作日",
                "送达", "送达处罚决定书：7 个工作日（《中华人民共和国行政处罚法》第六十一条）", "作出处罚决定：90 日",
                "法制审核", "/portal/procedures/legal-review",
                "/webjars/bpmn-js/8.0.0/dist/bpmn-viewer.production.min.js", "/js/portal-diagram.js",
                "data-src=\"/portal/procedures/general-procedure/diagram.bpmn\"");
        assertThat(general).doesNotContain("<script>", "onload=", "style=\"");
        String publicity = page("/portal/procedures/publicity");
        assertThat(publicity).contains("脱敏复核", "执法人员或负责人", "公示处罚/许可决定：7 个工作日", "公示其他执法决定：20 个工作日",
                "撤回公示：3 个工作日", "公示期满", "3 个月", "3 年");
        assertThat(page("/portal/procedures/legal-review")).contains("法制审核", "经负责人批准可延长 3 个工作日");

        var xml = mvc.perform(get("/portal/procedures/publicity/diagram.bpmn")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(xml.getContentType()).startsWith("application/xml");
        assertThat(xml.getContentAsString(StandardCharsets.UTF_8)).contains("<bpmndi:BPMNDiagram", "Task_Withdrawal_di");
        mvc.perform(get("/portal/procedures/no-such-process")).andExpect(status().isNotFound());
        mvc.perform(get("/portal/procedures/..%2Fetc/diagram.bpmn")).andExpect(status().is4xxClientError());
        mvc.perform(get("/webjars/bpmn-js/8.0.0/dist/bpmn-viewer.production.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/portal-diagram.js")).andExpect(status().isOk());
    }

    @Test
    void portalPagesCarryTheStrictContentSecurityPolicy() throws Exception {
        for (String url : List.of("/portal", "/portal/procedures/publicity", "/portal/checkpoints")) {
            String csp = mvc.perform(get(url)).andReturn().getResponse().getHeader("Content-Security-Policy");
            assertThat(csp).as(url).contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline");
        }
    }

    @Test
    void checkpointsPageListsEverySignedHeadWithWhatIsNeededToVerifyIt() throws Exception {
        fixtures.summaryDecision(Scenario.today(), PenaltyType.FINE, new BigDecimal("50"));
        org.sanxiang.recording.Checkpoint c = checkpoints.create();
        String html = page("/portal/checkpoints?size=100");
        assertThat(html).contains("执法全过程记录校验点", c.digest(), c.signature(), c.signedText(), "本机关公钥",
                "-----BEGIN PUBLIC KEY-----", "/portal/checkpoints/" + c.id() + "/heads.txt", "sha256sum heads.txt",
                "openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in signed.txt -sigfile sig.bin",
                String.valueOf(c.chains()), String.valueOf(c.entries()));
        // what the page says to do works: the head list hashes to the digest, the signature verifies with the key
        String heads = page("/portal/checkpoints/" + c.id() + "/heads.txt");
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(heads.getBytes(StandardCharsets.US_ASCII)))).isEqualTo(c.digest());
        String pem = html.substring(html.indexOf("-----BEGIN PUBLIC KEY-----") + 26, html.indexOf("-----END PUBLIC KEY-----"))
                .replaceAll("\\s", "");
        var key = java.security.KeyFactory.getInstance("Ed25519")
                .generatePublic(new java.security.spec.X509EncodedKeySpec(java.util.Base64.getDecoder().decode(pem)));
        var verifier = java.security.Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(c.signedText().getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(java.util.Base64.getDecoder().decode(c.signature()))).isTrue();
        mvc.perform(get("/portal/checkpoints/999999999/heads.txt")).andExpect(status().isNotFound());
        mvc.perform(get("/portal/checkpoints?page=-1")).andExpect(status().isBadRequest());
    }

    @Test
    void absurdPagingAndInjectionAttemptsGet400OrAnEmptyPageNeverA500() throws Exception {
        long publicationsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM publication", Long.class);
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
        // the injected DROP TABLE / UNION did nothing: the table is there with the same rows
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM publication", Long.class)).isEqualTo(publicationsBefore);
    }

    @Test
    void staffApiRefusesWithdrawalWithoutReasonAndPublishingBeforeCheck() throws Exception {
        Publication p = queries.byDecisionNumber(fixtures.summaryDecision(Scenario.today(), PenaltyType.FINE,
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
        // who may act is checked before what was entered: a reviewer is refused (403), not told the input is incomplete
        mvc.perform(post("/api/publications/" + p.id() + "/withdrawal").with(httpBasic("chenjing", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"detail\":\"没有理由\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/publications/revocations").with(httpBasic("chenjing", "demo1234"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"decisionNumber\":\"" + p.decisionNumber() + "\"}"))
                .andExpect(status().isForbidden());
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
