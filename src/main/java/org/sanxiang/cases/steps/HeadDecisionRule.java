package org.sanxiang.cases.steps;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.Reason;
import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.InvestigationOutcome;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.StepInput;
import org.sanxiang.process.ProcessVariables;

/**
 * 负责人决定 (APL Art. 57, 59): a penalty only after the prior notice (APL Art. 62), never above what it
 * proposed (APL Art. 45), and for a major decision only after a passed legal review (APL Art. 58); a
 * no-penalty decision names no penalty.
 */
public class HeadDecisionRule implements StepRule<StepInput.HeadDecision> {

    @Override
    public Class<StepInput.HeadDecision> inputType() {
        return StepInput.HeadDecision.class;
    }

    private static List<PenaltyType> types(StepInput.HeadDecision in) {
        return in.penaltyTypes() == null ? List.of() : in.penaltyTypes();
    }

    private static InvestigationOutcome outcome(CaseContext ctx) {
        return InvestigationOutcome.valueOf(ctx.facts().outcome());
    }

    @Override
    public void validate(StepInput.HeadDecision in, CaseContext ctx) {
        InvestigationOutcome outcome = outcome(ctx);
        if (outcome == InvestigationOutcome.PENALTY) {
            ctx.requirePassedReviewForMajorDecision();
            if (types(in).isEmpty()) {
                throw new StepDataInvalid("penaltyTypes", Reason.of("penalty-types-required"));
            }
            StepChecks.requireFineWhenFining(types(in), in.fineAmount(), "fineAmount");
            DiscretionChecks.requireFineProvided(ctx.benchmark(), types(in), in.fineAmount(), "fineAmount");
            if (in.correction() == null) {
                // APL Art. 28: 实施行政处罚时，应当责令当事人改正或者限期改正违法行为
                throw new Rule("decision-without-correction-order", "APL Art. 28", "correction",
                        "a penalty decision carries the order to correct the violation, with its period");
            }
            CaseContext.PriorNoticeGiven notice = ctx.priorNotice().orElseThrow(() -> new Rule(
                    "decision-without-prior-notice", "APL Art. 62", "penaltyTypes",
                    "no penalty decision may be made before the party was notified"));
            BigDecimal proposed = notice.proposedFine();
            BigDecimal fine = in.fineAmount();
            if (fine != null && (proposed == null ? fine.signum() > 0 : fine.compareTo(proposed) > 0)) {
                throw new Rule("penalty-increased-after-defence", "APL Art. 45", "fineAmount",
                        "the fine " + fine + " exceeds the " + proposed + " proposed in the prior notice",
                        fine.toPlainString(), proposed == null ? "0" : proposed.toPlainString());
            }
        } else if (outcome.isNoPenalty()) {
            if (!types(in).isEmpty() || (in.fineAmount() != null && in.fineAmount().signum() > 0)) {
                throw new StepDataInvalid("penaltyTypes", Reason.of("no-penalty-names-none"));
            }
        } else {
            throw new IllegalStateException("head decision on a case with outcome " + outcome);
        }
    }

    @Override
    public StepOutcome apply(StepInput.HeadDecision in, CaseContext ctx) {
        boolean penalty = outcome(ctx) == InvestigationOutcome.PENALTY;
        String kind = penalty ? "PENALTY" : "NO_PENALTY";
        String number = ctx.nextNumber(penalty ? "DECISION" : "NO_PENALTY", in.decidedOn().getYear());
        boolean execution = penalty && ((in.fineAmount() != null && in.fineAmount().signum() > 0)
                || (in.confiscationValue() != null && in.confiscationValue().signum() > 0));
        List<PenaltyType> types = types(in);
        ctx.recordDecision(number, kind, types.stream().map(Enum::name).collect(Collectors.joining(",")),
                in.fineAmount(), in.confiscationValue(), in.reasons(), in.decidedOn());
        ctx.markDecided();
        ctx.status(CaseStatus.DECIDED);
        ctx.publishDecision(number, kind, in.decidedOn(), types, in.fineAmount(), in.reasons());
        if (in.correction() != null) {
            ctx.enforcement().orderCorrection(number, in.correction(), in.decidedOn()); // APL Art. 28
        }
        ctx.finishDeadline("decision", in.decidedOn());
        ctx.restartDeadline("service", in.decidedOn()); // APL Art. 61: 7 working days
        return new StepOutcome(Map.of(ProcessVariables.EXECUTION_REQUIRED, execution),
                (penalty ? "作出行政处罚决定 " : "作出不予行政处罚决定 ") + number
                        + (in.fineAmount() == null ? "" : "，罚款 " + in.fineAmount().toPlainString() + " 元")
                        + (in.correction() == null ? "" : "，" + in.correction().kind().label() + "：" + in.correction().requirement()
                                + (in.correction().periodDays() == 0 ? "（立即）" : "（送达之日起 " + in.correction().periodDays() + " 日内）")),
                in.step().article());
    }
}
