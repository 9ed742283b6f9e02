package org.sanxiang.publicity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sanxiang.cases.CaseRef;
import org.sanxiang.cases.LeadSource;
import org.sanxiang.cases.PartyInput;
import org.sanxiang.cases.PartyKind;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.RegisterLead;
import org.sanxiang.cases.Scenario;
import org.sanxiang.cases.SummaryDecisionInput;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decisions with personal data in their facts, made through the case service so that DecisionMade fires,
 * and their publications drafted by running the asynchronous redaction job.
 */
class PublicityFixtures {

    static final String PARTY_ID = "44190219850312105X";
    static final String FACTS = "当事人王某某（公民身份号码44190219850312105X，联系电话138-2233-4455）于三张镇人民路 18 号门前"
            + "占道经营，证人李小红（电话13912345678）在场；当事人以银行卡6222021234567890123缴款，其粤G·12345号三轮车停放在旁。";

    final org.sanxiang.cases.LeadRegistration leadRegistration;
    final org.sanxiang.cases.SummaryProcedure summaryProcedure;
    final org.sanxiang.cases.StepCompletion stepCompletion;
    final org.sanxiang.cases.Investigations investigations;
    final org.sanxiang.cases.CaseSupervision caseSupervision;
    final JdbcTemplate jdbc;
    final ProcessEngine engine;
    final Scenario scenario;

    PublicityFixtures(org.sanxiang.cases.LeadRegistration leadRegistration,
            org.sanxiang.cases.SummaryProcedure summaryProcedure, org.sanxiang.cases.StepCompletion stepCompletion,
            org.sanxiang.cases.Investigations investigations, org.sanxiang.cases.CaseSupervision caseSupervision,
            JdbcTemplate jdbc, ProcessEngine engine) {
        this.caseSupervision = caseSupervision;
        this.leadRegistration = leadRegistration;
        this.summaryProcedure = summaryProcedure;
        this.stepCompletion = stepCompletion;
        this.investigations = investigations;
        this.jdbc = jdbc;
        this.engine = engine;
        this.scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
    }

    /** The asynchronous 自动脱敏 job of a decision's publication process (the job executor is off in tests). */
    static Job redactionJob(ProcessEngine engine, String decisionNumber) {
        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("publicity")
                .processInstanceBusinessKey(decisionNumber).singleResult();
        return process == null ? null : engine.getManagementService().createJobQuery().processInstanceId(process.getId())
                .activityId("ServiceTask_AutoRedact").singleResult();
    }

    /** Runs the 自动脱敏 job of the decision, as the job executor would; answers the decision number. */
    static String redacted(ProcessEngine engine, String decisionNumber) {
        Job job = redactionJob(engine, decisionNumber);
        if (job == null) {
            throw new AssertionError("no redaction job for " + decisionNumber);
        }
        engine.getManagementService().executeJob(job.getId());
        return decisionNumber;
    }

    static PartyInput person() {
        return new PartyInput(PartyKind.NATURAL_PERSON, "王某某", PARTY_ID, null, null, "13822334455", "三张镇人民路 18 号");
    }

    /** 简易程序 decision by zhangwei on {@code decidedOn}, its publication drafted; returns the decision number. */
    String summaryDecision(LocalDate decidedOn, PenaltyType type, BigDecimal fine) {
        return redacted(engine, summaryDecisionAwaitingRedaction(decidedOn, type, fine));
    }

    /** As {@link #summaryDecision}, the redaction job not yet run. */
    String summaryDecisionAwaitingRedaction(LocalDate decidedOn, PenaltyType type, BigDecimal fine) {
        CaseRef ref = summaryProcedure.decideOnTheSpot(new SummaryDecisionInput(scenario.bodyId(),
                scenario.matterId("SR-001"), FACTS, "三张镇人民路", decidedOn, person(),
                List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang")), type, fine), Scenario.ZHANG);
        return decisionNumber(ref.id());
    }

    /** 一般程序 penalty decision by the head (liuyang), today; returns the decision number. */
    String generalDecision() {
        RegisterLead lead = scenario.lead(person());
        RegisterLead withFacts = new RegisterLead(lead.bodyId(), LeadSource.INSPECTION, lead.matterId(), FACTS, lead.actDate(),
                lead.discoveredOn(), lead.place(), false, lead.party(), lead.handlerIds());
        CaseRef ref = leadRegistration.registerLead(withFacts, Scenario.ZHANG);
        stepCompletion.completeStep(ref.id(), new org.sanxiang.cases.StepInput.FilingApproval(true, "同意立案"), Scenario.HEAD);
        scenario.investigate(ref.id());
        stepCompletion.completeStep(ref.id(), Scenario.penalty(new BigDecimal("1000")), Scenario.ZHANG);
        stepCompletion.completeStep(ref.id(), Scenario.notice(new BigDecimal("1000")), Scenario.ZHANG);
        stepCompletion.completeStep(ref.id(), Scenario.statement(false), Scenario.ZHANG);
        stepCompletion.completeStep(ref.id(), Scenario.decision(new BigDecimal("800")), Scenario.HEAD);
        return redacted(engine, decisionNumber(ref.id()));
    }

    String decisionNumber(long caseId) {
        return jdbc.queryForObject("SELECT decision_number FROM case_decision WHERE case_id = ?", String.class, caseId);
    }
}
