package org.sanxiang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.cases.Scenario.HEAD;
import static org.sanxiang.cases.Scenario.REVIEWER;
import static org.sanxiang.cases.Scenario.ZHANG;

import java.math.BigDecimal;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.process.ProcessVariables;
import org.sanxiang.review.ReviewOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The facts a step rule uses come from our tables, never from engine variables a Camunda administrator can
 * write (G118): the party's hearing right (APL Art. 63) from the stored prior notice, the need for execution
 * (APL Art. 66, 67) from the stored decision.
 */
@SanxiangTest
class StoredFactsTest {

    @Autowired LeadRegistration leadRegistration;
    @Autowired StepCompletion stepCompletion;
    @Autowired Investigations investigations;
    @Autowired CaseSupervision caseSupervision;
    @Autowired RuntimeService runtime;
    @Autowired org.camunda.bpm.engine.ManagementService management;
    @Autowired JdbcTemplate jdbc;

    Scenario scenario() {
        return new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
    }

    String processInstance(long caseId) {
        return jdbc.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, caseId);
    }

    List<String> openSteps(long caseId) {
        return jdbc.queryForList("SELECT step FROM inbox_task WHERE case_id = ?", String.class, caseId);
    }

    /** A natural person told of a 6,000 yuan fine: above the 5,000 yuan threshold, so a hearing right. */
    long noticedAtSixThousand() {
        Scenario s = scenario();
        long id = s.registerAndFile(Scenario.person()).id();
        s.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("6000")), ZHANG);
        s.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.AGREE, "八项审核均无问题。", null));
        stepCompletion.completeStep(id, Scenario.notice(new BigDecimal("6000")), ZHANG);
        return id;
    }

    @Test
    void writingTheHearingRightVariableDoesNotRemoveThePartysHearingRight() {
        long id = noticedAtSixThousand();
        runtime.setVariable(processInstance(id), ProcessVariables.HEARING_RIGHT, false);

        stepCompletion.completeStep(id, Scenario.statement(true), ZHANG); // not refused as no-hearing-right

        assertThat(openSteps(id)).containsExactly("Task_Hearing");
        assertThat(runtime.getVariable(processInstance(id), ProcessVariables.HEARING_RIGHT)).isEqualTo(true);
    }

    @Test
    void writingTheHearingRightVariableGivesNoHearingRightTheNoticeDoesNotGive() {
        Scenario s = scenario();
        long id = s.registerAndFile(Scenario.person()).id();
        s.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("1000")), ZHANG);
        stepCompletion.completeStep(id, Scenario.notice(new BigDecimal("1000")), ZHANG);
        runtime.setVariable(processInstance(id), ProcessVariables.HEARING_RIGHT, true);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> stepCompletion.completeStep(id, Scenario.statement(true), ZHANG))
                .isInstanceOfSatisfying(org.sanxiang.process.Problem.class, p -> assertThat(p.slug()).isEqualTo("no-hearing-right"));
        assertThat(openSteps(id)).containsExactly("Task_StatementDefence");
    }

    @Test
    void writingTheExecutionVariableDoesNotSkipTheExecutionOfAFine() {
        Scenario s = scenario();
        long id = s.registerAndFile(Scenario.person()).id();
        s.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("1000")), ZHANG);
        stepCompletion.completeStep(id, Scenario.notice(new BigDecimal("1000")), ZHANG);
        stepCompletion.completeStep(id, Scenario.statement(false), ZHANG);
        stepCompletion.completeStep(id, Scenario.decision(new BigDecimal("800")), HEAD);
        runtime.setVariable(processInstance(id), ProcessVariables.EXECUTION_REQUIRED, false);

        stepCompletion.completeStep(id, Scenario.served(), ZHANG);

        assertThat(openSteps(id)).containsExactly("Task_Execution");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_deadline WHERE case_id = ? AND rule_key = 'payment'",
                Integer.class, id)).isEqualTo(1);
    }

    List<String> acts(long caseId) {
        return jdbc.queryForList("SELECT act FROM record_entry WHERE case_id = ? ORDER BY seq", String.class, caseId);
    }

    /**
     * Issue 15, finding 1: {@code majorDecision=false} and a modification that cancels the legal-review call
     * activity, done with the engine's own Java API (the REST API refuses both): the head's decision of the
     * major case is still refused under APL Art. 58, because the rule reads the stored investigation end.
     */
    @Test
    void writingTheMajorDecisionVariableAndSkippingTheReviewDoesNotLetAMajorCaseBeDecided() {
        Scenario s = scenario();
        long id = s.registerAndFile(Scenario.company()).id();
        s.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("60000")), ZHANG);
        assertThat(openSteps(id)).containsExactly("Task_LegalReview");
        String pi = processInstance(id);
        runtime.setVariable(pi, ProcessVariables.MAJOR_DECISION, false);
        runtime.createProcessInstanceModification(pi).cancelAllForActivity("CallActivity_LegalReview")
                .startBeforeActivity("Task_PriorNotice").execute();
        assertThat(openSteps(id)).containsExactly("Task_PriorNotice");
        stepCompletion.completeStep(id, Scenario.notice(new BigDecimal("60000")), ZHANG);
        stepCompletion.completeStep(id, Scenario.statement(false), ZHANG);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> stepCompletion.completeStep(id, Scenario.decision(new BigDecimal("60000")), HEAD))
                .isInstanceOfSatisfying(org.sanxiang.process.Problem.class, p -> assertThat(p.article()).contains("APL Art. 58"));
        assertThat(openSteps(id)).containsExactly("Task_HeadDecision");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_decision WHERE case_id = ?", Integer.class, id)).isZero();
    }

    /**
     * Issue 15, finding 1: the hearing-window timer job executed a week early writes no "届满" into the chain;
     * the job fails (nothing written) and stays, to run on its own day.
     */
    @Test
    void executingTheHearingWindowTimerEarlyWritesNoExpiry() {
        long id = noticedAtSixThousand();
        var timer = management.createJobQuery().processInstanceId(processInstance(id))
                .activityId("BoundaryTimer_HearingRequestWindow").singleResult();
        assertThat(timer).isNotNull();
        int entries = acts(id).size();

        // the engine runs on the office's time (the tests' office clock; in production both are the host's)
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(org.sanxiang.OfficeTestClock.START));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.executeJob(timer.getId()))
                    .satisfies(e -> assertThat(org.sanxiang.process.Problem.in(e).slug()).isEqualTo("deadline-not-yet-due"));
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }

        assertThat(acts(id)).hasSize(entries).doesNotContain("DEADLINE_EXPIRED");
        assertThat(management.createJobQuery().jobId(timer.getId()).count()).isEqualTo(1);
        assertThat(runtime.getVariable(processInstance(id), ProcessVariables.HEARING_WINDOW_CLOSED)).isEqualTo(false);
        assertThat(openSteps(id)).containsExactly("Task_StatementDefence");
    }
}
