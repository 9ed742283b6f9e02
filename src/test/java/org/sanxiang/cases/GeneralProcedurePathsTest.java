package org.sanxiang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sanxiang.cases.Scenario.HEAD;
import static org.sanxiang.cases.Scenario.REVIEWER;
import static org.sanxiang.cases.Scenario.ZHANG;

import java.math.BigDecimal;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.review.ReviewOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of general-procedure.bpmn (with legal-review.bpmn) and summary-procedure.bpmn, driven through the case commands. */
@SanxiangTest
class GeneralProcedurePathsTest {

    @Autowired
    org.sanxiang.cases.LeadRegistration leadRegistration;
    @Autowired
    org.sanxiang.cases.SummaryProcedure summaryProcedure;
    @Autowired
    org.sanxiang.cases.StepCompletion stepCompletion;
    @Autowired
    org.sanxiang.cases.Investigations investigations;
    @Autowired
    org.sanxiang.cases.CaseSupervision caseSupervision;
    @Autowired
    org.sanxiang.cases.DecisionRevocations decisionRevocations;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    Scenario scenario;
    final java.util.Map<Long, ProcessInstance> instances = new java.util.HashMap<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
    }

    /** The case's process instance, looked up while it runs; camunda-bpm-assert reads history after it ends. */
    ProcessInstance instance(long caseId) {
        return instances.computeIfAbsent(caseId, id -> engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(jdbc.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, id))
                .singleResult());
    }

    String status(long caseId) {
        return jdbc.queryForObject("SELECT status FROM enf_case WHERE id = ?", String.class, caseId);
    }

    void closeAndArchive(long caseId) {
        stepCompletion.completeStep(caseId, Scenario.closing(), ZHANG);
        stepCompletion.completeStep(caseId, Scenario.archive(), ZHANG);
    }

    @Test
    void majorPenaltyWithHearingRunsThroughReviewHearingAndExecution() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("6000")), ZHANG);
        assertThat(instance(id)).isWaitingAt("CallActivity_LegalReview");
        scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.AGREE, "八项审核均无问题。", null));
        stepCompletion.completeStep(id, Scenario.notice(new BigDecimal("6000")), ZHANG);
        stepCompletion.completeStep(id, Scenario.statement(true), ZHANG);
        assertThat(instance(id)).isWaitingAt("Task_Hearing");
        stepCompletion.completeStep(id, new StepInput.Hearing(scenario.officerId("wangfang"), Scenario.today(), true, "听证笔录"), ZHANG);
        stepCompletion.completeStep(id, Scenario.decision(new BigDecimal("5000")), HEAD);
        stepCompletion.completeStep(id, Scenario.served(), ZHANG);
        assertThat(instance(id)).isWaitingAt("Task_Execution");
        stepCompletion.completeStep(id, Scenario.paid(new BigDecimal("5000")), ZHANG);
        closeAndArchive(id);

        assertThat(instance(id)).hasPassedInOrder("Task_FilingApproval", "Task_Investigation", "Task_InvestigationEnd",
                "CallActivity_LegalReview", "Task_PriorNotice", "Task_StatementDefence", "Task_Hearing",
                "Task_HeadDecision", "Task_Service", "Task_Execution", "Task_Closing", "Task_Archive")
                .hasNotPassed("Task_CollectiveDiscussion").isEnded();
        assertThat(status(id)).isEqualTo("ARCHIVED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE case_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void minorPenaltySkipsReviewAndHearing() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("1000")), ZHANG);
        assertThat(instance(id)).isWaitingAt("Task_PriorNotice");
        stepCompletion.completeStep(id, Scenario.notice(new BigDecimal("1000")), ZHANG);
        stepCompletion.completeStep(id, Scenario.statement(false), ZHANG);
        stepCompletion.completeStep(id, Scenario.decision(new BigDecimal("800")), HEAD);
        stepCompletion.completeStep(id, Scenario.served(), ZHANG);
        stepCompletion.completeStep(id, Scenario.paid(new BigDecimal("800")), ZHANG);
        closeAndArchive(id);

        assertThat(instance(id)).hasPassed("Task_Execution").hasNotPassed("CallActivity_LegalReview", "Task_Hearing",
                "Task_CollectiveDiscussion").isEnded();
    }

    @Test
    void warningOnlyDecisionNeedsNoExecution() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, new StepInput.InvestigationEnd(InvestigationOutcome.PENALTY, "情节轻微，拟警告。",
                List.of(PenaltyType.WARNING), null, null, false, false, false, false, null), ZHANG);
        stepCompletion.completeStep(id, new StepInput.PriorNotice(Scenario.today(), List.of(PenaltyType.WARNING), null, "拟予警告"), ZHANG);
        stepCompletion.completeStep(id, new StepInput.StatementDefence(StepInput.PartyResponse.WAIVED, null, false, null), ZHANG);
        stepCompletion.completeStep(id, new StepInput.HeadDecision(Scenario.today(), List.of(PenaltyType.WARNING), null, null, "警告"), HEAD);
        stepCompletion.completeStep(id, Scenario.served(), ZHANG);
        assertThat(instance(id)).isWaitingAt("Task_Closing");
        closeAndArchive(id);
        assertThat(instance(id)).hasNotPassed("Task_Execution").isEnded();
    }

    @Test
    void minorViolationEndsWithNoPenaltyDecision() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.outcome(InvestigationOutcome.NO_PENALTY_MINOR), ZHANG);
        assertThat(instance(id)).isWaitingAt("Task_HeadDecision");
        stepCompletion.completeStep(id, Scenario.noPenaltyDecision(), HEAD);
        stepCompletion.completeStep(id, Scenario.served(), ZHANG);
        closeAndArchive(id);
        assertThat(instance(id)).hasNotPassed("Task_PriorNotice", "Task_Execution").isEnded();
        assertThat(jdbc.queryForObject("SELECT kind FROM case_decision WHERE case_id = ?", String.class, id))
                .isEqualTo("NO_PENALTY");
    }

    @Test
    void unprovenFactsEndWithNoPenaltyDecision() {
        long id = scenario.registerAndFile(Scenario.company()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.outcome(InvestigationOutcome.NO_PENALTY_UNPROVEN), ZHANG);
        assertThat(instance(id)).isWaitingAt("Task_HeadDecision");
        stepCompletion.completeStep(id, Scenario.noPenaltyDecision(), HEAD);
        stepCompletion.completeStep(id, Scenario.served(), ZHANG);
        closeAndArchive(id);
        assertThat(instance(id)).hasPassed("Task_HeadDecision").hasNotPassed("Task_PriorNotice").isEnded();
    }

    @Test
    void suspectedCrimeIsTransferredWithALetter() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.outcome(InvestigationOutcome.TRANSFER), ZHANG);
        assertThat(instance(id)).isWaitingAt("Task_Transfer");
        stepCompletion.completeStep(id, new StepInput.Transfer("某县公安局", Scenario.today(), "涉嫌犯罪"), HEAD);
        assertThat(status(id)).isEqualTo("TRANSFERRED");
        closeAndArchive(id);
        assertThat(instance(id)).hasNotPassed("Task_HeadDecision").isEnded();
        assertThat(jdbc.queryForObject("SELECT decision_number FROM case_decision WHERE case_id = ? AND kind = 'TRANSFER'",
                String.class, id)).startsWith("三张综执移〔");
    }

    @Test
    void headMayRefuseToFile() {
        long id = leadRegistration.registerLead(scenario.lead(Scenario.person()), ZHANG).id();
        assertThat(instance(id)).isWaitingAt("Task_FilingApproval");
        stepCompletion.completeStep(id, new StepInput.FilingApproval(false, "不属于本机关管辖"), HEAD);
        assertThat(instance(id)).hasPassed("EndEvent_NotFiled").isEnded();
        assertThat(status(id)).isEqualTo("NOT_FILED");
    }

    @Test
    void returnedReviewGoesBackToInvestigationAndPassesOnResubmission() {
        long id = scenario.registerAndFile(Scenario.company()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("60000")), ZHANG);
        scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.RETURN, "证据不足", "补充询问笔录"));
        assertThat(instance(id)).isWaitingAt("Task_Investigation");
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("60000")), ZHANG);
        scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.AGREE_WITH_COMMENTS, "同意，建议规范文书。", null));
        assertThat(instance(id)).isWaitingAt("Task_PriorNotice");
    }

    @Test
    void reviewerDisagreementGoesToCollectiveDiscussion() {
        long id = scenario.registerAndFile(Scenario.company()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("60000")), ZHANG);
        scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.DISAGREE, "裁量过重", null));
        assertThat(instance(id)).isWaitingAt("Task_CollectiveDiscussion");
        stepCompletion.completeStep(id, new StepInput.CollectiveDiscussion(Scenario.today(), List.of("刘洋", "张某", "李某"),
                "讨论后维持处罚意见", InvestigationOutcome.PENALTY), HEAD);
        // APL Art. 58: the discussion cannot replace a passed review; the case goes back to the reviewer
        assertThat(instance(id)).isWaitingAt("CallActivity_LegalReview");
        scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.AGREE, "讨论后补充说明，同意", null));
        assertThat(instance(id)).isWaitingAt("Task_PriorNotice");
        stepCompletion.completeStep(id, Scenario.notice(new BigDecimal("60000")), ZHANG);
        stepCompletion.completeStep(id, Scenario.statement(false), ZHANG);
        stepCompletion.completeStep(id, Scenario.decision(new BigDecimal("60000")), HEAD);
        assertThat(instance(id)).isWaitingAt("Task_Service");
    }

    @Test
    void seriousOrComplexCaseIsDiscussedCollectively() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, new StepInput.InvestigationEnd(InvestigationOutcome.PENALTY, "案情复杂。",
                List.of(PenaltyType.FINE), new BigDecimal("1000"), null, true, false, false, false, null), ZHANG);
        // serious or complex cases are also on the major-decision catalogue
        assertThat(instance(id)).isWaitingAt("CallActivity_LegalReview");
        scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.AGREE, "同意", null));
        assertThat(instance(id)).isWaitingAt("Task_CollectiveDiscussion");
    }

    @Test
    void summaryFineIsPaidThenFiled() {
        CaseRef ref = summaryProcedure.decideOnTheSpot(summary(PenaltyType.FINE, new BigDecimal("200")), ZHANG);
        assertThat(ref.caseNumber()).startsWith("三张综执简罚〔");
        assertThat(instance(ref.id())).isWaitingAt("Task_SummaryExecution");
        stepCompletion.completeStep(ref.id(), new StepInput.SummaryExecution(new BigDecimal("200"), Scenario.today(), "NO.9"), ZHANG);
        stepCompletion.completeStep(ref.id(), new StepInput.SummaryFiling(Scenario.today(), "SZZ-J-1"), ZHANG);
        assertThat(instance(ref.id())).hasPassed("Task_SummaryExecution", "Task_SummaryFiling").isEnded();
        assertThat(status(ref.id())).isEqualTo("ARCHIVED");
    }

    @Test
    void summaryWarningIsFiledWithoutExecution() {
        CaseRef ref = summaryProcedure.decideOnTheSpot(summary(PenaltyType.WARNING, null), ZHANG);
        assertThat(instance(ref.id())).isWaitingAt("Task_SummaryFiling");
        stepCompletion.completeStep(ref.id(), new StepInput.SummaryFiling(Scenario.today(), "SZZ-J-2"), ZHANG);
        assertThat(instance(ref.id())).hasNotPassed("Task_SummaryExecution").isEnded();
    }

    SummaryDecisionInput summary(PenaltyType type, BigDecimal fine) {
        return new SummaryDecisionInput(scenario.bodyId(), scenario.matterId("GF-002"), "未在指定地点分类投放生活垃圾。",
                "三张镇新村", Scenario.today(), Scenario.person(),
                List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang")), type, fine);
    }
}
