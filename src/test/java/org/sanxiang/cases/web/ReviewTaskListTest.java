package org.sanxiang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The legal reviewers' task list (GET /api/review-tasks) against a reference computed here from the
 * inbox table itself: every filter, with and without the matter filter, page by page, and the counts.
 * Seeds tasks with equal due dates, equal creation times, no due date, other groups, claimed ones and a
 * case the reviewer handles (never listed, APL Art. 58), so that the order and the paging are pinned down
 * whatever the query looks like.
 */
@SanxiangTest
class ReviewTaskListTest extends org.sanxiang.cases.CaseServices {

    static final String SEEDED_BY = "review-task-list-test";

    @Autowired
    java.time.Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.sanxiang.cases.ReviewTaskCountCache counts;

    record Row(String taskId, long caseId, long matterId, String assignee, String group, LocalDateTime due,
            LocalDateTime created, String caseNumber, String party) {
    }

    @AfterEach
    void removeSeed() {
        jdbc.update("DELETE FROM inbox_task WHERE process_instance_id = ?", SEEDED_BY);
        jdbc.update("DELETE FROM case_handler WHERE assigned_by = ?", SEEDED_BY);
        jdbc.update("DELETE FROM party WHERE case_id IN (SELECT id FROM enf_case WHERE created_by = ?)", SEEDED_BY);
        jdbc.update("DELETE FROM enf_case WHERE created_by = ?", SEEDED_BY);
        counts.inboxChanged();
    }

    @Test
    void everyFilterMatterAndPageMatchesTheReference() throws Exception {
        long body = jdbc.queryForObject("SELECT id FROM enforcement_body WHERE code = 'SZZ'", Long.class);
        List<Long> matters = jdbc.queryForList("SELECT id FROM power_item WHERE body_id = ? ORDER BY id", Long.class, body);
        long m1 = matters.get(0), m2 = matters.get(1);
        long chenjing = jdbc.queryForObject("SELECT id FROM officer WHERE username = 'chenjing'", Long.class);
        // whole minutes 30 past "now": far from the filters' boundaries (now, now + 48 h) while the test runs
        LocalDateTime base = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusMinutes(30);
        LocalDateTime created = base.minusDays(20);
        for (int i = 0; i < 40; i++) {
            long matter = i % 3 == 0 ? m2 : m1;
            jdbc.update("INSERT INTO enf_case (case_number, body_id, procedure_kind, status, lead_source, matter_id, facts, "
                    + "discovered_on, created_by, created_at) VALUES (?, ?, 'GENERAL', 'INVESTIGATION', 'INSPECTION', ?, '列表', ?, ?, ?)",
                    "列表测试〔2026〕" + i + "号", body, matter, base.toLocalDate(), SEEDED_BY, Timestamp.valueOf(created));
            long caseId = jdbc.queryForObject("SELECT id FROM enf_case WHERE case_number = ?", Long.class, "列表测试〔2026〕" + i + "号");
            if (i % 5 != 4) { // some cases without a party
                jdbc.update("INSERT INTO party (case_id, kind, name) VALUES (?, 'NATURAL_PERSON', ?)", caseId, "乙某" + i);
                jdbc.update("INSERT INTO party (case_id, kind, name) VALUES (?, 'NATURAL_PERSON', ?)", caseId, "甲某" + i);
            }
            if (i == 7 || i == 8) { // the reviewer handles these (present and former handler)
                jdbc.update("INSERT INTO case_handler (case_id, officer_id, lead_handler, assigned_by, assigned_at) VALUES (?, ?, FALSE, ?, ?)",
                        caseId, chenjing, SEEDED_BY, Timestamp.valueOf(created));
            }
            LocalDateTime due = i % 9 == 0 ? null : base.plusDays((i % 11) - 5); // -5 .. +5 days, and none
            LocalDateTime at = created.plusHours(i % 4); // equal creation times: ordered by task id
            String assignee = i % 6 == 0 ? "chenjing" : i % 6 == 1 ? "wangfang" : null;
            String group = i % 10 == 3 ? "officer" : "reviewer";
            jdbc.update("INSERT INTO inbox_task (task_id, case_id, process_instance_id, step, name, assignee, candidate_group, "
                    + "due_date, created_at) VALUES (?, ?, ?, 'Task_LegalReview', '法制审核', ?, ?, ?, ?)",
                    "rtl-" + (char) ('a' + (i * 7) % 26) + i, caseId, SEEDED_BY, assignee, group,
                    due == null ? null : Timestamp.valueOf(due), Timestamp.valueOf(at));
        }

        counts.inboxChanged(); // rows written by SQL, past the inbox projection

        List<Row> all = jdbc.query("""
                SELECT t.task_id, t.case_id, c.matter_id, t.assignee, t.candidate_group, t.due_date, t.created_at, c.case_number,
                       (SELECT MIN(p.name) FROM party p WHERE p.case_id = c.id) AS party
                  FROM inbox_task t JOIN enf_case c ON c.id = t.case_id""",
                (rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toLocalDateTime(),
                        rs.getTimestamp(7).toLocalDateTime(), rs.getString(8), rs.getString(9)));
        Set<Long> handled = new HashSet<>(jdbc.queryForList("SELECT case_id FROM case_handler WHERE officer_id = ?", Long.class, chenjing));
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime soon = now.plusHours(48);
        Comparator<Row> order = Comparator.<Row, Boolean>comparing(r -> r.due() == null)
                .thenComparing(Row::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::created).thenComparing(Row::taskId);
        Map<String, Predicate<Row>> filters = Map.of(
                "ALL", r -> true,
                "MINE", r -> "chenjing".equals(r.assignee()),
                "UNCLAIMED", r -> r.assignee() == null,
                "DUE_SOON", r -> r.due() != null && !r.due().isBefore(now) && r.due().isBefore(soon),
                "OVERDUE", r -> r.due() != null && r.due().isBefore(now));
        int checkedItems = 0;
        for (Long matter : new Long[] {null, m1, m2}) {
            List<Row> visible = all.stream().filter(r -> "reviewer".equals(r.group()) && !handled.contains(r.caseId())
                    && (matter == null || r.matterId() == matter)).toList();
            for (var filter : filters.entrySet()) {
                List<Row> expected = visible.stream().filter(filter.getValue()).sorted(order).toList();
                int size = 7;
                for (int page = 0; page * size <= expected.size(); page++) {
                    JsonNode list = call("/api/review-tasks?filter=" + filter.getKey() + "&page=" + page + "&size=" + size
                            + (matter == null ? "" : "&matterId=" + matter));
                    List<Row> want = expected.subList(page * size, Math.min(expected.size(), (page + 1) * size));
                    List<String> got = new ArrayList<>();
                    list.get("items").forEach(i -> got.add(i.get("taskId").asText()));
                    assertThat(got).as("%s matter %s page %d", filter.getKey(), matter, page)
                            .containsExactlyElementsOf(want.stream().map(Row::taskId).toList());
                    for (int k = 0; k < want.size(); k++) {
                        JsonNode item = list.get("items").get(k);
                        Row r = want.get(k);
                        assertThat(item.get("caseNumber").asText()).isEqualTo(r.caseNumber());
                        assertThat(item.get("partyName").isNull() ? null : item.get("partyName").asText()).isEqualTo(r.party());
                        assertThat(item.get("overdue").asBoolean()).isEqualTo(r.due() != null && r.due().isBefore(now));
                        assertThat(item.get("assignee").isNull() ? null : item.get("assignee").asText()).isEqualTo(r.assignee());
                        checkedItems++;
                    }
                    JsonNode counts = list.get("counts");
                    assertThat(counts.get("total").asLong()).isEqualTo(visible.size());
                    assertThat(counts.get("mine").asLong()).isEqualTo(visible.stream().filter(filters.get("MINE")).count());
                    assertThat(counts.get("unclaimed").asLong()).isEqualTo(visible.stream().filter(filters.get("UNCLAIMED")).count());
                    assertThat(counts.get("dueSoon").asLong()).isEqualTo(visible.stream().filter(filters.get("DUE_SOON")).count());
                    assertThat(counts.get("overdue").asLong()).isEqualTo(visible.stream().filter(filters.get("OVERDUE")).count());
                }
            }
        }
        assertThat(checkedItems).isGreaterThan(60);
    }

