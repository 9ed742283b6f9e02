package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.sanxiang.process.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

/**
 * The workspace in English ({@code ?lang=en}, kept in a cookie) and in Chinese (the default): with
 * English chosen, no Chinese character is left on the main pages once the data shown on them (names,
 * facts, case numbers, record entries: the text values of our tables that users, notices or the catalogue
 * wrote) is taken out, but not the labels the application itself stores (step names, deadline titles),
 * so a step label missing from messages_en shows as Chinese and fails; the language
 * switch names 中文 in Chinese on purpose. Without a choice the pages are Chinese whatever the
 * browser's Accept-Language, and the JSON API keeps following Accept-Language.
 */
@SanxiangTest
class WorkspaceLanguageTest extends org.sanxiang.cases.CaseServices {

    /** Han characters and CJK punctuation (。，：（）、“”〔〕). */
    static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF\\u201C\\u201D]+");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;

    long caseId;
    long reviewCaseId;

    static RequestPostProcessor as(String username, String group) {
        return user(username).authorities(new SimpleGrantedAuthority(Roles.authority(group)));
    }

    @BeforeEach
    void cases() {
        OtherBody.ensure(jdbc, identity);
        Scenario s = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        caseId = s.registerAndFile(Scenario.person()).id();
        reviewCaseId = s.registerAndFile(Scenario.company()).id();
        decidedCaseId = decided(s);
        revokedCaseId = decided(s);
        decisionRevocations.revokeDecision(revokedCaseId, new org.sanxiang.cases.DecisionRevocationInput(
                org.sanxiang.cases.RevocationKind.CHANGED, "复议变更", "某府复决〔2026〕9号", null), Scenario.HEAD);
    }

    long decidedCaseId;
    long revokedCaseId;

    /** A case decided by the head (the revocation form shows on its page). */
    long decided(Scenario s) {
        long id = s.registerAndFile(Scenario.person()).id();
        s.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new java.math.BigDecimal("1000")), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.notice(new java.math.BigDecimal("1000")), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.statement(false), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.decision(new java.math.BigDecimal("800")), Scenario.HEAD);
        return id;
    }

    /** The pages, as whom, with the element that proves the page rendered. */
    Map<String, Object[]> pages() {
        Map<String, Object[]> pages = new LinkedHashMap<>();
        pages.put("/login", new Object[] {null, "login-submit"});
        pages.put("/inbox", new Object[] {as("zhangwei", "officer"), "id=\"inbox\""});
        pages.put("/cases", new Object[] {as("zhangwei", "officer"), "id=\"cases\""});
        pages.put("/cases/new", new Object[] {as("zhangwei", "officer"), "lead-form"});
        pages.put("/cases/" + caseId, new Object[] {as("zhangwei", "officer"), "evidence-form"});
        pages.put("/cases/" + reviewCaseId, new Object[] {as("liuyang", "head"), "head-actions"});
        pages.put("/cases/" + decidedCaseId, new Object[] {as("liuyang", "head"), "revocation-form"});
        pages.put("/cases/" + revokedCaseId, new Object[] {as("liuyang", "head"), "revocation-list"});
        pages.put("/review", new Object[] {as("chenjing", "reviewer"), "review-tasks"});
        pages.put("/supervision", new Object[] {as("sunli", "supervisor"), "chart-months"});
        pages.put("/admin/officers", new Object[] {as("admin", "camunda-admin"), "certificates"});
        pages.put("/admin/holidays", new Object[] {as("admin", "camunda-admin"), "holiday-years"});
        pages.put("/admin/catalogue", new Object[] {as("admin", "camunda-admin"), "thresholds"});
        pages.put("/cases/summary", new Object[] {as("zhangwei", "officer"), "summary-form"});
        pages.put("/publications", new Object[] {as("zhangwei", "officer"), "publications"});
        pages.put("/publications?tab=ALL", new Object[] {as("zhangwei", "officer"), "publications"});
        pages.put("/cases/99999999", new Object[] {as("zhangwei", "officer"), "error-detail"});
        return pages;
    }

    String render(String path, Object who, String lang, Cookie cookie) throws Exception {
        var req = get(path).header("Accept-Language", "en-US,en;q=0.9");
        if (lang != null) {
            req.param("lang", lang);
        }
        if (cookie != null) {
            req.cookie(cookie);
        }
        if (who != null) {
            req.with((RequestPostProcessor) who);
        }
        return mvc.perform(req).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theMainPagesInEnglishHaveNoChineseLabels() throws Exception {
        List<String> data = dataValues();
        List<String> failures = new ArrayList<>();
        for (var page : pages().entrySet()) {
            String html = render(page.getKey(), page.getValue()[0], "en", null);
            assertThat(html).as(page.getKey()).contains((String) page.getValue()[1]).contains("lang=\"en\"");
            String text = visibleText(html);
            for (String value : data) {
                text = text.replace(value, " ");
            }
            text = text.replace("中文", " "); // the language switch names each language in itself
            Matcher m = CJK.matcher(text);
            Set<String> left = new TreeSet<>();
            while (m.find()) {
                int from = Math.max(0, m.start() - 30);
                left.add(text.substring(from, Math.min(text.length(), m.end() + 10)).replaceAll("\\s+", " "));
            }
            if (!left.isEmpty()) {
                failures.add(page.getKey() + ": " + left);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void stepNamesAndDeadlineTitlesAreLabelsNotData() throws Exception {
        List<String> data = dataValues();
        assertThat(jdbc.queryForList("SELECT name FROM inbox_task WHERE case_id = ?", String.class, caseId))
                .isNotEmpty().allSatisfy(name -> assertThat(data).doesNotContain(name));
        assertThat(data).doesNotContain("作出处罚决定", "立案审批");
        // while user data is taken out
        assertThat(data).contains("王某某", "三张镇人民路 18 号门前");
    }

    @Test
    void theSamePagesAreChineseByDefaultWhateverTheBrowsersLanguage() throws Exception {
        Map<String, String> expected = Map.of("/login", "请使用本人账号登录", "/inbox", "我的待办", "/cases", "案件查询",
                "/review", "法制审核任务", "/supervision", "执法监督看板", "/admin/catalogue", "目录与阈值");
        for (var page : pages().entrySet()) {
            String html = render(page.getKey(), page.getValue()[0], null, null);
            assertThat(html).as(page.getKey()).contains("lang=\"zh-CN\"");
            if (expected.containsKey(page.getKey())) {
                assertThat(html).contains(expected.get(page.getKey()));
            }
        }
        assertThat(render("/cases/" + caseId, as("zhangwei", "officer"), null, null)).contains("上传证据")
                .contains("调查取证情况小结").contains("案件基本情况");
    }

    @Test
    void theChoiceIsKeptInACookieAndCanBeUndone() throws Exception {
        mvc.perform(get("/inbox").param("lang", "en").with(as("zhangwei", "officer")))
                .andExpect(cookie().value("sanxiang-lang", "en")).andExpect(cookie().httpOnly("sanxiang-lang", true));
        Cookie en = new Cookie("sanxiang-lang", "en");
        assertThat(render("/inbox", as("zhangwei", "officer"), null, en)).contains("My tasks").doesNotContain("我的待办");
        mvc.perform(get("/inbox").param("lang", "zh-CN").cookie(en).with(as("zhangwei", "officer")))
                .andExpect(cookie().value("sanxiang-lang", "zh-CN"));
        assertThat(render("/inbox", as("zhangwei", "officer"), "zh-CN", en)).contains("我的待办");
        // the API still answers in the language the client asks for
        String problem = mvc.perform(get("/api/cases/99999999").with(httpBasic("zhangwei", "demo1234"))
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
        assertThat(problem).doesNotContainPattern("\\p{IsHan}");
    }

    /** BPMN element ids (Task_LegalReview, Gateway_…, Flow_…): internals, never shown. */
    static final Pattern BPMN_ID = Pattern.compile(
            "\\b(?:Task|Gateway|StartEvent|EndEvent|ServiceTask|CallActivity|SubProcess|BoundaryEvent|Flow|Event)_[A-Za-z0-9_]+");
    /** Three or more English words in a row: a sentence left untranslated on a Chinese page. */
    static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z][a-z]+(?:[ ,.:;]+[A-Za-z][a-z]+){2,}\\b");

    /** The names of the enums whose values the pages label (a name on a Chinese page is an internal shown). */
    static Set<String> enumNames() {
        Set<String> names = new TreeSet<>();
        for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(org.sanxiang.cases.Step.class,
                org.sanxiang.cases.CaseStatus.class, org.sanxiang.cases.PenaltyType.class,
                org.sanxiang.review.ReviewOutcome.class, org.sanxiang.cases.InvestigationOutcome.class,
                org.sanxiang.cases.LeadSource.class, org.sanxiang.cases.PartyKind.class,
                org.sanxiang.publicity.PublicationStatus.class, org.sanxiang.publicity.BlockReason.class,
                org.sanxiang.review.ChecklistPoint.class, org.sanxiang.cases.StepInput.ServiceMethod.class,
                org.sanxiang.cases.InvestigationRecordInput.Kind.class, org.sanxiang.calendar.SuspensionReason.class,
                org.sanxiang.officers.CertificateStatus.class)) {
            for (Enum<?> c : e.getEnumConstants()) {
                if (c.name().length() >= 4) {
                    names.add(c.name());
                }
            }
        }
        return names;
    }

    /**
     * Every text value users, notices or the catalogue wrote into our tables (Chinese or not), longest first; the
     * application's own words — labels, the record's summaries and articles — are not data and stay checked.
     */
    List<String> allDataValues() {
        List<Map<String, Object>> columns = jdbc.queryForList("SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = SCHEMA() AND UPPER(data_type) IN ('VARCHAR', 'CHAR', 'TEXT', 'MEDIUMTEXT',"
                + " 'LONGTEXT', 'CHARACTER VARYING', 'CHARACTER', 'CHARACTER LARGE OBJECT')");
        Set<String> values = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(x -> x));
        for (Map<String, Object> c : columns) {
            String table = String.valueOf(c.get("TABLE_NAME") != null ? c.get("TABLE_NAME") : c.get("table_name")).toLowerCase();
            String column = String.valueOf(c.get("COLUMN_NAME") != null ? c.get("COLUMN_NAME") : c.get("column_name")).toLowerCase();
            if (table.startsWith("act_") || table.contains("schema_history") || table.startsWith("sanxiang_session") || LABEL_COLUMNS.contains(table + "." + column)
                    || column.equals("article") || column.equals("payload") || column.endsWith("hash")
                    || (table.equals("record_entry") && (column.equals("summary") || column.equals("act") || column.equals("step")))
                    || column.equals("status") || column.equals("kind") || column.equals("step") || column.equals("outcome")) {
                continue;
            }
            for (String v : jdbc.queryForList("SELECT DISTINCT `" + column + "` FROM `" + table + "`", String.class)) {
                if (v != null && v.strip().length() >= 2) {
                    values.add(v.strip());
                    for (String part : v.split("[,\\n、]")) {
                        if (part.strip().length() >= 2) {
                            values.add(part.strip());
                        }
                    }
                }
            }
        }
        return List.copyOf(values);
    }

    @Test
    void theChinesePagesShowNoBpmnIdNoEnumNameAndNoEnglishSentence() throws Exception {
        List<String> data = allDataValues();
        Set<String> enums = enumNames();
        List<String> failures = new ArrayList<>();
        for (var page : pages().entrySet()) {
            // a <code> literal (the CSV import's column names) is a file format, not a sentence
            String text = visibleText(render(page.getKey(), page.getValue()[0], "zh-CN", null)
                    .replaceAll("(?s)<code[^>]*>.*?</code>", " "));
            for (String value : data) {
                text = text.replace(value, " ");
            }
            text = text.replace("English", " ").replace("Cockpit", " ");
            Set<String> found = new TreeSet<>();
            Matcher b = BPMN_ID.matcher(text);
            while (b.find()) {
                found.add("BPMN id " + b.group());
            }
            Matcher en = ENGLISH.matcher(text);
            while (en.find()) {
                found.add("English \"" + en.group() + "\"");
            }
            for (String name : enums) {
                if (Pattern.compile("\\b" + name + "\\b").matcher(text).find()) {
                    found.add("enum " + name);
                }
            }
            if (!found.isEmpty()) {
                failures.add(page.getKey() + ": " + found);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The text a reader sees: without scripts, styles, tags and the values of attributes other than labels. */
    static String visibleText(String html) {
        String s = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<!--.*?-->", " ");
        StringBuilder out = new StringBuilder();
        // placeholders, titles and alt texts are read too
        Matcher a = Pattern.compile("(?:placeholder|title|alt|data-empty)=\"([^\"]*)\"").matcher(s);
        while (a.find()) {
            out.append(' ').append(a.group(1));
        }
        out.append(' ').append(s.replaceAll("(?s)<[^>]*>", " "));
        return org.springframework.web.util.HtmlUtils.htmlUnescape(out.toString());
    }

    /**
     * Columns holding the application's own labels, copied from the models or seeded, which a page must
     * show translated: never taken out as data.
     */
    static final Set<String> LABEL_COLUMNS = Set.of("inbox_task.name", "deadline_rule.title");

    /**
     * Every Chinese text value in our tables (not the engine's), longest first, except the label columns:
     * the data the pages show.
     */
    List<String> dataValues() {
        List<Map<String, Object>> columns = jdbc.queryForList("SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = SCHEMA() AND UPPER(data_type) IN ('VARCHAR', 'CHAR', 'TEXT', 'MEDIUMTEXT',"
                + " 'LONGTEXT', 'CHARACTER VARYING', 'CHARACTER', 'CHARACTER LARGE OBJECT')");
        Set<String> values = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(x -> x));
        for (Map<String, Object> c : columns) {
            String table = String.valueOf(c.get("TABLE_NAME") != null ? c.get("TABLE_NAME") : c.get("table_name"));
            String column = String.valueOf(c.get("COLUMN_NAME") != null ? c.get("COLUMN_NAME") : c.get("column_name"));
            if (table.toUpperCase().startsWith("ACT_") || table.toLowerCase().contains("schema_history")
                    || LABEL_COLUMNS.contains(table.toLowerCase() + "." + column.toLowerCase())) {
                continue;
            }
            for (String v : jdbc.queryForList("SELECT DISTINCT `" + column + "` FROM `" + table + "`", String.class)) {
                if (v != null && CJK.matcher(v).find()) {
                    values.add(v);
                    // lists kept in one column (categories, certificate numbers) are shown one by one
                    for (String part : v.split("[,\\n、]")) {
                        if (!part.isBlank()) {
                            values.add(part.trim());
                        }
                    }
                }
            }
        }
        return List.copyOf(values);
    }
}
