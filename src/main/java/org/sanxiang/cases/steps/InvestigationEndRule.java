package org.sanxiang.cases.steps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.Reason;
import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.DiscretionAssessment;
import org.sanxiang.cases.InvestigationOutcome;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.StepInput;
import org.sanxiang.process.ProcessVariables;

/** 调查终结 with one of the APL Art. 57 outcomes; a penalty names its types, a transfer its reason. */
public class InvestigationEndRule implements StepRule<StepInput.InvestigationEnd> {

    @Override
    public Class<StepInput.InvestigationEnd> inputType() {
        return StepInput.InvestigationEnd.class;
    }

    @Override
    public void validate(StepInput.InvestigationEnd in, CaseContext ctx) {
        if (in.outcome() == InvestigationOutcome.PENALTY) {
            if (types(in).isEmpty()) {
                throw new StepDataInvalid("proposedPenaltyTypes", Reason.of("proposed-penalty-types-required"));
            }
            StepChecks.requireFineWhenFining(types(in), in.proposedFine(), "proposedFine");
            DiscretionChecks.requireFineProvided(ctx.benchmark(), types(in), in.proposedFine(), "proposedFine");
        } else if (in.outcome() == InvestigationOutcome.TRANSFER && StepChecks.blank(in.transferReason())) {
            throw new StepDataInvalid("transferReason", Reason.of("transfer-reason"));
        }
    }

    private static List<PenaltyType> types(StepInput.InvestigationEnd in) {
        return in.proposedPenaltyTypes() == null ? List.of() : in.proposedPenaltyTypes();
    }

    @Override
    public StepOutcome apply(StepInput.InvestigationEnd in, CaseContext ctx) {
        Map<String, Object> vars = new HashMap<>();
        boolean penalty = in.outcome() == InvestigationOutcome.PENALTY;
        String benchmark = "";
        if (penalty) {
            // APL Art. 34; G118: the proposal against the named tier; outside is a major decision, from the stored row
            DiscretionAssessment discretion = DiscretionChecks.assess(ctx.benchmark(), in.discretionTier(),
                    in.discretionCircumstances(), types(in), in.proposedFine(), in.outsideDiscretionBenchmark(),
                    in.benchmarkDeviationReasons());
            ctx.recordDiscretion(discretion);
            StepChecks.decisionTableInputs(ctx.facts().partyKind(), types(in), in.proposedFine(), in.confiscationValue(), vars);
            vars.put("majorPublicInterest", in.majorPublicInterest());
            vars.put("majorSocialImpact", in.majorSocialImpact());
            vars.put("outsideDiscretionBenchmark", discretion.outside());
            benchmark = discretion.tier() == null ? "，未指明裁量档次"
                    : "，裁量档次“" + discretion.tier() + "”" + (discretion.outside() ? "，超出裁量基准：" + discretion.outsideBecause() : "");
        }
        ctx.outcome(in.outcome().name(), penalty ? in.proposedFine() : null);
        ctx.status(CaseStatus.INVESTIGATED);
        vars.put(ProcessVariables.OUTCOME, in.outcome().name());
        vars.put(ProcessVariables.SERIOUS_OR_COMPLEX, in.seriousOrComplex());
        // a new conclusion needs a new review: the catalogue (major-decision.dmn) decides again
        vars.put(ProcessVariables.REVIEW_PASSED, false);
        return new StepOutcome(vars, "调查终结，处理意见 " + org.sanxiang.cases.RecordLabels.of("outcome", in.outcome()) + benchmark, in.step().article());
    }
}
