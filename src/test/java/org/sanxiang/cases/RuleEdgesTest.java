package org.sanxiang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.cases.Scenario.HEAD;
import static org.sanxiang.cases.Scenario.REVIEWER;
import static org.sanxiang.cases.Scenario.ZHANG;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.review.ReviewOutcome;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The rules of the foundation at their edges: below / at / above a threshold; the day before / of / after a limit. */
@SanxiangTest
class RuleEdgesTest extends org.sanxiang.cases.CaseServices {

    @Autowired
    JdbcTemplate jdbc;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
    }

    int cases() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM enf_case", Integer.class);
    }

    static org.assertj.core.api.AbstractThrowableAssert<?, ?> assertProblem(Runnable call, String slug, String article) {
        return assertThatThrownBy(call::run).isInstanceOf(Problem.class)
                .satisfies(e -> {
                    assertThat(((Problem) e).slug()).isEqualTo(slug);
                    assertThat(((Problem) e).article()).isEqualTo(article);
                });
    }

    SummaryDecisionInput summary(PartyInput party, BigDecimal fine) {
        return new SummaryDecisionInput(scenario.bodyId(), scenario.matterId("GF-002"), "未分类投放生活垃圾。", "三张镇新村",
                Scenario.today(), party, List.of(scenario.officerId("zhangwei"), scenario.officerId("liqiang")),
                PenaltyType.FINE, fine);
    }

    /** The on-the-spot decision was made: a decided summary case whose decision carries the fine. */
    void assertDecidedOnTheSpot(CaseRef ref, String fine) {
        assertThat(jdbc.queryForObject("SELECT CONCAT(case_number, '|', status, '|', procedure_kind) FROM enf_case WHERE id = ?",
                String.class, ref.id())).isEqualTo(ref.caseNumber() + "|DECIDED|SUMMARY");
        assertThat(jdbc.queryForObject("SELECT fine_amount FROM case_decision WHERE case_id = ? AND kind = 'SUMMARY_PENALTY'",
                BigDecimal.class, ref.id())).isEqualByComparingTo(fine);
        assertThat(jdbc.queryForObject("SELECT decision_number FROM case_decision WHERE case_id = ?", String.class, ref.id()))
                .isEqualTo(ref.caseNumber());
    }

    @Test
    void summaryProcedureAllowsNaturalPersonFinesUpTo200Yuan() {
        assertDecidedOnTheSpot(summaryProcedure.decideOnTheSpot(summary(Scenario.person(), new BigDecimal("199.99")), ZHANG), "199.99");
        assertDecidedOnTheSpot(summaryProcedure.decideOnTheSpot(summary(Scenario.person(), new BigDecimal("200")), ZHANG), "200.00");
        int before = cases();
        assertProblem(() -> summaryProcedure.decideOnTheSpot(summary(Scenario.person(), new BigDecimal("200.01")), ZHANG),
                "summary-procedure-limit", "APL Art. 51");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void summaryProcedureAllowsOrganisationFinesUpTo3000Yuan() {
        assertDecidedOnTheSpot(summaryProcedure.decideOnTheSpot(summary(Scenario.company(), new BigDecimal("3000")), ZHANG), "3000.00");
        assertProblem(() -> summaryProcedure.decideOnTheSpot(summary(Scenario.company(), new BigDecimal("3000.01")), ZHANG),
                "summary-procedure-limit", "APL Art. 51");
    }

    @Test
    void summaryProcedureRefusesPenaltiesOtherThanWarningOrFine() {
        SummaryDecisionInput in = summary(Scenario.person(), null);
        SummaryDecisionInput confiscation = new SummaryDecisionInput(in.bodyId(), in.matterId(), in.facts(), in.place(),
                in.decidedOn(), in.party(), in.handlerIds(), PenaltyType.CONFISCATE_PROPERTY, null);
        assertProblem(() -> summaryProcedure.decideOnTheSpot(confiscation, ZHANG), "summary-procedure-kind", "APL Art. 51");
    }

    RegisterLead leadWithDates(LocalDate actDate, LocalDate discoveredOn) {
        RegisterLead l = scenario.lead(Scenario.person());
        return new RegisterLead(l.bodyId(), l.source(), l.matterId(), l.facts(), actDate, discoveredOn, l.place(),
                false, l.party(), l.handlerIds());
    }

    @Test
    void limitationOfTwoYearsCountsTheDayItEndsAsWithin() {
        LocalDate discovered = Scenario.today();
        long dayBefore = leadRegistration.registerLead(leadWithDates(discovered.minusYears(2).plusDays(1), discovered), ZHANG).id();
        long dayOf = leadRegistration.registerLead(leadWithDates(discovered.minusYears(2), discovered), ZHANG).id();
        long dayAfter = leadRegistration.registerLead(leadWithDates(discovered.minusYears(2).minusDays(1), discovered), ZHANG).id();
        stepCompletion.completeStep(dayBefore, new StepInput.FilingApproval(true, "同意"), HEAD);
        stepCompletion.completeStep(dayOf, new StepInput.FilingApproval(true, "同意"), HEAD);
        assertProblem(() -> stepCompletion.completeStep(dayAfter, new StepInput.FilingApproval(true, "同意"), HEAD),
                "limitation-expired", "APL Art. 36");
        assertThat(jdbc.queryForObject("SELECT status FROM enf_case WHERE id = ?", String.class, dayAfter)).isEqualTo("LEAD");
        // the head may still refuse to file it
        stepCompletion.completeStep(dayAfter, new StepInput.FilingApproval(false, "超过追责时效"), HEAD);
    }

    @Test
    void fewerThanTwoCertifiedHandlersCannotFileACase() {
        RegisterLead l = scenario.lead(Scenario.person());
        RegisterLead one = new RegisterLead(l.bodyId(), l.source(), l.matterId(), l.facts(), l.actDate(), l.discoveredOn(),
                l.place(), false, l.party(), List.of(scenario.officerId("zhangwei")));
        assertProblem(() -> leadRegistration.registerLead(one, ZHANG), "too-few-handlers", "APL Art. 42");
    }

    @Test
    void handlerWithoutCertificateForTheMattersFieldCannotBeAssigned() {
        RegisterLead l = scenario.lead(Scenario.person());
        // 赵敏's certificate covers 市容环卫 only; 违法建设 is 城乡规划
        RegisterLead planning = new RegisterLead(l.bodyId(), l.source(), scenario.matterId("CX-001"), l.facts(),
                l.actDate(), l.discoveredOn(), l.place(), false, l.party(),
                List.of(scenario.officerId("zhangwei"), scenario.officerId("zhaomin")));
        assertProblem(() -> leadRegistration.registerLead(planning, ZHANG), "certificate-not-valid", "APL Art. 42");
    }

    @Test
    void investigationRecordMustListTheCertificatesOfTheOfficersPresent() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        InvestigationRecordInput r = scenario.onSiteRecord();
        InvestigationRecordInput wrong = new InvestigationRecordInput(r.kind(), r.recordedOn(), r.place(), r.officerIds(),
                List.of("44190210001", "44190210003"), r.content());
        assertProblem(() -> investigations.addInvestigationRecord(id, wrong, ZHANG), "certificates-shown-mismatch", "APL Art. 55");
        // the model's requiredRecords (现场检查笔录|询问笔录) are checked first (G118; APL Art. 47, 55)
        assertProblem(() -> stepCompletion.completeStep(id, new StepInput.InvestigationDone(null), ZHANG),
                "required-records-missing", "G118; APL Art. 47");
    }

    @Test
    void penaltyMayNotExceedWhatThePriorNoticeProposed() {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("1000")), ZHANG);
        stepCompletion.completeStep(id, Scenario.notice(new BigDecimal("1000")), ZHANG);
        assertProblem(() -> stepCompletion.completeStep(id, Scenario.statement(true), ZHANG), "no-hearing-right", "APL Art. 63");
        stepCompletion.completeStep(id, Scenario.statement(false), ZHANG);
        assertProblem(() -> stepCompletion.completeStep(id, Scenario.decision(new BigDecimal("1000.01")), HEAD),
                "penalty-increased-after-defence", "APL Art. 45");
        stepCompletion.completeStep(id, Scenario.decision(new BigDecimal("1000")), HEAD);
        assertProblem(() -> stepCompletion.completeStep(id, new StepInput.ServiceRecord(StepInput.ServiceMethod.ELECTRONIC,
                Scenario.today(), "王某某", null), ZHANG), "electronic-service-without-consent", "APL Art. 61");
        assertProblem(() -> stepCompletion.completeStep(id, Scenario.paid(new BigDecimal("1000")), ZHANG),
                "step-not-current", null);
    }

    @Test
    void hearingRightStartsAtTheThreshold() {
        long below = filedAndNotified(new BigDecimal("4999.99"));
        assertProblem(() -> stepCompletion.completeStep(below, Scenario.statement(true), ZHANG), "no-hearing-right", "APL Art. 63");
        long at = filedAndNotified(new BigDecimal("5000"));
        stepCompletion.completeStep(at, Scenario.statement(true), ZHANG);
        assertThat(jdbc.queryForObject("SELECT current_step FROM enf_case WHERE id = ?", String.class, at)).isEqualTo("Task_Hearing");
    }

    long filedAndNotified(BigDecimal fine) {
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(fine), ZHANG);
        if (jdbc.queryForObject("SELECT current_step FROM enf_case WHERE id = ?", String.class, id).equals("Task_LegalReview")) {
            scenario.reviewAs(REVIEWER, id, Scenario.review(ReviewOutcome.AGREE, "同意", null));
        }
        stepCompletion.completeStep(id, Scenario.notice(fine), ZHANG);
        return id;
    }

    @Test
    void majorDecisionStartsAtTheCatalogueThreshold() {
        long below = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(below);
        stepCompletion.completeStep(below, Scenario.penalty(new BigDecimal("4999.99")), ZHANG);
        assertThat(jdbc.queryForObject("SELECT current_step FROM enf_case WHERE id = ?", String.class, below)).isEqualTo("Task_PriorNotice");
        long at = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(at);
        stepCompletion.completeStep(at, Scenario.penalty(new BigDecimal("5000")), ZHANG);
        assertThat(jdbc.queryForObject("SELECT current_step FROM enf_case WHERE id = ?", String.class, at)).isEqualTo("Task_LegalReview");
    }

    @Test
    void hearingChairMayNotBeAnInvestigator() {
        long id = filedAndNotified(new BigDecimal("6000"));
        stepCompletion.completeStep(id, Scenario.statement(true), ZHANG);
        // the chair is named by the hearing notice: a handler (李强) is refused there
        assertProblem(() -> hearings.serveHearingNotice(id, Scenario.hearingNotice(scenario.officerId("liqiang")), ZHANG),
                "hearing-chair-is-investigator", "APL Art. 64");
    }

    @Test
    void onlyHandlersHeadsAndIndependentReviewersAct() {
        long id = leadRegistration.registerLead(scenario.lead(Scenario.person()), ZHANG).id();
        assertProblem(() -> stepCompletion.completeStep(id, new StepInput.FilingApproval(true, "同意"), ZHANG), "role-required", null);
        stepCompletion.completeStep(id, new StepInput.FilingApproval(true, "同意"), HEAD);
        Actor wang = Scenario.WANG;
        assertProblem(() -> investigations.addInvestigationRecord(id, scenario.onSiteRecord(), wang), "not-a-handler", "APL Art. 42");
        scenario.investigate(id);
        stepCompletion.completeStep(id, Scenario.penalty(new BigDecimal("9000")), ZHANG);
        Actor handlerAsReviewer = new Actor("liqiang", Set.of("reviewer", "officer"));
        assertProblem(() -> scenario.reviewAs(handlerAsReviewer, id, Scenario.review(ReviewOutcome.AGREE, "同意", null)), "reviewer-is-handler", "APL Art. 58");
    }

    @Test
    void stepDataIsValidatedNamingTheField() {
        long id = leadRegistration.registerLead(scenario.lead(Scenario.person()), ZHANG).id();
        assertThatThrownBy(() -> stepCompletion.completeStep(id, new StepInput.FilingApproval(true, " "), HEAD))
                .isInstanceOf(CaseProblems.StepDataInvalid.class)
                .satisfies(e -> assertThat(((Problem) e).field()).isEqualTo("opinion"));
        PartyInput badId = new PartyInput(PartyKind.NATURAL_PERSON, "王某", "110105194912310021", null, null, null, null);
        assertThatThrownBy(() -> leadRegistration.registerLead(scenario.lead(badId), ZHANG))
                .satisfies(e -> assertThat(((Problem) e).field()).isEqualTo("party.idNumber"));
    }
}
