package org.sanxiang.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.Scenario;
import org.sanxiang.process.Forbidden;
import org.sanxiang.publicity.PublicityProblems.BlockReasonRequired;
import org.sanxiang.publicity.PublicityProblems.CheckByDecider;
import org.sanxiang.publicity.PublicityProblems.PublicationBeforeCheck;
import org.sanxiang.publicity.PublicityProblems.PublicationBlocked;
import org.sanxiang.publicity.PublicityProblems.WithdrawalReasonRequired;
import org.sanxiang.recording.CaseRecord;
import org.sanxiang.recording.RecordEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SanxiangTest
class PublicityProcessTest {

    @Autowired org.sanxiang.cases.LeadRegistration leadRegistration;

    @Autowired org.sanxiang.cases.SummaryProcedure summaryProcedure;

    @Autowired org.sanxiang.cases.StepCompletion stepCompletion;

    @Autowired org.sanxiang.cases.Investigations investigations;

    @Autowired org.sanxiang.cases.CaseSupervision caseSupervision;

    @Autowired org.sanxiang.cases.DecisionRevocations decisionRevocations;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired PublicationDrafting drafting;
    @Autowired PublicationChecks checks;
    @Autowired PublicationPublishing publishing;
    @Autowired PublicationWithdrawals withdrawals;
    @Autowired PublicationQueries queries;
    @Autowired Deadlines deadlines;
    @Autowired CaseRecord record;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;

    PublicityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PublicityFixtures(leadRegistration, summaryProcedure, stepCompletion, investigations, caseSupervision, jdbc, engine);
    }

    Publication drafted(LocalDate decidedOn) {
        return queries.byDecisionNumber(fixtures.summaryDecision(decidedOn, PenaltyType.FINE, new BigDecimal("200")));
    }

    Task openTask(Publication p, String key) {
        return tasks.createTaskQuery().processDefinitionKey("publicity").processInstanceBusinessKey(p.decisionNumber())
                .taskDefinitionKey(key).singleResult();
    }

    @Test
    void decisionStartsPublicationWithRedactedDraftAwaitingSecondPersonCheck() {
        Publication p = drafted(Scenario.today());

        assertThat(p.status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(p.partyDisplay()).isEqualTo("王某");
        assertThat(p.violation()).doesNotContain(PublicityFixtures.PARTY_ID, "138-2233-4455", "13912345678",
                "6222021234567890123", "粤G·12345", "李小红", "人民路").contains("三张镇");
        assertThat(p.redactedFields()).contains("ID_NUMBER", "MOBILE", "BANK_CARD", "LICENCE_PLATE", "PERSON_NAME", "ADDRESS");
        assertThat(p.dueRule()).isEqualTo("publication-penalty");
        assertThat(p.dueDate()).isEqualTo(deadlines.due("publication-penalty", Scenario.today()).dueDate());
        Task check = openTask(p, "Task_RedactionCheck");
        assertThat(check).isNotNull();
        assertThat(check.getDueDate()).isEqualTo(deadlines.endOfDay(p.dueDate()));
        // the unredacted decision never reaches the engine's variables
        assertThat(runtime.getVariables(check.getProcessInstanceId())).doesNotContainKey("decision");
    }

    @Test
    void redactionIsAJobThatDraftsFromTheStoredDecisionAndThenForgetsItsPersonalData() {
        String number = fixtures.summaryDecisionAwaitingRedaction(Scenario.today(), PenaltyType.FINE, new BigDecimal("200"));
        Job job = PublicityFixtures.redactionJob(engine, number);
        assertThat(job).as("自动脱敏 runs as a job after the deciding transaction").isNotNull();
        assertThat(job.getRetries()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM publication WHERE decision_number = ?", Long.class, number)).isZero();
        assertThat(jdbc.queryForObject("SELECT party_id_number FROM publication_input WHERE decision_number = ?", String.class,
                number)).isEqualTo(PublicityFixtures.PARTY_ID);
        assertThat(runtime.getVariables(job.getProcessInstanceId()).values()).extracting(String::valueOf)
                .noneMatch(v -> v.contains(PublicityFixtures.PARTY_ID) || v.contains("王某某"));

        management.executeJob(job.getId());

        Publication p = queries.byDecisionNumber(number);
        assertThat(p.status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(p.violation()).doesNotContain(PublicityFixtures.PARTY_ID);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM publication_input WHERE decision_number = ?", Long.class, number))
                .as("the unredacted copy is deleted with the draft").isZero();
        assertThat(openTask(p, "Task_RedactionCheck")).isNotNull();
        assertThat(drafting.draft(number, job.getProcessInstanceId()).id()).as("a job run twice drafts once").isEqualTo(p.id());
    }

    @Test
    void aFailingRedactionIsRetriedAndBecomesAnIncidentWhileTheDecisionStands() {
        String number = fixtures.summaryDecisionAwaitingRedaction(Scenario.today(), PenaltyType.FINE, new BigDecimal("200"));
        // a technical failure: the stored decision cannot be read
        jdbc.update("UPDATE publication_input SET decision_number = CONCAT(decision_number, '-lost') WHERE decision_number = ?",
                number);
        Job job = PublicityFixtures.redactionJob(engine, number);

        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("no stored decision");
        Job retried = management.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(retried.getRetries()).isEqualTo(2);
        assertThat(retried.getExceptionMessage()).contains("no stored decision");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_decision WHERE decision_number = ?", Long.class, number))
                .as("the decision is not rolled back").isOne();
        assertThat(runtime.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count()).isZero();

        // repaired before the retries run out: the next attempt drafts
        jdbc.update("UPDATE publication_input SET decision_number = ? WHERE decision_number = ?", number, number + "-lost");
        management.executeJob(job.getId());
        assertThat(queries.byDecisionNumber(number).status()).isEqualTo(PublicationStatus.DRAFT);
    }

    @Test
    void aRedactionFailingEveryRetryBecomesACockpitIncident() {
        String number = fixtures.summaryDecisionAwaitingRedaction(Scenario.today(), PenaltyType.FINE, new BigDecimal("200"));
        jdbc.update("DELETE FROM publication_input WHERE decision_number = ?", number);
        Job job = PublicityFixtures.redactionJob(engine, number);
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("no stored decision");
        }

        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
        assertThat(runtime.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).activityId("ServiceTask_AutoRedact")
                .incidentType("failedJob").count()).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_decision WHERE decision_number = ?", Long.class, number))
                .isOne();
    }

    @Test
    void headDecisionStartsPublicationToo() {
        Publication p = queries.byDecisionNumber(fixtures.generalDecision());
        assertThat(p.status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(p.decidedBy()).isEqualTo("liuyang");
        assertThat(p.penaltyContent()).contains("罚款 800 元");
    }

    @Test
    void secondPersonCheckPublishesWithDisplayPeriodOfLowFine() {
        Publication p = drafted(Scenario.today());
        Publication published = checks.check(p.id(), true, false, null, null, Scenario.LI);

        assertThat(published.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(published.checkedBy()).isEqualTo("liqiang");
        assertThat(published.publishedOn()).isEqualTo(Scenario.today());
        assertThat(published.displayUntil()).isEqualTo(Scenario.today().plusMonths(3));
        assertThat(published.overdue()).isFalse();
        assertThat(record.timeline(p.caseId())).extracting(RecordEntry::act)
                .contains("PUBLICATION_CHECKED", "PUBLICATION_PUBLISHED");
        assertThat(runtime.createEventSubscriptionQuery().processInstanceId(processOf(p))
                .eventName(PublicationWithdrawals.DECISION_REVOKED).count()).isEqualTo(1);
    }

    @Test
    void deciderMayNotCheckTheirOwnDecision() {
        Publication p = drafted(Scenario.today());
        assertThatThrownBy(() -> checks.check(p.id(), true, false, null, null, Scenario.ZHANG))
                .isInstanceOf(CheckByDecider.class).isInstanceOf(Forbidden.class);
        assertThat(queries.get(p.id()).status()).isEqualTo(PublicationStatus.DRAFT);
    }

    @Test
    void reviewerWithoutOfficerOrHeadRoleMayNotCheck() {
        Publication p = drafted(Scenario.today());
        assertThatThrownBy(() -> checks.check(p.id(), true, false, null, null, Scenario.REVIEWER))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void refusesPublishingBeforeTheCheck() {
        Publication p = drafted(Scenario.today());
        assertThatThrownBy(() -> publishing.publish(p.id(), Scenario.LI)).isInstanceOf(PublicationBeforeCheck.class);
        assertThat(queries.get(p.id()).status()).isEqualTo(PublicationStatus.DRAFT);
    }

    @Test
    void minorPartyBlocksPublicationAndABlockedCaseIsNeverPublished() {
        Publication p = drafted(Scenario.today());
        Publication blocked = checks.check(p.id(), true, true, null, null, Scenario.HEAD);

        assertThat(blocked.status()).isEqualTo(PublicationStatus.BLOCKED);
        assertThat(blocked.blockReason()).isEqualTo("MINOR");
        assertThatThrownBy(() -> publishing.publish(p.id(), Scenario.LI)).isInstanceOf(PublicationBlocked.class);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("publicity").processInstanceBusinessKey(p.decisionNumber()).count()).isZero();
        assertThat(record.timeline(p.caseId())).extracting(RecordEntry::act).contains("PUBLICATION_BLOCKED");
    }

    @Test
    void checkerRemovesTermsTheAutomaticRedactionCouldNotKnow() {
        Publication p = drafted(Scenario.today());
        Publication published = checks.check(p.id(), true, false, null, null, java.util.List.of("三轮车"), Scenario.LI);
        assertThat(published.violation()).doesNotContain("三轮车");
    }

    @Test
    void refusesARejectedCheckWithoutReasonAndRecordsTradeSecret() {
        Publication p = drafted(Scenario.today());
        assertThatThrownBy(() -> checks.check(p.id(), false, false, null, null, Scenario.LI))
                .isInstanceOf(BlockReasonRequired.class);
        Publication blocked = checks.check(p.id(), false, false, BlockReason.TRADE_SECRET, "涉及配方", Scenario.LI);
        assertThat(blocked.status()).isEqualTo(PublicationStatus.BLOCKED);
        assertThat(blocked.blockReason()).isEqualTo("TRADE_SECRET");
        assertThat(blocked.blockDetail()).isEqualTo("涉及配方");
    }

    @Test
    void refusesWithdrawalWithoutReason() {
        Publication p = checks.check(drafted(Scenario.today()).id(), true, false, null, null, Scenario.LI);
        assertThatThrownBy(() -> withdrawals.withdraw(p.id(), null, "无理由", Scenario.LI))
                .isInstanceOf(WithdrawalReasonRequired.class);
        assertThat(queries.get(p.id()).status()).isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void revokedDecisionOpensWithdrawalTaskDueInThreeWorkingDaysAndWithdrawalEndsTheProcess() {
        Publication p = checks.check(drafted(Scenario.today()).id(), true, false, null, null, Scenario.LI);
        Publication revoked = withdrawals.decisionRevoked(p.decisionNumber(), WithdrawalReason.REVOKED, "经行政复议撤销",
                Scenario.today(), Scenario.HEAD);

        LocalDate due = deadlines.due("withdrawal", Scenario.today()).dueDate();
        assertThat(revoked.withdrawalDue()).isEqualTo(due);
        Task withdrawal = openTask(p, "Task_Withdrawal");
        assertThat(withdrawal.getDueDate()).isEqualTo(deadlines.endOfDay(due));

        Publication withdrawn = withdrawals.withdraw(p.id(), WithdrawalReason.REVOKED, "经行政复议撤销", Scenario.LI);
        assertThat(withdrawn.status()).isEqualTo(PublicationStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawnOn()).isEqualTo(Scenario.today());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("publicity").processInstanceBusinessKey(p.decisionNumber()).count()).isZero();
        assertThat(record.timeline(p.caseId())).extracting(RecordEntry::act)
                .contains("WITHDRAWAL_STARTED", "PUBLICATION_WITHDRAWN");
    }

    @Test
    void decisionRevokedBeforePublicationIsNeverPublished() {
        Publication p = drafted(Scenario.today());
        Publication blocked = withdrawals.decisionRevoked(p.decisionNumber(), WithdrawalReason.CHANGED, null,
                Scenario.today(), Scenario.HEAD);
        assertThat(blocked.status()).isEqualTo(PublicationStatus.BLOCKED);
        assertThat(blocked.blockReason()).isEqualTo("DECISION_REVOKED");
        assertThat(openTask(p, "Task_RedactionCheck")).isNull();
    }

    @Test
    void missedPublicationDeadlineEscalatesAndLatePublicationIsFlagged() {
        LocalDate longAgo = Scenario.today().minusDays(40);
        Publication p = drafted(longAgo);
        assertThat(p.dueDate()).isEqualTo(deadlines.due("publication-penalty", longAgo).dueDate()).isBefore(Scenario.today());

        Job timer = management.createJobQuery().processInstanceId(processOf(p)).timers()
                .activityId("BoundaryEvent_PublicationDue").singleResult();
        assertThat(timer.getDuedate()).isEqualTo(deadlines.endOfDay(p.dueDate()));
        management.executeJob(timer.getId());

        assertThat(queries.get(p.id()).overdue()).isTrue();
        assertThat(record.timeline(p.caseId())).extracting(RecordEntry::act).contains("PUBLICATION_OVERDUE");
        assertThat(openTask(p, "Task_RedactionCheck")).as("the timer does not interrupt the check").isNotNull();

        Publication published = checks.check(p.id(), true, false, null, null, Scenario.LI);
        assertThat(published.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(published.overdue()).isTrue();
    }

    @Test
    void displayPeriodEndsThePublicationButNotTheRecord() {
        Publication p = checks.check(drafted(Scenario.today()).id(), true, false, null, null, Scenario.LI);
        Job timer = management.createJobQuery().processInstanceId(processOf(p)).timers()
                .activityId("TimerEvent_DisplayEnds").singleResult();
        assertThat(timer.getDuedate()).isEqualTo(deadlines.endOfDay(p.displayUntil()));
        management.executeJob(timer.getId());

        assertThat(queries.get(p.id()).status()).isEqualTo(PublicationStatus.EXPIRED);
        assertThat(record.timeline(p.caseId())).extracting(RecordEntry::act).contains("PUBLICATION_EXPIRED");
    }

    @Test
    void refusesCompletingTheCheckOutsideThePublicationService() {
        Publication p = drafted(Scenario.today());
        Task check = openTask(p, "Task_RedactionCheck");
        assertThatThrownBy(() -> tasks.complete(check.getId(), java.util.Map.of("approved", true)))
                .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class)
                .hasMessageContaining("completion-outside-case-service");
        assertThat(queries.get(p.id()).status()).isEqualTo(PublicationStatus.DRAFT);
    }

    String processOf(Publication p) {
        return jdbc.queryForObject("SELECT process_instance_id FROM publication WHERE id = ?", String.class, p.id());
    }
}
