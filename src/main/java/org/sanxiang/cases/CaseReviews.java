package org.sanxiang.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.sanxiang.cases.persistence.CaseMapper;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import lombok.RequiredArgsConstructor;

/**
 * The case's side of the legal review. Whether a case's decision is major (G118; APL Art. 58): the office's catalogue
 * ({@code bpmn/major-decision.dmn}) evaluated on the facts in our tables — the latest 调查终结, and after a
 * hearing the penalty the prior notice proposed — never on the engine's {@code majorDecision} variable,
 * which a Camunda administrator can write.
 */
@Component
@RequiredArgsConstructor
public class CaseReviews {

    static final String CATALOGUE = "major-decision";
    static final String HEARING_RIGHT = "hearing-right";

    private final CaseMapper cases;
    private final DecisionService decisions;
    private final PenaltyPolicy policy;
    private final CaseAccess access;

    private final org.sanxiang.review.LegalReviews reviews;
    private final org.sanxiang.officers.OfficerDirectory officers;
    private final org.sanxiang.cases.persistence.DiscretionMapper discretion;

    /** APL Art. 58: the review module's one check, on whether the case is major by its facts. */
    void requirePassedReviewForMajorDecision(long caseId) {
        reviews.requirePassedReviewForMajorDecision(caseId, isMajor(caseId));
    }

    /** Stores the reviewer's opinion on the open round, numbered from the body's sequence. */
    org.sanxiang.review.ReviewRound decide(long caseId, long bodyId, org.sanxiang.review.LegalReviews.Opinion opinion,
            String reviewer) {
        var body = officers.body(bodyId);
        return reviews.decide(caseId, opinion, reviewer, body.id(), body.documentPrefix());
    }

    /** How the latest conclusion used the discretion benchmark (APL Art. 34), or null before one with a penalty. */
    public DiscretionAssessment discretion(long caseId) {
        return discretion.selectLatestDiscretion(caseId);
    }

    /**
     * What the reviewer and the head see of the discretion benchmark (APL Art. 34): the matter's benchmark and how
     * the latest conclusion used it; a case the actor may not see is not found.
     */
    public DiscretionView discretionView(long caseId, org.sanxiang.process.Actor actor) {
        var c = access.visibleCase(caseId, actor);
        return new DiscretionView(c.caseNumber, officers.benchmark(c.matterId), discretion(caseId));
    }

    /** See {@link #discretionView}. */
    public record DiscretionView(String caseNumber, org.sanxiang.officers.Benchmark benchmark, DiscretionAssessment used) {
    }

    void recordDiscretion(long caseId, DiscretionAssessment assessment, String by) {
        discretion.insertDiscretion(caseId, assessment, by, access.now());
    }

    public boolean isMajor(long caseId) {
        List<CaseViews.StepEntry> steps = cases.selectSteps(caseId);
        int end = lastIndexOf(steps, Step.INVESTIGATION_END);
        if (end < 0) {
            return false;
        }
        JsonNode conclusion = access.read(steps.get(end).data());
        if (!InvestigationOutcome.PENALTY.name().equals(conclusion.path("outcome").asText())) {
            return false;
        }
        JsonNode proposal = conclusion;
        Double confiscation = number(conclusion, "confiscationValue");
        int notice = lastIndexOf(steps, Step.PRIOR_NOTICE);
        if (lastIndexOf(steps, Step.HEARING) > end && notice >= 0) {
            // re-evaluated after the hearing on the penalty the prior notice proposed
            proposal = access.read(steps.get(notice).data());
            confiscation = null;
        }
        Map<String, Object> vars = penaltyVariables(caseId, proposal, confiscation);
        vars.put("hearingHeld", lastIndexOf(steps, Step.HEARING) >= 0);
        for (String flag : List.of("majorPublicInterest", "majorSocialImpact", "seriousOrComplex", "outsideDiscretionBenchmark")) {
            vars.put(flag, conclusion.path(flag).asBoolean(false));
        }
        // G118: 超出裁量基准 — the stored assessment of the conclusion against the body's benchmark (APL Art. 34)
        DiscretionAssessment used = discretion(caseId);
        if (used != null && used.outside()) {
            vars.put("outsideDiscretionBenchmark", true);
        }
        return decides(CATALOGUE, vars);
    }

    /**
     * APL Art. 63: whether the penalty the latest prior notice proposed gives the party a hearing right —
     * {@code bpmn/hearing-right.dmn} evaluated on the stored 事先告知书, never on the engine's
     * {@code hearingRight} variable. No prior notice yet: no hearing right.
     */
    public boolean hasHearingRight(long caseId) {
        List<CaseViews.StepEntry> steps = cases.selectSteps(caseId);
        int notice = lastIndexOf(steps, Step.PRIOR_NOTICE);
        return notice >= 0 && decides(HEARING_RIGHT, penaltyVariables(caseId, access.read(steps.get(notice).data()), null));
    }

    /** The inputs both decision tables share: the party's kind and the proposed penalty. */
    private Map<String, Object> penaltyVariables(long caseId, JsonNode proposal, Double confiscation) {
        Map<String, Object> vars = new HashMap<>(policy.decisionTableThresholds());
        vars.put("partyKind", cases.selectParties(caseId).stream().findFirst().map(CaseViews.Party::kind)
                .orElse(PartyKind.NATURAL_PERSON.name()));
        vars.put("fineAmount", number(proposal, "proposedFine"));
        vars.put("confiscationValue", confiscation);
        List<String> types = new java.util.ArrayList<>();
        proposal.path("proposedPenaltyTypes").forEach(t -> types.add(t.asText()));
        vars.put("penaltyTypes", String.join(",", types));
        return vars;
    }

    private boolean decides(String decisionKey, Map<String, Object> vars) {
        DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey(decisionKey, vars);
        return !result.isEmpty() && Boolean.TRUE.equals(result.getSingleResult().getSingleEntry());
    }

    private static int lastIndexOf(List<CaseViews.StepEntry> steps, Step step) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (step.name().equals(steps.get(i).step())) {
                return i;
            }
        }
        return -1;
    }

    private static Double number(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asDouble() : null;
    }
}
