package org.sanxiang.cases.steps;

import java.util.Map;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.StepInput;
import org.sanxiang.process.ProcessVariables;

/**
 * 复查 of the order to correct (APL Art. 28; 城乡规划法 Art. 64, 65), an on-site inspection by two certified officers
 * showing their certificates (APL Art. 42, 55). Up to and on the order's last day only a correction already done can
 * be recorded — the party still has time; from the day after, either finding (an order to correct at once: from its
 * service). A finding of "not corrected" names what follows; forced demolition (ACL Art. 44) only for an order to
 * demolish a building.
 */
public class FollowUpInspectionRule implements StepRule<StepInput.FollowUpInspection> {

    @Override
    public Class<StepInput.FollowUpInspection> inputType() {
        return StepInput.FollowUpInspection.class;
    }

    @Override
    public void validate(StepInput.FollowUpInspection in, CaseContext ctx) {
        EnforcementContext.OrderToCorrect order = ctx.enforcement().correctionOrder()
                .orElseThrow(() -> new IllegalStateException("follow-up inspection without an order to correct"));
        StepChecks.requireCertificatesShown("APL Art. 55", ctx.validCertificatesOf(in.officerIds(), in.inspectedOn()),
                in.certificatesShown());
        if (order.servedOn() != null && in.inspectedOn().isBefore(order.servedOn())) {
            throw new Rule("follow-up-before-service", "APL Art. 28", "inspectedOn",
                    "the inspection on " + in.inspectedOn() + " precedes the service of the order on " + order.servedOn(),
                    in.inspectedOn(), order.servedOn());
        }
        boolean periodRunning = order.dueOn() != null && (order.periodDays() == 0 ? in.inspectedOn().isBefore(order.dueOn())
                : !in.inspectedOn().isAfter(order.dueOn()));
        if (!in.corrected() && periodRunning) {
            throw new Rule("follow-up-before-correction-due", "APL Art. 28", "inspectedOn",
                    "the party has until " + order.dueOn() + " to correct; 'not corrected' cannot be found on "
                            + in.inspectedOn(), in.inspectedOn(), order.dueOn());
        }
        if (!in.corrected() && in.followUp() == null) {
            throw new Rule("follow-up-measure-required", "APL Art. 28", "followUp",
                    "an order not carried out needs what follows (forced demolition, court enforcement, a new case)");
        }
        if (!in.corrected() && in.followUp() == StepInput.FollowUp.FORCED_DEMOLITION && !order.kind().demolition()) {
            throw new Rule("forced-demolition-needs-demolition-order", "ACL Art. 44", "followUp",
                    "only an order to demolish a building (" + StepInput.CorrectionKind.STOP_CONSTRUCTION_DEMOLISH.label()
                            + ") leads to forced demolition; this order is " + order.kind().label(), order.kind().label());
        }
    }

    @Override
    public StepOutcome apply(StepInput.FollowUpInspection in, CaseContext ctx) {
        EnforcementContext.OrderToCorrect order = ctx.enforcement().correctionOrder().orElseThrow();
        ctx.enforcement().recordFollowUp(in);
        boolean demolition = !in.corrected() && in.followUp() == StepInput.FollowUp.FORCED_DEMOLITION;
        String finding = in.corrected() ? "已改正" : "未改正，" + label(in.followUp());
        return new StepOutcome(Map.of(ProcessVariables.FORCED_DEMOLITION, demolition),
                "复查 " + order.decisionNumber() + " 所责令事项（" + order.kind().label() + "，期限至 " + order.dueOn() + "）："
                        + finding, "APL Art. 28, 55");
    }

    private static String label(StepInput.FollowUp followUp) {
        return switch (followUp) {
            case FORCED_DEMOLITION -> "依法强制拆除（《行政强制法》第四十四条）";
            case COURT_ENFORCEMENT -> "申请人民法院强制执行（《行政强制法》第五十三条）";
            case NEW_CASE -> "另行立案查处";
        };
    }
}