    /** The counts follow the engine's task events at once: a new review task, its claim, its completion. */
    @Test
    void countsFollowTheInboxAtOnce() throws Exception {
        org.sanxiang.cases.Scenario scenario = new org.sanxiang.cases.Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        JsonNode before = call("/api/review-tasks").get("counts");
        long caseId = scenario.registerAndFile(org.sanxiang.cases.Scenario.person()).id();
        scenario.investigate(caseId);
        stepCompletion.completeStep(caseId, org.sanxiang.cases.Scenario.penalty(new java.math.BigDecimal("8000")),
                org.sanxiang.cases.Scenario.ZHANG);
        JsonNode created = call("/api/review-tasks").get("counts");
        assertThat(created.get("total").asLong()).isEqualTo(before.get("total").asLong() + 1);
        assertThat(created.get("unclaimed").asLong()).isEqualTo(before.get("unclaimed").asLong() + 1);

        String taskId = jdbc.queryForObject("SELECT task_id FROM inbox_task WHERE case_id = ? AND step = 'Task_LegalReview'",
                String.class, caseId);
        MvcResult claim = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/tasks/" + taskId + "/claim").with(httpBasic("chenjing", "demo1234"))).andReturn();
        assertThat(claim.getResponse().getStatus()).isEqualTo(204);
        JsonNode claimed = call("/api/review-tasks").get("counts");
        assertThat(claimed.get("mine").asLong()).isEqualTo(before.get("mine").asLong() + 1);
        assertThat(claimed.get("unclaimed").asLong()).isEqualTo(before.get("unclaimed").asLong());
        assertThat(call("/api/review-tasks?filter=MINE&size=200").get("items").findValuesAsText("taskId")).contains(taskId);

        stepCompletion.completeStep(caseId, org.sanxiang.cases.Scenario.review(org.sanxiang.review.ReviewOutcome.AGREE, "同意", null),
                org.sanxiang.cases.Scenario.REVIEWER);
        JsonNode reviewed = call("/api/review-tasks").get("counts");
        assertThat(reviewed.get("total").asLong()).isEqualTo(before.get("total").asLong());
        assertThat(reviewed.get("mine").asLong()).isEqualTo(before.get("mine").asLong());
    }

    JsonNode call(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(httpBasic("chenjing", "demo1234"))).andReturn();
        String content = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as("%s -> %s", path, content).isEqualTo(200);
        return json.readTree(content);
    }
}
