package org.sanxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** POST /api/admin/holidays/{year}: administrators add a year's notice without a release. */
@SpringBootTest
@AutoConfigureMockMvc
class HolidayUploadApiTest {

    /** A year no shipped file and no other test uses. */
    private static final int YEAR = 2031;
    private static final String GOOD_2031 = """
            {"year": 2031, "papers": ["https://www.gov.cn/example"],
             "days": [{"name": "测试假日", "date": "2031-03-04", "isOffDay": true},
                      {"name": "测试调休", "date": "2031-03-08", "isOffDay": false}]}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    Deadlines deadlines;
    @Autowired
    HolidayAdministration administration;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void forget2031() {
        jdbc.update("DELETE FROM calendar_holiday_day WHERE notice_year = ?", YEAR);
        jdbc.update("DELETE FROM calendar_notice_year WHERE notice_year = ?", YEAR);
        administration.refreshCache();
    }

    @Test
    void loadsUploadedNoticeAndRecomputesProvisionalDeadline() throws Exception {
        long caseId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        // Sun 2031-03-02 + 7 WD on weekends only: 03-11, provisional
        CaseDeadline before = deadlines.start(caseId, "service", LocalDate.of(2031, 3, 2));
        assertThat(before.due()).isEqualTo(LocalDate.of(2031, 3, 11));
        assertThat(before.provisional()).isTrue();

        mvc.perform(post("/api/admin/holidays/{year}", YEAR).with(httpBasic("admin", "demo1234"))
                        .contentType(MediaType.APPLICATION_JSON).content(GOOD_2031))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(YEAR))
                .andExpect(jsonPath("$.days").value(2))
                .andExpect(jsonPath("$.published").value(true));

        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 3, 4))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 3, 8))).isTrue();
        assertThat(calendar.isProvisional(LocalDate.of(2031, 3, 4))).isFalse();
        // 03-03, (03-04 off), 03-05, 03-06, 03-07, 03-08 make-up, 03-10, 03-11
        CaseDeadline after = deadlines.list(caseId).get(0);
        assertThat(after.due()).isEqualTo(LocalDate.of(2031, 3, 11));
        assertThat(after.provisional()).isFalse();
        assertThat(deadlines.recomputations(caseId)).singleElement().satisfies(r -> {
            assertThat(r.noticeYear()).isEqualTo(YEAR);
            assertThat(r.oldDue()).isEqualTo(LocalDate.of(2031, 3, 11));
            assertThat(r.newDue()).isEqualTo(LocalDate.of(2031, 3, 11));
            assertThat(r.stillProvisional()).isFalse();
        });
    }

    @Test
    void movesRecomputedDueDateWhenTheNoticeAddsAHoliday() throws Exception {
        long caseId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        deadlines.start(caseId, "withdrawal", LocalDate.of(2031, 3, 2)); // 3 WD: 03-05, provisional

        administration.upload(YEAR, new com.fasterxml.jackson.databind.ObjectMapper().readTree(GOOD_2031), "admin");

        // 03-03, (03-04 off), 03-05, 03-06
        assertThat(deadlines.list(caseId).get(0).due()).isEqualTo(LocalDate.of(2031, 3, 6));
        assertThat(deadlines.recomputations(caseId)).singleElement()
                .satisfies(r -> assertThat(r.oldDue()).isEqualTo(LocalDate.of(2031, 3, 5)));
    }

    @Test
    void recomputesPublishedDeadlineWhenTheNoticeIsCorrected() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        administration.upload(YEAR, json.readTree(GOOD_2031), "admin");
        long caseId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        CaseDeadline started = deadlines.start(caseId, "withdrawal", LocalDate.of(2031, 3, 2));
        assertThat(started).extracting(CaseDeadline::due, CaseDeadline::provisional)
                .containsExactly(LocalDate.of(2031, 3, 6), false);

        // the corrected notice drops the 03-04 holiday
        administration.upload(YEAR, json.readTree(GOOD_2031.replace("\"date\": \"2031-03-04\", \"isOffDay\": true",
                "\"date\": \"2031-04-04\", \"isOffDay\": true")), "admin");

        assertThat(deadlines.list(caseId).get(0).due()).isEqualTo(LocalDate.of(2031, 3, 5));
        assertThat(deadlines.recomputations(caseId)).singleElement().satisfies(r -> {
            assertThat(r.oldDue()).isEqualTo(LocalDate.of(2031, 3, 6));
            assertThat(r.newDue()).isEqualTo(LocalDate.of(2031, 3, 5));
        });
    }

    @Test
    void rejectsBadFileWithReasonAndChangesNothing() throws Exception {
        Integer rows2025 = jdbc.queryForObject("SELECT COUNT(*) FROM calendar_holiday_day WHERE notice_year = 2025", Integer.class);
        String bad = """
                {"year": 2025, "papers": [],
                 "days": [{"name": "国庆节", "date": "2025-10-01", "isOffDay": false},
                          {"name": "国庆节", "date": "2025-10-32", "isOffDay": true}]}
                """;

        mvc.perform(post("/api/admin/holidays/{year}", 2025).with(httpBasic("admin", "demo1234"))
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:holiday-file-invalid"))
                .andExpect(jsonPath("$.field").value("days[1].date"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2025-10-32")));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_holiday_day WHERE notice_year = 2025", Integer.class))
                .isEqualTo(rows2025);
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
    }

    @Test
    void rejectsFileWhoseYearDoesNotMatchThePath() throws Exception {
        mvc.perform(post("/api/admin/holidays/{year}", YEAR).with(httpBasic("admin", "demo1234"))
                        .contentType(MediaType.APPLICATION_JSON).content(GOOD_2031.replace("\"year\": 2031", "\"year\": 2032")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));

        assertThat(administration.noticeYears()).extracting(NoticeYear::year).doesNotContain(YEAR);
        assertThat(calendar.isProvisional(LocalDate.of(2031, 3, 4))).isTrue();
    }

    @Test
    void refusesUploadWithoutCredentials() throws Exception {
        mvc.perform(post("/api/admin/holidays/{year}", YEAR).contentType(MediaType.APPLICATION_JSON).content(GOOD_2031))
                .andExpect(status().isUnauthorized());

        assertThat(administration.noticeYears()).extracting(NoticeYear::year).doesNotContain(YEAR);
    }

    @Test
    void refusesUploadByAnOfficer() throws Exception {
        mvc.perform(post("/api/admin/holidays/{year}", YEAR).with(httpBasic("zhangwei", "demo1234"))
                        .contentType(MediaType.APPLICATION_JSON).content(GOOD_2031))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:role-required"));

        assertThat(administration.noticeYears()).extracting(NoticeYear::year).doesNotContain(YEAR);
    }
}
