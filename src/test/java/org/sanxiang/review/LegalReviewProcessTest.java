package org.sanxiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.calendar.CaseDeadline;
import org.sanxiang.calendar.DeadlineStatus;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.cases.CaseProblems;
import org.sanxiang.cases.Scenario;
import org.sanxiang.cases.StepInput;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/** Legal review rounds: the return loop, the review clock, claims, the checklist and the hard rule (APL Art. 58). */
@SanxiangTest
class LegalReviewProcessTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    LegalReviews reviews;
    @Autowired
    Deadlines deadlines;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
    }

    long majorCaseAwaitingReview() {
        long id = scenario.registerAndFile(Scenario.company()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("50000")), Scenario.ZHANG);
        return id;
    }

    String reviewTask(long caseId) {
        return jdbc.queryForObject("SELECT task_id FROM inbox_task WHERE case_id = ? AND step = 'Task_LegalReview'",
                String.class, caseId);
    }

    List<CaseDeadline> reviewClock(long caseId) {
        return deadlines.list(caseId).stream().filter(d -> d.ruleKey().equals("legal-review")).toList();
    }

    ProcessInstance instance(long caseId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(
                jdbc.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, caseId)).singleResult();
    }

    @Test
    void returnCorrectResubmitApproveKeepsEveryRoundAndPausesTheClockBetween() {
        long id = majorCaseAwaitingReview();
        ProcessInstance pi = instance(id);
        assertThat(reviewClock(id)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeadlineStatus.RUNNING);
            assertThat(d.due()).isEqualTo(deadlines.due("legal-review", d.start()).dueDate());
        });
        assertThat(engine.getTaskService().createTaskQuery().taskId(reviewTask(id)).singleResult().getDueDate())
                .isEqualTo(deadlines.endOfDay(reviewClock(id).get(0).due()));

        scenario.reviewAs(Scenario.REVIEWER, id, Scenario.review(ReviewOutcome.RETURN, "证据不足", "补充当事人询问笔录"));
        assertThat(pi).isWaitingAt("Task_Investigation");
        // while the handlers correct, no review clock runs
        assertThat(reviewClock(id)).allSatisfy(d -> assertThat(d.status()).isNotEqualTo(DeadlineStatus.RUNNING));

        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("50000")), Scenario.ZHANG);
        assertThat(reviewClock(id)).hasSize(2).last().satisfies(d -> assertThat(d.status()).isEqualTo(DeadlineStatus.RUNNING));
        scenario.reviewAs(Scenario.REVIEWER, id, Scenario.review(ReviewOutcome.AGREE, "同意", null));
        assertThat(pi).isWaitingAt("Task_PriorNotice");

        List<ReviewRound> rounds = reviews.rounds(id);
        assertThat(rounds).extracting(ReviewRound::round, ReviewRound::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "RETURN"), org.assertj.core.groups.Tuple.tuple(2, "AGREE"));
        assertThat(rounds).allSatisfy(r -> {
            assertThat(r.opinionNumber()).matches("三张综执法审〔\\d{4}〕\\d+号");
            assertThat(r.reviewer()).isEqualTo("chenjing");
            assertThat(r.materials()).contains("investigationReport").contains("certificateChecks").contains("chainHash");
        });
        assertThat(rounds.get(0).corrections()).isEqualTo("补充当事人询问笔录");
        assertThat(reviews.latestRoundPassed(id)).isTrue();
    }

    @Test
    void claimsAreExclusiveAndAReviewNeedsAClaim() {
        long id = majorCaseAwaitingReview();
        String task = reviewTask(id);
        assertThatThrownBy(() -> stepCompletion.completeStep(id, Scenario.review(ReviewOutcome.AGREE, "同意", null), Scenario.REVIEWER))
                .isInstanceOf(CaseProblems.TaskNotClaimed.class);
        caseSupervision.claim(task, Scenario.REVIEWER);
        scenario.ensureOfficer("reviewer2", "新审核", "法制审核员"); // of this body: the claim by another is what refuses
        Actor other = new Actor("reviewer2", java.util.Set.of("reviewer"));
        assertThatThrownBy(() -> caseSupervision.claim(task, new Actor("sunli", java.util.Set.of("supervisor"))))
                .isInstanceOf(Problem.class).satisfies(e -> assertThat(((Problem) e).slug()).isEqualTo("role-required"));
        assertThatThrownBy(() -> caseSupervision.unclaim(task, other)).isInstanceOf(CaseProblems.TaskClaimedByOther.class);
        caseSupervision.unclaim(task, Scenario.REVIEWER);
        assertThat(jdbc.queryForObject("SELECT assignee FROM inbox_task WHERE task_id = ?", String.class, task)).isNull();
    }

    @Test
    void answeringFewerThanEightPointsOrReturningWithoutReasonChangesNothing() {
        long id = majorCaseAwaitingReview();
        caseSupervision.claim(reviewTask(id), Scenario.REVIEWER);
        List<ChecklistAnswer> seven = new ArrayList<>(Scenario.allPointsOk().subList(0, 7));
        assertThatThrownBy(() -> stepCompletion.completeStep(id, new StepInput.LegalReview(ReviewOutcome.AGREE, "同意", null, seven),
                Scenario.REVIEWER)).isInstanceOf(ReviewProblems.ChecklistIncomplete.class)
                .hasMessageContaining(ChecklistPoint.SUSPECTED_CRIME.label());
        List<ChecklistAnswer> problemWithoutComment = new ArrayList<>(Scenario.allPointsOk());
        problemWithoutComment.set(3, new ChecklistAnswer(ChecklistPoint.FACTS_AND_EVIDENCE, false, " "));
        assertThatThrownBy(() -> stepCompletion.completeStep(id, new StepInput.LegalReview(ReviewOutcome.RETURN, "退回", "补证",
                problemWithoutComment), Scenario.REVIEWER)).isInstanceOf(ReviewProblems.ChecklistIncomplete.class);
        assertThatThrownBy(() -> stepCompletion.completeStep(id, Scenario.review(ReviewOutcome.RETURN, "退回", " "), Scenario.REVIEWER))
                .isInstanceOf(ReviewProblems.ReturnWithoutCorrections.class);
        assertThat(reviews.rounds(id)).singleElement().satisfies(r -> assertThat(r.open()).isTrue());
        assertThat(instance(id)).isWaitingAt("CallActivity_LegalReview");
    }

    @Test
    void nonMajorCaseSkipsReview() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("4999.99")), Scenario.ZHANG);
        assertThat(instance(id)).isWaitingAt("Task_PriorNotice").hasNotPassed("CallActivity_LegalReview");
        assertThat(reviews.rounds(id)).isEmpty();
    }

    @Test
    void headMayExtendTheReviewClockOnceByThreeWorkingDays() {
        long id = majorCaseAwaitingReview();
        CaseDeadline before = reviewClock(id).get(0);
        caseSupervision.extendReview(id, Scenario.HEAD);
        CaseDeadline after = reviewClock(id).get(0);
        assertThat(after.extended()).isTrue();
        // materials complete on Wednesday 2026-11-18: 7 working days to Friday 11-27, 3 more to Wednesday 12-02
        assertThat(before.due()).isEqualTo(java.time.LocalDate.of(2026, 11, 27));
        assertThat(after.due()).isEqualTo(java.time.LocalDate.of(2026, 12, 2));
        assertThat(engine.getTaskService().createTaskQuery().taskId(reviewTask(id)).singleResult().getDueDate())
                .isEqualTo(deadlines.endOfDay(after.due()));
        assertThatThrownBy(() -> caseSupervision.extendReview(id, Scenario.HEAD)).isInstanceOf(Problem.class);
    }

    @Test
    void engineRestCompletionOfAnUnreviewedMajorDecisionIsRefused() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("1000")), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.notice(new BigDecimal("1000")), Scenario.ZHANG);
        stepCompletion.completeStep(id, Scenario.statement(false), Scenario.ZHANG);
        ProcessInstance pi = instance(id);
        assertThat(pi).isWaitingAt("Task_HeadDecision");
        // the case's facts make it major now (our tables, not the engine variable, decide), and no review has passed
        jdbc.update("UPDATE case_step SET data = REPLACE(data, '\"majorPublicInterest\":false', '\"majorPublicInterest\":true')"
                + " WHERE case_id = ? AND step = 'INVESTIGATION_END'", id);
        // an administrator writing the engine variable does not make it minor again
        engine.getRuntimeService().setVariable(pi.getId(), "majorDecision", false);
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();

        var response = RestClient.create("http://localhost:" + port).post()
                .uri("/engine-rest/task/{id}/complete", taskId)
                .headers(h -> h.setBasicAuth("admin", "demo1234"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(Map.of("variables", Map.of()))
                .exchange((req, res) -> Map.of("status", res.getStatusCode().value(),
                        "body", new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(response.get("status")).isEqualTo(400);
        assertThat((String) response.get("body")).contains("第五十八条");
        assertThat(pi).isWaitingAt("Task_HeadDecision");

        assertThatThrownBy(() -> stepCompletion.completeStep(id, Scenario.decision(new BigDecimal("1000")), Scenario.HEAD))
                .isInstanceOf(Problem.class).satisfies(e -> assertThat(((Problem) e).slug()).isEqualTo("decision-without-passed-review"));
    }
}
