package org.sanxiang.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.publicity.PublicityProblems.StatisticsYearInvalid;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** 2024 is written by no other test: the fixture's rows, rolled back afterwards, are all there is. */
@SanxiangTest
@Transactional
class PublicityStatisticsTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired AnnualStatistics statistics;

    long bodyId() {
        return jdbc.queryForObject("SELECT id FROM enforcement_body WHERE code = 'SZZ'", Long.class);
    }

    long caseOf(String number, String filedAt, String decidedAt, String closedAt) {
        long matter = jdbc.queryForObject("SELECT id FROM power_item WHERE code = 'SR-001'", Long.class);
        jdbc.update("INSERT INTO enf_case (case_number, body_id, procedure_kind, status, lead_source, matter_id, facts,"
                + " discovered_on, created_by, created_at, filed_at, decided_at, closed_at) VALUES"
                + " (?, ?, 'GENERAL', 'CLOSED', 'INSPECTION', ?, '统计用案件', ?, 'zhangwei', ?, ?, ?, ?)",
                number, bodyId(), matter, LocalDate.parse(filedAt.substring(0, 10)), filedAt, filedAt, decidedAt, closedAt);
        return jdbc.queryForObject("SELECT id FROM enf_case WHERE case_number = ?", Long.class, number);
    }

    void decision(long caseId, String number, String kind, String on) {
        jdbc.update("INSERT INTO case_decision (case_id, decision_number, kind, penalty_types, fine_amount, reasons,"
                + " decided_by, decided_on, entered_at) VALUES (?, ?, ?, 'FINE', 100, '理由', 'liuyang', ?, ?)",
                caseId, number, kind, on, on + " 10:00:00");
    }

    void inspection(long caseId, String on) {
        jdbc.update("INSERT INTO investigation_record (case_id, kind, recorded_on, place, officer_ids, certificates_shown,"
                + " content, entered_by, entered_at) VALUES (?, 'ON_SITE_INSPECTION', ?, '三张镇', '1,2', '44190210001',"
                + " '检查', 'zhangwei', ?)", caseId, on, on + " 09:00:00");
    }

    void review(long caseId, int round, String outcome, String on) {
        jdbc.update("INSERT INTO review_round (case_id, round_no, process_instance_id, materials, submitted_at, reviewer,"
                + " outcome, decided_on, decided_at) VALUES (?, ?, 'stat-pi', '{}', ?, 'chenjing', ?, ?, ?)",
                caseId, round, on + " 08:00:00", outcome, on, on + " 16:00:00");
    }

    void publication(long caseId, String number, String due, String publishedOn, String withdrawnOn) {
        jdbc.update("INSERT INTO publication (decision_number, case_id, body_id, body_name, decision_kind, status, party_kind,"
                + " party_display, matter_name, violation, penalty_content, fine_amount, decided_on, decided_by, redacted_fields,"
                + " due_rule, due_date, published_on, withdrawn_on, withdrawal_reason, created_at) VALUES"
                + " (?, ?, ?, '三张镇综合行政执法办公室', 'PENALTY', ?, 'NATURAL_PERSON', '王某', '占道经营', '事实', '罚款 100 元', ?,"
                + " ?, 'liuyang', '', 'publication-penalty', ?, ?, ?, ?, ?)",
                number, caseId, bodyId(), withdrawnOn == null ? "PUBLISHED" : "WITHDRAWN", new BigDecimal("100"),
                due, due, publishedOn, withdrawnOn, withdrawnOn == null ? null : "REVOKED", due + " 00:00:00");
    }

    @Test
    void countsASeededYearExactly() {
        long a = caseOf("STAT-2024-A", "2024-01-02 09:00:00", "2024-02-01 10:00:00", "2024-03-01 10:00:00");
        long b = caseOf("STAT-2024-B", "2024-06-03 09:00:00", "2024-07-01 10:00:00", null);
        long c = caseOf("STAT-2024-C", "2024-12-31 23:00:00", "2025-01-06 10:00:00", "2025-02-01 10:00:00");
        long d = caseOf("STAT-2023-D", "2023-12-31 23:59:59", "2024-01-03 10:00:00", "2024-12-31 12:00:00");
        decision(a, "STAT-D-2024-1", "PENALTY", "2024-02-01");
        decision(b, "STAT-D-2024-2", "NO_PENALTY", "2024-07-01");
        decision(c, "STAT-D-2025-3", "PENALTY", "2025-01-06");
        decision(d, "STAT-D-2024-4", "SUMMARY_PENALTY", "2024-01-03");
        inspection(a, "2024-01-05");
        inspection(b, "2024-06-04");
        inspection(c, "2025-01-02");
        review(a, 1, "RETURN", "2024-01-20");
        review(a, 2, "AGREE", "2024-01-25");
        review(b, 1, "AGREE", "2024-06-20");
        publication(a, "STAT-D-2024-1", "2024-02-10", "2024-02-08", null);   // on time
        publication(b, "STAT-D-2024-2", "2024-07-29", "2024-07-29", "2024-09-02"); // on the due day, withdrawn
        publication(d, "STAT-D-2024-4", "2024-01-12", "2024-01-15", null);   // late

        YearStatistics s = statistics.of(2024);

        assertThat(s.byCategory()).containsExactly(
                java.util.Map.entry("LICENSING", 0L), java.util.Map.entry("PENALTY", 2L), java.util.Map.entry("COERCION", 0L),
                java.util.Map.entry("LEVY", 0L), java.util.Map.entry("REQUISITION", 0L), java.util.Map.entry("INSPECTION", 2L));
        assertThat(s.casesFiled()).isEqualTo(3);
        assertThat(s.casesDecided()).isEqualTo(3);
        assertThat(s.casesClosed()).isEqualTo(2);
        assertThat(s.publications()).isEqualTo(3);
        assertThat(s.publishedOnTime()).isEqualTo(2);
        assertThat(s.onTimeRate()).isEqualByComparingTo("0.6667");
        assertThat(s.withdrawals()).isEqualTo(1);
        assertThat(s.reviewsByOutcome()).containsEntry("AGREE", 2L).containsEntry("RETURN", 1L)
                .containsEntry("DISAGREE", 0L).containsEntry("AGREE_WITH_COMMENTS", 0L);
    }

    @Test
    void anEmptyYearCountsZeroEverywhere() {
        YearStatistics s = statistics.of(2019);
        assertThat(s.byCategory().values()).containsOnly(0L);
        assertThat(s.publications()).isZero();
        assertThat(s.onTimeRate()).isNull();
    }

    @Test
    void refusesAnAbsurdYear() {
        assertThatThrownBy(() -> statistics.of(1949)).isInstanceOf(StatisticsYearInvalid.class);
    }
}
