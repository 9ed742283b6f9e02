package org.sanxiang.cases.steps;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.StepInput;

/** 强制拆除决定书 (ACL Art. 37): the head decides only after the reminder's period ran out unperformed. */
public class DemolitionDecisionRule implements StepRule<StepInput.DemolitionDecision> {

    @Override
    public Class<StepInput.DemolitionDecision> inputType() {
        return StepInput.DemolitionDecision.class;
    }

    @Override
    public void validate(StepInput.DemolitionDecision in, CaseContext ctx) {
        EnforcementContext.Demolition d = ctx.enforcement().demolition().orElseThrow();
        if (!in.decidedOn().isAfter(d.reminderEndsOn())) {
            throw new Rule("demolition-decision-before-reminder-ends", "ACL Art. 37", "decidedOn",
                    "the reminder gives the party until " + d.reminderEndsOn() + " inclusive; no decision on "
                            + in.decidedOn(), in.decidedOn(), d.reminderEndsOn());
        }
        if (d.statementHeardOn() == null) {
            throw new Rule("demolition-decision-without-statement", "ACL Art. 36", "decidedOn",
                    "the party's statement and defence were not heard");
        }
    }

    @Override
    public StepOutcome apply(StepInput.DemolitionDecision in, CaseContext ctx) {
        String number = ctx.nextNumber("DEMOLITION", in.decidedOn().getYear());
        ctx.enforcement().decideDemolition(number, in.decidedOn());
        return StepOutcome.of("强制拆除决定书 " + number + "（" + in.decidedOn() + "），执行方式和时间：" + in.mannerAndTime(),
                "ACL Art. 37");
    }
}
