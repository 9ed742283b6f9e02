package org.sanxiang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.calendar.CaseDeadline;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.calendar.SuspensionReason;
import org.sanxiang.process.Problem;
import org.sanxiang.review.ReviewOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Statutory deadlines on the running models: timers fire on the date the working-day calendar
 * computes (engine clock moved with ClockUtil), and the 90-day decision clock moves after a suspension.
 */
@SanxiangTest
class DeadlineTimersTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    Deadlines deadlines;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

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

    String pid(long caseId) {
        return jdbc.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, caseId);
    }

    Job timer(long caseId, String activityId) {
        return management.createJobQuery().processInstanceId(pid(caseId)).timers().activityId(activityId).singleResult();
    }

    boolean executable(Job job) {
        return management.createJobQuery().jobId(job.getId()).executable().count() == 1;
    }

    List<String> acts(long caseId) {
        return jdbc.queryForList("SELECT act FROM record_entry WHERE case_id = ? ORDER BY seq", String.class, caseId);
    }

    long majorCaseNotified(LocalDate noticeDate) {
        long id = scenario.registerAndFile(Scenario.person()).id();
        // a notice dated in the past belongs to a case filed by then (APL Art. 44, 54: no notice predates the filing)
        jdbc.update("UPDATE enf_case SET filed_at = ? WHERE id = ? AND filed_at > ?", noticeDate.atStartOfDay(), id,
                noticeDate.atStartOfDay());
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("6000")), Scenario.ZHANG);
        scenario.reviewAs(Scenario.REVIEWER, id, Scenario.review(ReviewOutcome.AGREE, "同意", null));
        stepCompletion.completeStep(id, new StepInput.PriorNotice(noticeDate, List.of(PenaltyType.FINE), new BigDecimal("6000"),
                "拟罚款"), Scenario.ZHANG);
        return id;
    }

    @Test
    void hearingRequestWindowClosesOnTheFifthWorkingDayAfterTheNotice() {
        LocalDate notice = Scenario.today();
        long id = majorCaseNotified(notice);
        Date due = deadlines.endOfDay(deadlines.due("hearing-request", notice).dueDate());
        Job window = timer(id, "BoundaryTimer_HearingRequestWindow");
        assertThat(window.getDuedate()).isEqualTo(due);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pid(id)).singleResult().getDueDate())
                .isEqualTo(due);

        ClockUtil.setCurrentTime(new Date(due.getTime() - 1000));
        assertThat(executable(window)).isFalse();
        ClockUtil.setCurrentTime(new Date(due.getTime() + 1000));
        assertThat(executable(window)).isTrue();
        management.executeJob(window.getId());

        assertThat(acts(id)).endsWith("DEADLINE_EXPIRED");
        assertThat(engine.getRuntimeService().getVariable(pid(id), "hearingWindowClosed")).isEqualTo(true);
        // non-interrupting: the party's statement can still be recorded
        assertThat(jdbc.queryForObject("SELECT current_step FROM enf_case WHERE id = ?", String.class, id))
                .isEqualTo("Task_StatementDefence");
    }

    /** The latest notice date whose 5-working-day window ends on {@code lastDay} or later. */
    LocalDate noticeWhoseWindowEnds(LocalDate onOrAfter) {
        LocalDate notice = onOrAfter;
        while (!deadlines.due("hearing-request", notice.minusDays(1)).dueDate().isBefore(onOrAfter)) {
            notice = notice.minusDays(1);
        }
        return notice;
    }

    @Test
    void hearingRequestOnTheLastDayIsInTimeAndTheDayAfterIsLate() {
        LocalDate today = Scenario.today();
        LocalDate onTime = noticeWhoseWindowEnds(today); // window's last day is today (or later on a weekend)
        long dayOf = majorCaseNotified(onTime);
        stepCompletion.completeStep(dayOf, Scenario.statement(true), Scenario.ZHANG);
        assertThat(jdbc.queryForObject("SELECT current_step FROM enf_case WHERE id = ?", String.class, dayOf))
                .isEqualTo("Task_Hearing");

        LocalDate late = onTime.minusDays(1);
        while (!deadlines.due("hearing-request", late).dueDate().isBefore(today)) {
            late = late.minusDays(1);
        }
        long dayAfter = majorCaseNotified(late);
        assertThatThrownBy(() -> stepCompletion.completeStep(dayAfter, Scenario.statement(true), Scenario.ZHANG))
                .isInstanceOf(Problem.class)
                .satisfies(e -> assertThat(((Problem) e).slug()).isEqualTo("hearing-request-late"));
        stepCompletion.completeStep(dayAfter, Scenario.statement(false), Scenario.ZHANG);
    }

    @Test
    void serviceDeadlineFiresSevenWorkingDaysAfterTheDecision() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("1000")), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.notice(new BigDecimal("1000")), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.statement(false), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.decision(new BigDecimal("1000")), Scenario.HEAD);

        Date due = deadlines.endOfDay(deadlines.due("service", Scenario.today()).dueDate());
        Job overdue = timer(id, "BoundaryTimer_ServiceOverdue");
        assertThat(overdue.getDuedate()).isEqualTo(due);
        ClockUtil.setCurrentTime(new Date(due.getTime() - 1000));
        assertThat(executable(overdue)).isFalse();
        ClockUtil.setCurrentTime(new Date(due.getTime() + 1000));
        management.executeJob(overdue.getId());
        assertThat(jdbc.queryForObject("SELECT article FROM record_entry WHERE case_id = ? AND act = 'DEADLINE_EXPIRED'",
                String.class, id)).isEqualTo("APL Art. 61");
        assertThat(jdbc.queryForObject("SELECT current_step FROM enf_case WHERE id = ?", String.class, id))
                .isEqualTo("Task_Service");
    }

    @Test
    void suspendingTheDecisionClockMovesTheDecisionDueDateAndOpenTasks() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        CaseDeadline before = decisionClock(id);
        assertThat(before.due()).isEqualTo(deadlines.due("decision", Scenario.today()).dueDate());

        caseSupervision.suspendDecisionClock(id, SuspensionReason.TESTING_APPRAISAL, Scenario.today(), Scenario.HEAD);
        caseSupervision.resumeDecisionClock(id, Scenario.today().plusDays(10), Scenario.HEAD);

        CaseDeadline after = decisionClock(id);
        // filed Wednesday 2026-11-18: 90 days = Tuesday 2027-02-16; 10 days suspended = Friday 2027-02-26
        assertThat(before.due()).isEqualTo(LocalDate.of(2027, 2, 16));
        assertThat(after.suspendedDays()).isEqualTo(10);
        assertThat(after.due()).isEqualTo(LocalDate.of(2027, 2, 26));
        Date taskDue = engine.getTaskService().createTaskQuery().processInstanceId(pid(id)).singleResult().getDueDate();
        assertThat(taskDue).isEqualTo(deadlines.endOfDay(after.due()));
        assertThat(jdbc.queryForObject("SELECT due_date FROM inbox_task WHERE case_id = ?", java.sql.Timestamp.class, id)
                .toLocalDateTime().toLocalDate()).isEqualTo(after.due());
        assertThat(acts(id)).contains("DECISION_CLOCK_SUSPENDED", "DECISION_CLOCK_RESUMED");
    }

    CaseDeadline decisionClock(long caseId) {
        return deadlines.list(caseId).stream().filter(d -> d.ruleKey().equals("decision")).findFirst().orElseThrow();
    }
}
