package org.sanxiang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sanxiang.cases.Scenario.HEAD;
import static org.sanxiang.cases.Scenario.REVIEWER;
import static org.sanxiang.cases.Scenario.ZHANG;

import java.math.BigDecimal;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sanxiang.SanxiangTest;
import org.sanxiang.process.FlowCoverage;
import org.sanxiang.publicity.BlockReason;
import org.sanxiang.publicity.Publication;
import org.sanxiang.publicity.PublicationChecks;
import org.sanxiang.publicity.PublicationQueries;
import org.sanxiang.publicity.PublicationStatus;
import org.sanxiang.publicity.PublicationWithdrawals;
import org.sanxiang.recording.CaseRecord;
import org.sanxiang.recording.RecordEntry;
import org.sanxiang.review.ReviewOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of every model (general-procedure.bpmn with legal-review.bpmn, summary-procedure.bpmn and
 * publicity.bpmn): each outgoing flow of each gateway, boundary event and event subprocess, driven through the
 * case and publication services; timers are fired as the job executor would. The last test reads the models and
 * fails for each sequence flow that no test of this class took ({@link FlowCoverage} records what the engine takes).
 */
@SanxiangTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcessPathsTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PublicationChecks checks;
    @Autowired
    PublicationWithdrawals withdrawals;
    @Autowired
    PublicationQueries publications;
    @Autowired
    CaseRecord record;

    Scenario scenario;
    final java.util.Map<Long, ProcessInstance> instances = new java.util.HashMap<>();

    @BeforeAll
    static void countFromHere() {
        FlowCoverage.reset();
    }

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
        scenario.followUpIfOpen(caseId); // APL Art. 28: the order to correct a penalty decision carries
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
        hearings.serveHearingNotice(id, Scenario.hearingNotice(scenario.officerId("wangfang")), ZHANG);
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
        stepCompletion.completeStep(id, new StepInput.HeadDecision(Scenario.today(), List.of(PenaltyType.WARNING), null, null, "警告",
                Scenario.correction()), HEAD);
        stepCompletion.completeStep(id, Scenario.served(), ZHANG);
        assertThat(instance(id)).isWaitingAt("Task_FollowUpInspection");
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

    // ---- general procedure: the paths the first version of this class did not drive ----

    int decisions(long caseId, String kind) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_decision WHERE case_id = ? AND kind = ?", Integer.class, caseId, kind);
    }

    java.util.List<String> acts(long caseId) {
        return record.timeline(caseId).stream().map(RecordEntry::act).toList();
    }

    java.util.List<String> openSteps(long caseId) {
        return jdbc.queryForList("SELECT step FROM inbox_task WHERE case_id = ? ORDER BY step", String.class, caseId);
    }

    static StepInput.CollectiveDiscussion discussion(InvestigationOutcome conclusion) {
        return new StepInput.CollectiveDiscussion(Scenario.today(), List.of("刘洋", "张某", "李某"), "集体讨论决定：" + conclusion,
                conclusion);
    }

    static StepInput.Transfer transferLetter() {
        return new StepInput.Transfer("某县公安局", Scenario.today(), "涉嫌犯罪");
    }

    /**
     * A 限制从业 for a person gives a hearing right (hearing-right.dmn) but is not on the major-decision catalogue, so no
     * review ran before the hearing; after it the decision is major (G118) and waits for the post-hearing review.
     */
    long restrictionHeardWithoutReview() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, new StepInput.InvestigationEnd(InvestigationOutcome.PENALTY, "拟限制从业。",
                List.of(PenaltyType.RESTRICT_PRACTICE), null, null, false, false, false, false, null), ZHANG);
        assertThat(instance(id)).isWaitingAt("Task_PriorNotice");
        stepCompletion.completeStep(id, new StepInput.PriorNotice(Scenario.today(), List.of(PenaltyType.RESTRICT_PRACTICE), null,
                "拟限制从业"), ZHANG);
        stepCompletion.completeStep(id, Scenario.statement(true), ZHANG);
        hearings.serveHearingNotice(id, Scenario.hearingNotice(scenario.officerId("wangfang")), ZHANG);
        stepCompletion.completeStep(id, new StepInput.Hearing(scenario.officerId("wangfang"), Scenario.today(), true, "听证笔录"), ZHANG);
        assertThat(instance(id)).isWaitingAt("CallActivity_PostHearingReview");
        assertThat(openSteps(id)).containsExactly("Task_LegalReview");
        assertThat(engine.getRuntimeService().getVariable(instance(id).getId(), "majorDecision")).isEqualTo(true);
        return id;
    }

    @Test
    void afterAHearingAnUnreviewedDecisionIsReviewedThenDecidedWithoutExecution() {
        long id = restrictionHeardWithoutReview();
        assertThatThrownBy(() -> stepCompletion.completeStep(id, new StepInput.HeadDecision(Scenario.today(),
                List.of(PenaltyType.RESTRICT_PRACTICE), null, null, "限制从业"), HEAD))
                .as("no decision before the post-hearing review").isInstanceOf(RuntimeException.class);
        scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.AGREE, "听证后审核同意", null));
        assertThat(instance(id)).isWaitingAt("Task_HeadDecision");
        stepCompletion.completeStep(id, new StepInput.HeadDecision(Scenario.today(), List.of(PenaltyType.RESTRICT_PRACTICE), null,
                null, "限制从业", Scenario.correction()), HEAD);
        assertThat(status(id)).isEqualTo("DECIDED");
        assertThat(decisions(id, "PENALTY")).isEqualTo(1);
        stepCompletion.completeStep(id, Scenario.served(), ZHANG);
        // no fine, nothing confiscated: nothing to execute; the order to correct is inspected
        assertThat(instance(id)).isWaitingAt("Task_FollowUpInspection");
        closeAndArchive(id);
        assertThat(instance(id)).hasPassedInOrder("Task_Hearing", "CallActivity_PostHearingReview", "Task_HeadDecision")
                .hasNotPassed("CallActivity_LegalReview", "Task_Execution").isEnded();
        assertThat(status(id)).isEqualTo("ARCHIVED");
    }

    @Test
    void postHearingReviewMayReturnTheCaseToTheInvestigation() {
        long id = restrictionHeardWithoutReview();
        scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.RETURN, "听证中提出的新证据需核实", "补充调查"));
        assertThat(instance(id)).isWaitingAt("Task_Investigation");
        assertThat(openSteps(id)).containsExactly("Task_Investigation");
        assertThat(decisions(id, "PENALTY")).isZero();
    }

    @Test
    void postHearingReviewMayAdviseATransfer() {
        long id = restrictionHeardWithoutReview();
        scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.TRANSFER, "听证查明涉嫌犯罪", null));
        assertThat(instance(id)).isWaitingAt("Task_Transfer");
        stepCompletion.completeStep(id, transferLetter(), HEAD);
        assertThat(status(id)).isEqualTo("TRANSFERRED");
        assertThat(decisions(id, "TRANSFER")).isEqualTo(1);
        assertThat(decisions(id, "PENALTY")).isZero();
        assertThat(instance(id)).isWaitingAt("Task_Closing");
    }

    @Test
    void postHearingDisagreementGoesToTheCollectiveDiscussion() {
        long id = restrictionHeardWithoutReview();
        scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.DISAGREE, "听证后仍认为处罚不当", null));
        assertThat(instance(id)).isWaitingAt("Task_CollectiveDiscussion");
        assertThat(openSteps(id)).containsExactly("Task_CollectiveDiscussion");
    }

    @Test
    void reviewerMayAdviseATransferBeforeTheNotice() {
        long id = scenario.registerAndFile(Scenario.company()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("60000")), ZHANG);
        scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.TRANSFER, "涉嫌犯罪，建议移送", null));
        assertThat(instance(id)).isWaitingAt("Task_Transfer");
        stepCompletion.completeStep(id, transferLetter(), HEAD);
        assertThat(status(id)).isEqualTo("TRANSFERRED");
        assertThat(jdbc.queryForObject("SELECT decision_number FROM case_decision WHERE case_id = ? AND kind = 'TRANSFER'",
                String.class, id)).startsWith("三张综执移〔");
        closeAndArchive(id);
        assertThat(instance(id)).hasNotPassed("Task_PriorNotice", "Task_HeadDecision").isEnded();
        assertThat(status(id)).isEqualTo("ARCHIVED");
    }

    long disagreedCase() {
        long id = scenario.registerAndFile(Scenario.company()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("60000")), ZHANG);
        scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.DISAGREE, "裁量过重", null));
        assertThat(instance(id)).isWaitingAt("Task_CollectiveDiscussion");
        return id;
    }

    @Test
    void collectiveDiscussionMayTransferTheCase() {
        long id = disagreedCase();
        stepCompletion.completeStep(id, discussion(InvestigationOutcome.TRANSFER), HEAD);
        assertThat(instance(id)).isWaitingAt("Task_Transfer");
        stepCompletion.completeStep(id, transferLetter(), HEAD);
        assertThat(status(id)).isEqualTo("TRANSFERRED");
        assertThat(decisions(id, "TRANSFER")).isEqualTo(1);
        closeAndArchive(id);
        assertThat(instance(id)).hasNotPassed("Task_HeadDecision").isEnded();
    }

    @Test
    void collectiveDiscussionMayDecideNotToPenalise() {
        long id = disagreedCase();
        stepCompletion.completeStep(id, discussion(InvestigationOutcome.NO_PENALTY_MINOR), HEAD);
        assertThat(instance(id)).isWaitingAt("Task_HeadDecision");
        stepCompletion.completeStep(id, Scenario.noPenaltyDecision(), HEAD);
        assertThat(decisions(id, "NO_PENALTY")).isEqualTo(1);
        assertThat(decisions(id, "PENALTY")).isZero();
        stepCompletion.completeStep(id, Scenario.served(), ZHANG);
        closeAndArchive(id);
        assertThat(instance(id)).hasNotPassed("Task_PriorNotice", "Task_Execution").isEnded();
        assertThat(status(id)).isEqualTo("ARCHIVED");
    }

    @Test
    void aReviewedSeriousCaseDiscussedToAPenaltyGoesStraightToTheNotice() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, new StepInput.InvestigationEnd(InvestigationOutcome.PENALTY, "案情复杂。",
                List.of(PenaltyType.FINE), new BigDecimal("1000"), null, true, false, false, false, null), ZHANG);
        scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.AGREE, "同意", null));
        stepCompletion.completeStep(id, discussion(InvestigationOutcome.PENALTY), HEAD);
        // the review passed before the discussion: no second review
        assertThat(instance(id)).isWaitingAt("Task_PriorNotice");
        assertThat(status(id)).isEqualTo("REVIEWED");
        assertThat(openSteps(id)).containsExactly("Task_PriorNotice");
    }

    @Test
    void anUnpaidFineIsExecutedByTheCourtAfterTheReminder() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("1000")), ZHANG);
        stepCompletion.completeStep(id, Scenario.notice(new BigDecimal("1000")), ZHANG);
        stepCompletion.completeStep(id, Scenario.statement(false), ZHANG);
        stepCompletion.completeStep(id, Scenario.decision(new BigDecimal("800")), HEAD);
        stepCompletion.completeStep(id, Scenario.served(), ZHANG);
        assertThat(instance(id)).isWaitingAt("Task_Execution");
        // ACL Art. 54: the court application must follow the reminder
        assertThatThrownBy(() -> stepCompletion.completeStep(id, new StepInput.Execution(StepInput.ExecutionMode.COURT_ENFORCEMENT,
                null, null, null, Scenario.today(), Scenario.today()), ZHANG)).isInstanceOf(RuntimeException.class);
        assertThat(status(id)).isEqualTo("SERVED");
        stepCompletion.completeStep(id, new StepInput.Execution(StepInput.ExecutionMode.COURT_ENFORCEMENT, null, null, null,
                Scenario.today().minusDays(11), Scenario.today()), ZHANG);
        assertThat(status(id)).isEqualTo("EXECUTED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE case_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("SELECT summary FROM record_entry WHERE case_id = ? AND act = 'STEP_COMPLETED' AND step = 'Task_Execution'",
                String.class, id)).contains("申请人民法院强制执行");
        assertThat(instance(id)).isWaitingAt("Task_FollowUpInspection");
        closeAndArchive(id);
        assertThat(instance(id)).hasPassed("Task_Execution").isEnded();
    }

    // ---- boundary timers and the event subprocess of general-procedure ----

    Job timer(long caseId, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance(caseId).getId()).timers()
                .activityId(activityId).singleResult();
    }

    @Test
    void theClosedHearingWindowIsRecordedAndTheStatementStillTaken() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("6000")), ZHANG);
        scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.AGREE, "同意", null));
        stepCompletion.completeStep(id, Scenario.notice(new BigDecimal("6000")), ZHANG);
        runTimerOnceDue(id, "BoundaryTimer_HearingRequestWindow");
        assertThat(acts(id)).endsWith("DEADLINE_EXPIRED");
        assertThat(engine.getRuntimeService().getVariable(instance(id).getId(), "hearingWindowClosed")).isEqualTo(true);
        assertThat(instance(id)).isWaitingAt("Task_StatementDefence");
        stepCompletion.completeStep(id, Scenario.statement(false), ZHANG);
        assertThat(instance(id)).isWaitingAt("Task_HeadDecision");
    }

    @Test
    void anOverdueServiceIsEscalatedAndTheServiceStillRecorded() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.outcome(InvestigationOutcome.NO_PENALTY_MINOR), ZHANG);
        stepCompletion.completeStep(id, Scenario.noPenaltyDecision(), HEAD);
        runTimerOnceDue(id, "BoundaryTimer_ServiceOverdue");
        assertThat(acts(id)).endsWith("DEADLINE_EXPIRED");
        assertThat(jdbc.queryForObject("SELECT article FROM record_entry WHERE case_id = ? AND act = 'DEADLINE_EXPIRED'",
                String.class, id)).isEqualTo("APL Art. 61");
        assertThat(instance(id)).isWaitingAt("Task_Service");
        stepCompletion.completeStep(id, Scenario.served(), ZHANG);
        assertThat(status(id)).isEqualTo("SERVED");
    }

    @Test
    void aSeizureRunsBesideTheInvestigation() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        investigations.startSeizure(id, new SeizureRequest(StepInput.CoercionMeasure.DETAIN, "摊位车可能被转移"), ZHANG);
        assertThat(openSteps(id)).containsExactly("Task_Investigation", "Task_Seizure");
        stepCompletion.completeStep(id, new StepInput.Seizure(StepInput.CoercionMeasure.DETAIN, Scenario.today(), "三张镇人民路 18 号门前",
                List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang")), List.of("44190210001", "44190210002"),
                "负责人刘洋批准（审批单 2026-07）", "依据《行政强制法》第九条、第二十二条、第二十三条扣押；不服可申请复议或提起诉讼。",
                List.of("摊位车 1 辆"), 30, "执法人员出示证件，告知当事人理由、依据和权利。", true, null), ZHANG, List.of("EMERGENCY"));
        assertThat(openSteps(id)).containsExactly("Task_Investigation");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_deadline WHERE case_id = ? AND rule_key = 'seizure' AND status = 'RUNNING'",
                Integer.class, id)).isEqualTo(1);
    }

    // ---- the order to correct (APL Art. 28) and forced-demolition.bpmn (ACL Art. 34-38, 43, 44) ----

    static final java.time.LocalDate SERVED = java.time.LocalDate.of(2026, 3, 10);
    static final java.time.LocalDate CORRECTION_DUE = SERVED.plusDays(30); // Thursday 2026-04-09

    /** A building order served on {@link #SERVED}, found not demolished, its demolition notice posted. */
    long buildingNoticed() {
        long id = scenario.buildingOrderServed(30);
        scenario.orderServedOn(id, SERVED, CORRECTION_DUE);
        assertThat(instance(id)).isWaitingAt("Task_FollowUpInspection");
        stepCompletion.completeStep(id, new StepInput.FollowUpInspection(CORRECTION_DUE.plusDays(1), false,
                "复查时违法加建的房屋仍未拆除。", StepInput.FollowUp.FORCED_DEMOLITION,
                List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang")), List.of("44190210001", "44190210002")),
                ZHANG);
        assertThat(instance(id)).isWaitingAt("CallActivity_ForcedDemolition");
        assertThat(openSteps(id)).containsExactly("Task_DemolitionNotice");
        stepCompletion.completeStep(id, new StepInput.DemolitionNotice(CORRECTION_DUE.plusDays(4), "三张镇新村 3 组违法建筑现场及村务公开栏",
                10, "限当事人于公告之日起十个工作日内自行拆除。"), ZHANG);
        assertThat(openSteps(id)).isEmpty();
        return id;
    }

    /** The demolition's process instance (called from the general procedure). */
    ProcessInstance demolition(long caseId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("forced-demolition")
                .superProcessInstanceId(instance(caseId).getId()).singleResult();
    }

    void fireTimer(ProcessInstance pi, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(activityId).singleResult();
        assertThat(job).as(activityId).isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }

    java.time.LocalDate stored(long caseId, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM forced_demolition WHERE case_id = ?", java.time.LocalDate.class,
                caseId);
    }

    @Test
    void aBuildingNotDemolishedIsDemolishedByForceAfterNoticeRemedyPeriodsReminderAndDecision() {
        long id = buildingNoticed();
        ProcessInstance pi = demolition(id);
        assertThat(pi).isWaitingAt("Timer_RemedyPeriodsLapsed");
        assertThat(stored(id, "remedy_lapses_on")).isEqualTo(java.time.LocalDate.of(2026, 9, 10)); // ALL Art. 46: 6 months
        fireTimer(pi, "Timer_RemedyPeriodsLapsed");
        assertThat(acts(id)).endsWith("REMEDY_PERIODS_LAPSED");
        assertThat(openSteps(id)).containsExactly("Task_DemolitionReminder");
        stepCompletion.completeStep(id, new StepInput.DemolitionReminder(java.time.LocalDate.of(2026, 9, 11), 10,
                "限十个工作日内自行拆除；逾期将依法强制拆除；有权陈述和申辩。"), ZHANG);
        stepCompletion.completeStep(id, new StepInput.DemolitionStatement(java.time.LocalDate.of(2026, 9, 14),
                StepInput.PartyResponse.STATED, "称房屋系自住。", false, "经复核，所称理由不能成立。"), ZHANG);
        assertThat(pi).isWaitingAt("Timer_ReminderPeriodLapsed");
        fireTimer(pi, "Timer_ReminderPeriodLapsed");
        assertThat(openSteps(id)).containsExactly("Task_DemolitionDecision");
        stepCompletion.completeStep(id, new StepInput.DemolitionDecision(stored(id, "reminder_ends_on").plusDays(1),
                "当事人在催告期限内未自行拆除，依据《行政强制法》第三十七条、第四十四条决定强制拆除。", "2026 年 10 月 9 日白天"), HEAD);
        java.time.LocalDate day = java.time.LocalDate.of(2026, 10, 9);
        stepCompletion.completeStep(id, new StepInput.ForcedDemolition(day.atTime(9, 0), day.atTime(16, 30),
                List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang")), List.of("44190210001", "44190210002"),
                "执法人员出示证件，宣读强制拆除决定书后实施拆除，拆除物品清点登记。", "村民委员会主任"), ZHANG, List.of("EMERGENCY"));
        assertThat(pi).isEnded();
        assertThat(instance(id)).isWaitingAt("Task_Closing");
        closeAndArchive(id);
        assertThat(instance(id)).hasPassedInOrder("Task_Service", "Task_FollowUpInspection", "CallActivity_ForcedDemolition",
                "Task_Closing").isEnded();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId("EndEvent_Demolished").count()).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT article FROM record_entry WHERE case_id = ? AND act = 'STEP_COMPLETED' "
                + "AND step LIKE 'Task_Demolition%' ORDER BY seq", String.class, id))
                .containsExactly("ACL Art. 44", "ACL Art. 35, 69", "ACL Art. 36", "ACL Art. 37");
    }

    @Test
    void aLawsuitFiledInTimeStopsTheForcedDemolition() {
        long id = buildingNoticed();
        forcedDemolitions.recordChallenge(id, new DemolitionChallenge(DemolitionChallenge.Kind.LITIGATION,
                java.time.LocalDate.of(2026, 9, 1), "（2026）某行初字第 12 号"), ZHANG);
        ProcessInstance pi = demolition(id);
        fireTimer(pi, "Timer_RemedyPeriodsLapsed");
        assertThat(pi).isEnded();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId("EndEvent_DemolitionStayed").count()).isEqualTo(1);
        assertThat(instance(id)).isWaitingAt("Task_Closing");
    }

    @Test
    void anAcceptedStatementEndsTheForcedDemolition() {
        long id = buildingNoticed();
        ProcessInstance pi = demolition(id);
        fireTimer(pi, "Timer_RemedyPeriodsLapsed");
        stepCompletion.completeStep(id, new StepInput.DemolitionReminder(java.time.LocalDate.of(2026, 9, 11), 10, "催告"), ZHANG);
        stepCompletion.completeStep(id, new StepInput.DemolitionStatement(java.time.LocalDate.of(2026, 9, 14),
                StepInput.PartyResponse.STATED, "已取得补办的乡村建设规划许可证。", true, "经核实属实，申辩成立。"), ZHANG);
        assertThat(pi).isEnded();
        assertThat(instance(id)).isWaitingAt("Task_Closing");
    }

    @Test
    void anOrderNotCarriedOutGoesToTheCourtAndTheCaseCloses() {
        long id = scenario.buildingOrderServed(0);
        stepCompletion.completeStep(id, new StepInput.FollowUpInspection(Scenario.today(), false, "仍在施工。",
                StepInput.FollowUp.NEW_CASE, List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang")),
                List.of("44190210001", "44190210002")), ZHANG);
        assertThat(instance(id)).isWaitingAt("Task_Closing");
        assertThat(jdbc.queryForObject("SELECT follow_up FROM correction_order WHERE case_id = ?", String.class, id))
                .isEqualTo("NEW_CASE");
    }

    StepInput.EvidencePreservation preservation() {
        return new StepInput.EvidencePreservation(Scenario.today(), "三张镇人民路 18 号门前",
                List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang")), List.of("44190210001", "44190210002"),
                "负责人刘洋批准（审批单 2026-09）", List.of("经营用遮阳棚 1 顶", "货架 2 个"), "现场登记保存，当事人签名确认。", true, null);
    }

    /** Runs a deadline timer the way the job executor would: with the engine's clock past its due moment. */
    void runTimerOnceDue(long id, String activity) {
        org.camunda.bpm.engine.runtime.Job job = timer(id, activity);
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new java.util.Date(job.getDuedate().getTime() + 1000));
        try {
            engine.getManagementService().executeJob(job.getId());
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    @Test
    void evidenceIsPreservedBesideTheInvestigationAndItsDisposalDecidedOrEscalated() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        investigations.startPreservation(id, "证据可能被转移", ZHANG);
        assertThat(openSteps(id)).containsExactly("Task_EvidencePreservation", "Task_Investigation");
        stepCompletion.completeStep(id, preservation(), ZHANG);
        assertThat(openSteps(id)).containsExactly("Task_Investigation", "Task_PreservationDisposal");
        runTimerOnceDue(id, "BoundaryTimer_PreservationDisposalDue");
        assertThat(jdbc.queryForObject("SELECT article FROM record_entry WHERE case_id = ? AND act = 'DEADLINE_EXPIRED'",
                String.class, id)).isEqualTo("APL Art. 56");
        stepCompletion.completeStep(id, new StepInput.PreservationDisposal(Scenario.today(),
                StepInput.PreservationOutcome.RELEASE, "已拍照固定，解除先行登记保存"), ZHANG);
        assertThat(openSteps(id)).containsExactly("Task_Investigation");
        assertThat(jdbc.queryForObject("SELECT status FROM case_deadline WHERE case_id = ? AND rule_key = 'preservation-disposal'",
                String.class, id)).isEqualTo("MET");
    }

    // ---- publicity.bpmn ----

    /** A summary decision of today, its publication drafted by running the redaction job. */
    Publication drafted(PenaltyType type, BigDecimal fine) {
        CaseRef ref = summaryProcedure.decideOnTheSpot(summary(type, fine), ZHANG);
        String number = jdbc.queryForObject("SELECT decision_number FROM case_decision WHERE case_id = ?", String.class, ref.id());
        Job job = engine.getManagementService().createJobQuery().processInstanceId(publicityProcess(number).getId())
                .activityId("ServiceTask_AutoRedact").singleResult();
        engine.getManagementService().executeJob(job.getId());
        return publications.byDecisionNumber(number);
    }

    ProcessInstance publicityProcess(String decisionNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("publicity")
                .processInstanceBusinessKey(decisionNumber).singleResult();
    }

    long publicityInstances(Publication p) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("publicity")
                .processInstanceBusinessKey(p.decisionNumber()).count();
    }

    Job publicityTimer(Publication p, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(publicityProcess(p.decisionNumber()).getId())
                .timers().activityId(activityId).singleResult();
    }

    @Autowired
    org.sanxiang.publicity.PublicationDrafting drafting;

    /**
     * The office setting {@code sanxiang.publicity.publish-warning-only}, false for this test only: set on the drafting
     * service the redaction job calls (a second application context with the property would cost a context start).
     */
    <T> T withWarningsUnpublished(java.util.function.Supplier<T> run) {
        org.sanxiang.publicity.PublicityProperties office = (org.sanxiang.publicity.PublicityProperties)
                org.springframework.test.util.ReflectionTestUtils.getField(drafting, "properties");
        try {
            java.lang.reflect.RecordComponent[] parts = org.sanxiang.publicity.PublicityProperties.class.getRecordComponents();
            Object[] values = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                values[i] = parts[i].getName().equals("publishWarningOnly") ? false : parts[i].getAccessor().invoke(office);
            }
            org.springframework.test.util.ReflectionTestUtils.setField(drafting, "properties",
                    org.sanxiang.publicity.PublicityProperties.class.getDeclaredConstructor(types).newInstance(values));
            return run.get();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        } finally {
            org.springframework.test.util.ReflectionTestUtils.setField(drafting, "properties", office);
        }
    }

    @Test
    void aWarningIsPublishedUnlessTheOfficeFollowsTheMarketRegulatorRule() {
        Publication published = drafted(PenaltyType.WARNING, null);
        assertThat(published.status()).as("publish-warning-only: true by default").isEqualTo(PublicationStatus.DRAFT);

        Publication p = withWarningsUnpublished(() -> drafted(PenaltyType.WARNING, null));
        assertThat(p.status()).isEqualTo(PublicationStatus.BLOCKED);
        assertThat(p.blockReason()).isEqualTo("WARNING_ONLY");
        assertThat(publicityInstances(p)).as("ended at 不予公示").isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("EndEvent_NotPublishedByPolicy")
                .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("publicity")
                        .processInstanceBusinessKey(p.decisionNumber()).singleResult().getId()).count()).isEqualTo(1);
    }

    @Test
    void aCheckedPublicationIsDisplayedUntilItsPeriodEnds() {
        Publication p = drafted(PenaltyType.FINE, new BigDecimal("200"));
        Publication published = checks.check(p.id(), true, false, null, null, Scenario.LI);
        assertThat(published.status()).isEqualTo(PublicationStatus.PUBLISHED);
        engine.getManagementService().executeJob(publicityTimer(p, "TimerEvent_DisplayEnds").getId());
        assertThat(publications.get(p.id()).status()).isEqualTo(PublicationStatus.EXPIRED);
        assertThat(acts(p.caseId())).contains("PUBLICATION_EXPIRED");
        assertThat(publicityInstances(p)).isZero();
    }

    @Test
    void theCheckerMayRefuseThePublication() {
        Publication p = drafted(PenaltyType.FINE, new BigDecimal("200"));
        Publication blocked = checks.check(p.id(), false, false, BlockReason.TRADE_SECRET, "涉及配方", Scenario.LI);
        assertThat(blocked.status()).isEqualTo(PublicationStatus.BLOCKED);
        assertThat(blocked.blockReason()).isEqualTo("TRADE_SECRET");
        assertThat(publicityInstances(p)).isZero();
    }

    @Test
    void aPublishedDecisionRevokedOnTheCaseIsWithdrawn() {
        Publication p = drafted(PenaltyType.FINE, new BigDecimal("200"));
        checks.check(p.id(), true, false, null, null, Scenario.LI);
        decisionRevocations.revokeDecision(p.caseId(), new DecisionRevocationInput(RevocationKind.REVOKED, "经行政复议撤销",
                "某府复决〔2026〕9号", null), HEAD);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(p.decisionNumber())
                .taskDefinitionKey("Task_Withdrawal").count()).isEqualTo(1);
        withdrawals.withdraw(p.id(), org.sanxiang.publicity.WithdrawalReason.REVOKED, "经行政复议撤销", Scenario.LI);
        assertThat(publications.get(p.id()).status()).isEqualTo(PublicationStatus.WITHDRAWN);
        assertThat(acts(p.caseId())).contains("WITHDRAWAL_STARTED", "PUBLICATION_WITHDRAWN");
        assertThat(publicityInstances(p)).isZero();
    }

    @Test
    void aDecisionRevokedBeforeTheCheckIsNeverPublished() {
        Publication p = drafted(PenaltyType.FINE, new BigDecimal("200"));
        decisionRevocations.revokeDecision(p.caseId(), new DecisionRevocationInput(RevocationKind.CHANGED, "复议变更",
                "某府复决〔2026〕10号", null), HEAD);
        Publication blocked = publications.get(p.id());
        assertThat(blocked.status()).isEqualTo(PublicationStatus.BLOCKED);
        assertThat(blocked.blockReason()).isEqualTo("DECISION_REVOKED");
        assertThat(publicityInstances(p)).isZero();
    }

    @Test
    void aMissedPublicationDeadlineIsEscalatedAndTheCheckStillOpen() {
        Publication p = drafted(PenaltyType.FINE, new BigDecimal("200"));
        engine.getManagementService().executeJob(publicityTimer(p, "BoundaryEvent_PublicationDue").getId());
        assertThat(publications.get(p.id()).overdue()).isTrue();
        assertThat(acts(p.caseId())).contains("PUBLICATION_OVERDUE");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(p.decisionNumber())
                .taskDefinitionKey("Task_RedactionCheck").count()).isEqualTo(1);
    }

    // ---- the coverage check: last ----

    /**
     * Flows no test can take. Keep this minimal; each entry says why it cannot be driven.
     */
    static final java.util.Set<String> CANNOT_BE_DRIVEN = java.util.Set.of();

    /**
     * Flows out of an event-based gateway, each with the flow out of the catch event it leads to. The engine fires no
     * take listener on the former (the event that arrives enters its catch event directly), so it counts as taken
     * when the latter was.
     */
    static final java.util.Map<String, String> AFTER_EVENT_GATEWAYS = new java.util.HashMap<>();

    static java.util.SortedSet<String> allSequenceFlows() throws java.io.IOException {
        java.util.SortedSet<String> all = new java.util.TreeSet<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("bpmn"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                    ModelElementInstance scope = flow.getParentElement();
                    while (!(scope instanceof Process)) {
                        scope = scope.getParentElement();
                    }
                    String key = ((Process) scope).getId();
                    all.add(key + ":" + flow.getId());
                    if (flow.getSource() instanceof org.camunda.bpm.model.bpmn.instance.EventBasedGateway) {
                        java.util.Collection<SequenceFlow> next = flow.getTarget().getOutgoing();
                        assertThat(next).as("the catch event after " + flow.getId() + " has one outgoing flow").hasSize(1);
                        AFTER_EVENT_GATEWAYS.put(key + ":" + flow.getId(), key + ":" + next.iterator().next().getId());
                    }
                }
            }
        }
        return all;
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void everySequenceFlowOfEveryModelIsTakenByAPathOfThisClass() throws Exception {
        java.util.SortedSet<String> all = allSequenceFlows();
        assertThat(all).as("the models were read").hasSizeGreaterThan(80)
                .anyMatch(f -> f.startsWith("general-procedure:")).anyMatch(f -> f.startsWith("legal-review:"))
                .anyMatch(f -> f.startsWith("summary-procedure:")).anyMatch(f -> f.startsWith("publicity:"));
        assertThat(all).as("every excepted flow exists").containsAll(CANNOT_BE_DRIVEN);
        java.util.Set<String> taken = FlowCoverage.taken();
        java.util.List<String> untaken = all.stream()
                .filter(f -> !taken.contains(f) && !taken.contains(AFTER_EVENT_GATEWAYS.getOrDefault(f, f)))
                .filter(f -> !CANNOT_BE_DRIVEN.contains(f)).toList();
        assertThat(untaken).as("sequence flows no path test took").isEmpty();
    }

    SummaryDecisionInput summary(PenaltyType type, BigDecimal fine) {
        return new SummaryDecisionInput(scenario.bodyId(), scenario.matterId("GF-002"), "未在指定地点分类投放生活垃圾。",
                "三张镇新村", Scenario.today(), Scenario.person(),
                List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang")), type, fine);
    }
}
