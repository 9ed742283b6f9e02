package org.sanxiang.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.sanxiang.process.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The supervisor dashboard's publication-timeliness and certificate-coverage charts (issue #8): exact
 * numbers for a body seeded here, scoped to the head's body; the supervisor sees every body.
 */
@SanxiangTest
class SupervisionDashboardTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    /** A fresh body with a head officer (no certificate); returns {bodyId, headUsername}. */
    Object[] body(String tag) {
        String code = tag + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        jdbc.update("INSERT INTO enforcement_body (code, name, kind, area, legal_basis, document_prefix)"
                + " VALUES (?, ?, 'STATUTORY', '测试镇', '测试用', ?)", code, "测试执法主体" + code, code);
        long bodyId = jdbc.queryForObject("SELECT id FROM enforcement_body WHERE code = ?", Long.class, code);
        String head = "h" + code.toLowerCase();
        officer(bodyId, head);
        return new Object[] {bodyId, head};
    }

    long officer(long bodyId, String username) {
        jdbc.update("INSERT INTO officer (body_id, username, name, position) VALUES (?, ?, '测试人员', '执法队员')", bodyId,
                username);
        return jdbc.queryForObject("SELECT id FROM officer WHERE username = ?", Long.class, username);
    }

    void certificate(long officerId, String fields, LocalDate from, LocalDate to, String status, LocalDate reviewDue) {
        jdbc.update("INSERT INTO certificate (officer_id, number, issuing_authority, fields, area, valid_from, valid_to,"
                + " status, annual_review_due) VALUES (?, ?, '测试发证机关', ?, '测试镇', ?, ?, ?, ?)", officerId,
                "T" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L), fields, from, to, status,
                reviewDue);
    }

    void publication(long bodyId, String status, LocalDate due, LocalDate publishedOn, boolean overdue) {
        jdbc.update("INSERT INTO publication (decision_number, case_id, body_id, body_name, decision_kind, status,"
                + " party_kind, party_display, matter_name, violation, penalty_content, decided_on, decided_by,"
                + " redacted_fields, due_rule, due_date, overdue, published_on, created_at)"
                + " VALUES (?, 0, ?, '测试执法主体', 'PENALTY', ?, 'NATURAL_PERSON', '王某', '测试事项', '测试', '罚款',"
                + " ?, 'liuyang', '', 'publication-penalty', ?, ?, ?, CURRENT_TIMESTAMP)",
                "测试罚〔2026〕" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L) + "号", bodyId, status,
                due.minusDays(7), due, overdue, publishedOn);
    }

    static RequestPostProcessor as(String username, String group) {
        return user(username).authorities(new SimpleGrantedAuthority(Roles.authority(group)));
    }

    JsonNode data(String chart, RequestPostProcessor who) throws Exception {
        var response = mvc.perform(get("/supervision/data/" + chart).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    static List<Long> longs(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void publicationTimelinessCountsOnTimeLateAndStillOverduePerMonthOfTheDueDateForTheHeadsBody() throws Exception {
        LocalDate today = Scenario.today();
        Object[] b = body("TL");
        long bodyId = (Long) b[0];
        LocalDate due = today.minusDays(10);
        publication(bodyId, "PUBLISHED", due, due.minusDays(2), false);       // on time
        publication(bodyId, "PUBLISHED", due, due, false);                    // on the due date: on time
        publication(bodyId, "PUBLISHED", due, due.plusDays(3), true);         // late
        publication(bodyId, "DRAFT", due, null, true);                        // still overdue
        publication(bodyId, "CHECKED", today.minusDays(1), null, false);      // due date passed, timer not yet fired: overdue
        publication(bodyId, "DRAFT", today.plusDays(40), null, false);        // not yet due: in no bar
        publication(bodyId, "BLOCKED", due, null, false);                     // never to be published: in no bar
        publication(bodyId, "WITHDRAWN", due.minusMonths(14), due.minusMonths(14), false); // before the window

        JsonNode d = data("publication-timeliness", as((String) b[1], "head"));
        List<String> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(YearMonth.from(today).minusMonths(i).toString());
        }
        assertThat(texts(d.get("labels"))).isEqualTo(months);
        List<String> keys = new ArrayList<>();
        d.get("series").forEach(s -> keys.add(s.get("key").asText()));
        assertThat(keys).containsExactly("onTime", "late", "overdue");
        assertThat(d.get("series").get(0).get("name").asText()).isEqualTo("按期公示");
        List<Long> onTime = zeros(12);
        List<Long> late = zeros(12);
        List<Long> overdue = zeros(12);
        int dueMonth = months.indexOf(YearMonth.from(due).toString());
        int yesterdayMonth = months.indexOf(YearMonth.from(today.minusDays(1)).toString());
        onTime.set(dueMonth, 2L);
        late.set(dueMonth, 1L);
        overdue.set(dueMonth, 1L);
        overdue.set(yesterdayMonth, overdue.get(yesterdayMonth) + 1);
        assertThat(longs(d.get("series").get(0).get("values"))).isEqualTo(onTime);
        assertThat(longs(d.get("series").get(1).get("values"))).isEqualTo(late);
        assertThat(longs(d.get("series").get(2).get("values"))).isEqualTo(overdue);

        // another body's head sees none of them; the supervisor sees them among every body's
        Object[] other = body("TO");
        JsonNode empty = data("publication-timeliness", as((String) other[1], "head"));
        for (JsonNode s : empty.get("series")) {
            assertThat(longs(s.get("values"))).isEqualTo(zeros(12));
        }
        JsonNode all = data("publication-timeliness", as("sunli", "supervisor"));
        assertThat(all.get("series").get(0).get("values").get(dueMonth).asLong()).isGreaterThanOrEqualTo(2);
        assertThat(all.get("series").get(1).get("values").get(dueMonth).asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void certificateCoverageCountsTheBodysOfficersByStateAndTheValidHoldersPerCategory() throws Exception {
        LocalDate today = Scenario.today();
        Object[] b = body("CV");
        long bodyId = (Long) b[0];
        String tag = ((String) b[1]).substring(1);
        // valid, review ahead: counts for both its categories
        certificate(officer(bodyId, tag + "-a"), "城市管理,市场监管", today.minusYears(1), today.plusYears(2), "VALID",
                today.plusMonths(6));
        // valid but its annual review date passed
        certificate(officer(bodyId, tag + "-b"), "市场监管", today.minusYears(2), today.plusYears(1), "VALID",
                today.minusDays(1));
        // lapsed: validity ended yesterday (stored VALID, derived EXPIRED); an older suspended one does not matter
        long c = officer(bodyId, tag + "-c");
        certificate(c, "生态环境", today.minusYears(3), today.minusDays(1), "VALID", today.plusMonths(1));
        certificate(c, "生态环境", today.minusYears(6), today.minusYears(3).minusDays(1), "SUSPENDED", null);
        // suspended
        certificate(officer(bodyId, tag + "-d"), "城市管理", today.minusYears(1), today.plusYears(2), "SUSPENDED",
                today.plusMonths(6));
        // revoked, with a valid one: the valid one counts
        long e = officer(bodyId, tag + "-e");
        certificate(e, "城市管理", today.minusYears(4), today.minusYears(1), "REVOKED", null);
        certificate(e, "城市管理", today.minusMonths(2), today.plusYears(3), "VALID", null); // first review due in 10 months
        // the head holds none

        JsonNode d = data("certificate-coverage", as((String) b[1], "head"));
        assertThat(texts(d.get("labels"))).containsExactly("证件有效", "年审逾期", "暂扣", "已过期", "已吊销", "已注销", "无证");
        assertThat(longs(d.get("values"))).containsExactly(2L, 1L, 1L, 1L, 0L, 0L, 1L);
        JsonNode cat = data("category-coverage", as((String) b[1], "head"));
        assertThat(texts(cat.get("labels"))).containsExactly("城市管理", "市场监管", "生态环境");
        assertThat(longs(cat.get("values"))).containsExactly(2L, 1L, 0L);

        // the certificate that lapsed moves the officer: suspend the valid one of -a
        jdbc.update("UPDATE certificate SET status = 'SUSPENDED' WHERE officer_id = (SELECT id FROM officer WHERE username = ?)",
                tag + "-a");
        assertThat(longs(data("certificate-coverage", as((String) b[1], "head")).get("values")))
                .containsExactly(1L, 1L, 2L, 1L, 0L, 0L, 1L);
        assertThat(longs(data("category-coverage", as((String) b[1], "head")).get("values"))).containsExactly(1L, 0L, 0L);

        // another body's head: only themselves, without a certificate
        Object[] other = body("CO");
        assertThat(longs(data("certificate-coverage", as((String) other[1], "head")).get("values")))
                .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 1L);
        assertThat(data("category-coverage", as((String) other[1], "head")).get("labels")).isEmpty();
        // the supervisor counts every body: at least this one's
        List<Long> all = longs(data("certificate-coverage", as("sunli", "supervisor")).get("values"));
        assertThat(all.get(0)).isGreaterThanOrEqualTo(1L);
        assertThat(all.get(6)).isGreaterThanOrEqualTo(2L);
        // an officer is refused the dashboard data
        assertThat(mvc.perform(get("/supervision/data/certificate-coverage").with(as("zhangwei", "officer")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void reviewOutcomesAreTheHeadsBodysAndEveryBodysForTheSupervisor() throws Exception {
        Object[] b = body("RV");
        long bodyId = (Long) b[0];
        long matterId = jdbc.queryForObject("SELECT MIN(id) FROM power_item", Long.class);
        jdbc.update("INSERT INTO enf_case (case_number, body_id, procedure_kind, status, lead_source, matter_id, facts,"
                + " discovered_on, created_by, created_at) VALUES (?, ?, 'GENERAL', 'DECIDED', 'INSPECTION', ?, '测试案件', ?,"
                + " 'test', CURRENT_TIMESTAMP)", "测试罚〔2026〕" + bodyId + "号", bodyId, matterId, Scenario.today());
        long caseId = jdbc.queryForObject("SELECT id FROM enf_case WHERE body_id = ?", Long.class, bodyId);
        for (Object[] round : new Object[][] {{1, "RETURN"}, {2, "AGREE"}, {3, null}}) {
            jdbc.update("INSERT INTO review_round (case_id, round_no, process_instance_id, materials, submitted_at, outcome)"
                    + " VALUES (?, ?, 'test', '{}', CURRENT_TIMESTAMP, ?)", caseId, round[0], round[1]);
        }

        JsonNode mine = data("review-outcomes", as((String) b[1], "head"));
        assertThat(texts(mine.get("labels"))).containsExactly("同意", "退回补正");
        assertThat(longs(mine.get("values"))).containsExactly(1L, 1L);
        // a head of a body without reviews sees none of this body's
        assertThat(data("review-outcomes", as((String) body("RO")[1], "head")).get("values")).isEmpty();
        // the supervisor sees every body's: at least these
        JsonNode all = data("review-outcomes", as("sunli", "supervisor"));
        assertThat(texts(all.get("labels"))).contains("同意", "退回补正");
    }

    @Test
    void theDashboardPageHasTheNewCharts() throws Exception {
        String page = mvc.perform(get("/supervision").with(as("sunli", "supervisor"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("chart-timeliness", "/supervision/data/publication-timeliness", "chart-coverage",
                "/supervision/data/certificate-coverage", "chart-categories", "/supervision/data/category-coverage",
                "公示及时性", "执法证件持证情况");
    }

    static List<Long> zeros(int n) {
        return new ArrayList<>(Collections.nCopies(n, 0L));
    }
}
