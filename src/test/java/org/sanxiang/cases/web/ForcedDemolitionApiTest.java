package org.sanxiang.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.calendar.WorkingCalendar;
import org.sanxiang.cases.Scenario;
import org.sanxiang.evidence.EvidenceRegistry;
import org.sanxiang.evidence.EvidenceType;
import org.sanxiang.evidence.EvidenceUpload;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The order to correct (APL Art. 28) and forced demolition (ACL Art. 35-37, 43, 44) through the REST API, each rule
 * at its edges: the day before / of / after each period, a reminder of 9 and 10 working days, 05:59 / 06:00 and
 * 21:59 / 22:00 (the night of 噪声污染防治法 Art. 88, configurable), National Day 2026-10-01; the timers fire on the
 * day after their period (engine clock moved with ClockUtil). A refused act answers problem+json and changes nothing.
 *
 * <p>The office clock is fixed on 2026-11-18 and the litigation period runs six months, so the building case is
 * decided and served today and its order's service is then moved back to {@link #SERVED} in our table
 * ({@link Scenario#orderServedOn}); every later act is entered with its own (past) date.
 */
@SanxiangTest
class ForcedDemolitionApiTest extends org.sanxiang.cases.CaseServices {

    static final String PASSWORD = "demo1234";
    /** Tuesday 2026-03-10; +30 days: Thursday 2026-04-09; +6 months: Thursday 2026-09-10 (later than +60 days). */
    static final LocalDate SERVED = LocalDate.of(2026, 3, 10);
    static final LocalDate DUE = LocalDate.of(2026, 4, 9);
    static final LocalDate REMEDY_LAPSE = LocalDate.of(2026, 9, 10);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Deadlines deadlines;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    EvidenceRegistry evidence;

    Scenario scenario;
    ManagementService management;

    @BeforeEach
    void setUp() {
        scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        management = engine.getManagementService();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    JsonNode call(String user, String path, Object body, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))
                .with(httpBasic(user, PASSWORD))).andReturn();
        String content = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as("%s -> %s", path, content).isEqualTo(expectedStatus);
        return content.isEmpty() ? null : json.readTree(content);
    }

    /** A refused act: 400 problem+json with the rule's type, its article and a Chinese detail; the step stays open. */
    void refused(long caseId, String step, Object body, String user, String slug, String article) throws Exception {
        List<String> before = openSteps(caseId);
        JsonNode problem = call(user, "/api/cases/" + caseId + "/steps/" + step, body, 400);
        assertThat(problem.get("type").asText()).isEqualTo("urn:sanxiang:problem:" + slug);
        assertThat(problem.get("article").asText()).isEqualTo(article);
        assertThat(problem.get("detail").asText()).containsPattern("\\p{IsHan}");
        assertThat(openSteps(caseId)).isEqualTo(before);
    }

    void done(long caseId, String step, Object body, String user) throws Exception {
        call(user, "/api/cases/" + caseId + "/steps/" + step, body, 200);
    }

    List<String> openSteps(long caseId) {
        return jdbc.queryForList("SELECT step FROM inbox_task WHERE case_id = ? ORDER BY step", String.class, caseId);
    }

    LocalDate stored(long caseId, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM forced_demolition WHERE case_id = ?", LocalDate.class, caseId);
    }

    List<Long> officers() {
        return List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang"));
    }

    Map<String, Object> inspection(LocalDate on, boolean corrected, String followUp) {
        Map<String, Object> m = new HashMap<>(Map.of("inspectedOn", on.toString(), "corrected", corrected,
                "findings", corrected ? "违法建筑已拆除。" : "违法加建的房屋仍未拆除。", "officerIds", officers(),
                "certificatesShown", List.of("44190210001", "44190210002")));
        if (followUp != null) {
            m.put("followUp", followUp);
        }
        return m;
    }

    static Map<String, Object> reminder(LocalDate on, int days) {
        return Map.of("remindedOn", on.toString(), "periodDays", days,
                "content", "限期自行拆除；逾期不拆除的，本机关将依法强制拆除；当事人有权进行陈述和申辩。");
    }

    Map<String, Object> execution(LocalDateTime from, LocalDateTime to) {
        return Map.of("startedAt", from.toString(), "endedAt", to.toString(), "officerIds", officers(),
                "certificatesShown", List.of("44190210001", "44190210002"),
                "onSiteRecord", "执法人员出示执法证件，宣读强制拆除决定书，组织拆除并清点登记屋内物品。", "witness", "村民委员会主任");
    }

    Job timer(long caseId, String activityId) {
        return management.createJobQuery().timers().activityId(activityId).list().stream()
                .filter(j -> caseId == ((Number) engine.getRuntimeService().getVariable(j.getProcessInstanceId(), "caseId"))
                        .longValue())
                .findFirst().orElseThrow();
    }

    /** The timer is not due one second before the end of {@code lastDay} and is due one second after it. */
    void firesOnTheDayAfter(Job job, LocalDate lastDay) {
        Date end = deadlines.endOfDay(lastDay);
        assertThat(job.getDuedate()).isEqualTo(end);
        ClockUtil.setCurrentTime(new Date(end.getTime() - 1000));
        assertThat(management.createJobQuery().jobId(job.getId()).executable().count()).isZero();
        ClockUtil.setCurrentTime(new Date(end.getTime() + 1000));
        assertThat(management.createJobQuery().jobId(job.getId()).executable().count()).isOne();
        management.executeJob(job.getId());
        ClockUtil.reset();
    }

    void uploadVideo(long caseId) {
        String pid = jdbc.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, caseId);
        byte[] mp4 = new byte[4096];
        byte[] ftyp = "\u0000\u0000\u0000\u0018ftypmp42".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(ftyp, 0, mp4, 0, ftyp.length);
        mp4[4095] = (byte) caseId;
        evidence.add(caseId, pid, new EvidenceUpload(EvidenceType.AUDIO_VISUAL, "Task_ForcedDemolition", null, "强制拆除全程录像.mp4",
                "强制拆除全程录像", null, "三张镇新村 3 组", List.of(), 3600), new ByteArrayInputStream(mp4), -1, "zhangwei");
    }

    @Test
    void aPenaltyDecisionWithoutTheOrderToCorrectIsRefusedAndWithItTheFollowUpIsDue() throws Exception {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new java.math.BigDecimal("1000")), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.notice(new java.math.BigDecimal("1000")), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.statement(false), Scenario.ZHANG);
        Map<String, Object> decision = new HashMap<>(Map.of("decidedOn", Scenario.today().toString(), "penaltyTypes", List.of("FINE"),
                "fineAmount", 800, "reasons", "依据《城市市容和环境卫生管理条例》第三十六条处罚。"));
        refused(id, "head-decision", decision, "liuyang", "decision-without-correction-order", "APL Art. 28");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_decision WHERE case_id = ?", Integer.class, id)).isZero();
        decision.put("correction", Map.of("kind", "CORRECT_WITHIN_PERIOD", "requirement", "清理占用的人行道，恢复通行", "periodDays", 3));
        done(id, "head-decision", decision, "liuyang");
        done(id, "service", Scenario.served(), "zhangwei");
        done(id, "execution", Scenario.paid(new java.math.BigDecimal("800")), "zhangwei");
        assertThat(openSteps(id)).containsExactly("Task_FollowUpInspection");
        // APL Art. 28 with RULES §1: three calendar days from service, rolled to a working day; the task is due then
        LocalDate due = calendar.plusCalendarDays(Scenario.today(), 3).date();
        assertThat(jdbc.queryForObject("SELECT due_on FROM correction_order WHERE case_id = ?", LocalDate.class, id)).isEqualTo(due);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_FollowUpInspection")
                .processInstanceBusinessKey(jdbc.queryForObject("SELECT case_number FROM enf_case WHERE id = ?", String.class, id))
                .singleResult().getDueDate()).isEqualTo(deadlines.endOfDay(due));
        // before the last day only a correction already done is recorded
        refused(id, "follow-up-inspection", inspection(Scenario.today(), false, "NEW_CASE"), "zhangwei",
                "follow-up-before-correction-due", "APL Art. 28");
        done(id, "follow-up-inspection", inspection(Scenario.today(), true, null), "zhangwei");
        assertThat(openSteps(id)).containsExactly("Task_Closing");
        assertThat(jdbc.queryForObject("SELECT article FROM record_entry WHERE case_id = ? AND act = 'STEP_COMPLETED' "
                + "AND step = 'Task_FollowUpInspection'", String.class, id)).isEqualTo("APL Art. 28, 55");
    }

    @Test
    void aBuildingIsDemolishedByForceOnlyAfterEachPeriodAndNeverAtNightNorOnAHoliday() throws Exception {
        long id = scenario.buildingOrderServed(30);
        scenario.orderServedOn(id, SERVED, DUE);

        // 复查: not corrected only after the order's last day (day before and day of refused, day after accepted)
        refused(id, "follow-up-inspection", inspection(DUE.minusDays(1), false, "FORCED_DEMOLITION"), "zhangwei",
                "follow-up-before-correction-due", "APL Art. 28");
        refused(id, "follow-up-inspection", inspection(DUE, false, "FORCED_DEMOLITION"), "zhangwei",
                "follow-up-before-correction-due", "APL Art. 28");
        done(id, "follow-up-inspection", inspection(DUE.plusDays(1), false, "FORCED_DEMOLITION"), "zhangwei");
        assertThat(openSteps(id)).containsExactly("Task_DemolitionNotice");

        // 公告 (ACL Art. 44): ten working days to demolish
        LocalDate noticed = LocalDate.of(2026, 4, 13);
        done(id, "demolition-notice", Map.of("noticedOn", noticed.toString(), "postedAt", "违法建筑现场及新村村务公开栏",
                "periodDays", 10, "text", "限当事人自公告之日起十个工作日内自行拆除。"), "zhangwei");
        assertThat(stored(id, "notice_ends_on")).isEqualTo(calendar.plusWorkingDays(noticed, 10).date());
        assertThat(stored(id, "remedy_lapses_on")).isEqualTo(REMEDY_LAPSE)
                .isEqualTo(deadlines.due("remedy-litigation", SERVED).dueDate());
        assertThat(openSteps(id)).isEmpty();

        // the periods lapse without challenge: a challenge filed after them does not stop the demolition
        JsonNode late = call("zhangwei", "/api/cases/" + id + "/demolition/challenge", Map.of("kind", "RECONSIDERATION",
                "filedOn", REMEDY_LAPSE.plusDays(1).toString(), "reference", "某府复字〔2026〕9号"), 400);
        assertThat(late.get("type").asText()).isEqualTo("urn:sanxiang:problem:demolition-challenge-out-of-time");
        firesOnTheDayAfter(timer(id, "Timer_RemedyPeriodsLapsed"), REMEDY_LAPSE);
        assertThat(openSteps(id)).containsExactly("Task_DemolitionReminder");

        // 催告 (ACL Art. 35, 69): the day after the periods, at least ten working days
        refused(id, "demolition-reminder", reminder(REMEDY_LAPSE, 10), "zhangwei", "demolition-remedy-periods-running",
                "ACL Art. 44");
        LocalDate reminded = REMEDY_LAPSE.plusDays(1);
        refused(id, "demolition-reminder", reminder(reminded, 9), "zhangwei", "demolition-reminder-too-short", "ACL Art. 35");
        done(id, "demolition-reminder", reminder(reminded, 10), "zhangwei");
        LocalDate reminderEnds = calendar.plusWorkingDays(reminded, 10).date(); // counts the make-up Sunday 2026-09-20
        assertThat(stored(id, "reminder_ends_on")).isEqualTo(reminderEnds);

        // 陈述申辩 (ACL Art. 36): not before the reminder
        Map<String, Object> statement = Map.of("heardOn", reminded.toString(), "response", "STATED", "content", "称系自住房屋。",
                "accepted", false, "recheck", "经复核，当事人所称理由不能成立。");
        refused(id, "demolition-statement", Map.of("heardOn", reminded.minusDays(1).toString(), "response", "WAIVED",
                "accepted", false, "recheck", "—"), "zhangwei", "demolition-statement-before-reminder", "ACL Art. 36");
        done(id, "demolition-statement", statement, "zhangwei");
        assertThat(openSteps(id)).isEmpty();
        firesOnTheDayAfter(timer(id, "Timer_ReminderPeriodLapsed"), reminderEnds);

        // 强制拆除决定书 (ACL Art. 37): the day after the reminder's period, not on its last day
        Map<String, Object> decision = new HashMap<>(Map.of("decidedOn", reminderEnds.toString(),
                "reasonsAndBasis", "当事人在催告期限内未自行拆除，依据《行政强制法》第三十七条、第四十四条决定强制拆除。",
                "mannerAndTime", "于 2026 年 10 月 9 日白天组织拆除"));
        refused(id, "demolition-decision", decision, "liuyang", "demolition-decision-before-reminder-ends", "ACL Art. 37");
        decision.put("decidedOn", reminderEnds.plusDays(1).toString());
        done(id, "demolition-decision", decision, "liuyang");
        assertThat(openSteps(id)).containsExactly("Task_ForcedDemolition");

        // 强制拆除 (ACL Art. 43; G118): audio-video mandatory, not at night, not on a statutory holiday
        LocalDate day = LocalDate.of(2026, 10, 9); // Friday after National Day
        JsonNode noVideo = call("zhangwei", "/api/cases/" + id + "/steps/forced-demolition",
                execution(day.atTime(9, 0), day.atTime(16, 0)), 400);
        assertThat(noVideo.get("type").asText()).isEqualTo("urn:sanxiang:problem:audio-video-required");
        uploadVideo(id);
        refused(id, "forced-demolition", execution(day.atTime(9, 0), day.atTime(22, 0)), "zhangwei", "demolition-at-night",
                "ACL Art. 43");
        refused(id, "forced-demolition", execution(day.atTime(5, 59), day.atTime(12, 0)), "zhangwei", "demolition-at-night",
                "ACL Art. 43");
        LocalDate nationalDay = LocalDate.of(2026, 10, 1);
        assertThat(calendar.isWorkingDay(nationalDay)).isFalse();
        refused(id, "forced-demolition", execution(nationalDay.atTime(9, 0), nationalDay.atTime(12, 0)), "zhangwei",
                "demolition-on-holiday", "ACL Art. 43");
        done(id, "forced-demolition", execution(day.atTime(6, 0), day.atTime(21, 59)), "zhangwei");
        assertThat(openSteps(id)).containsExactly("Task_Closing");
        assertThat(jdbc.queryForObject("SELECT executed_to FROM forced_demolition WHERE case_id = ?", LocalDateTime.class, id))
                .isEqualTo(day.atTime(21, 59));
        assertThat(jdbc.queryForList("SELECT article FROM record_entry WHERE case_id = ? AND act = 'STEP_COMPLETED' "
                + "AND (step LIKE 'Task_Demolition%' OR step = 'Task_ForcedDemolition') ORDER BY seq", String.class, id))
                .containsExactly("ACL Art. 44", "ACL Art. 35, 69", "ACL Art. 36", "ACL Art. 37", "ACL Art. 43, 44");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM record_entry WHERE case_id = ? AND act = 'REMEDY_PERIODS_LAPSED'",
                Integer.class, id)).isOne();
    }

    @Test
    void aChallengeFiledOnTheLastDayOfTheRemedyPeriodsStopsTheDemolition() throws Exception {
        long id = scenario.buildingOrderServed(30);
        scenario.orderServedOn(id, SERVED, DUE);
        done(id, "follow-up-inspection", inspection(DUE.plusDays(1), false, "FORCED_DEMOLITION"), "zhangwei");
        done(id, "demolition-notice", Map.of("noticedOn", DUE.plusDays(4).toString(), "postedAt", "违法建筑现场",
                "periodDays", 10, "text", "限期自行拆除。"), "zhangwei");
        call("zhangwei", "/api/cases/" + id + "/demolition/challenge", Map.of("kind", "LITIGATION",
                "filedOn", REMEDY_LAPSE.toString(), "reference", "（2026）某 0101 行初 12 号"), 204);
        JsonNode again = call("zhangwei", "/api/cases/" + id + "/demolition/challenge", Map.of("kind", "RECONSIDERATION",
                "filedOn", REMEDY_LAPSE.toString(), "reference", "再次"), 400);
        assertThat(again.get("type").asText()).isEqualTo("urn:sanxiang:problem:demolition-challenge-closed");
        firesOnTheDayAfter(timer(id, "Timer_RemedyPeriodsLapsed"), REMEDY_LAPSE);
        assertThat(openSteps(id)).containsExactly("Task_Closing");
        assertThat(jdbc.queryForObject("SELECT summary FROM record_entry WHERE case_id = ? AND act = 'REMEDY_PERIODS_LAPSED'",
                String.class, id)).contains("停止强制拆除");
    }
}
