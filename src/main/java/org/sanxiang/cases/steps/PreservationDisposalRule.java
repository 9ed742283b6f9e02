package org.sanxiang.cases.steps;

import java.time.LocalDate;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.StepInput;

/**
 * 先行登记保存处理决定 (APL Art. 56): decided within 7 working days of the preservation. Up to and on the period's last
 * day any disposal — release, transfer to seizure, confiscation by the decision; from the day after, the preservation
 * has lapsed and the items can only be released (the practice that follows from 七日内及时作出处理决定).
 */
public class PreservationDisposalRule implements StepRule<StepInput.PreservationDisposal> {

    @Override
    public Class<StepInput.PreservationDisposal> inputType() {
        return StepInput.PreservationDisposal.class;
    }

    @Override
    public void validate(StepInput.PreservationDisposal in, CaseContext ctx) {
        LocalDate due = ctx.enforcement().preservationDisposalDue().orElseThrow(() -> new Rule("no-preservation-running",
                "APL Art. 56", "decidedOn", "no preserved evidence awaits its disposal"));
        if (in.decidedOn().isAfter(due) && in.outcome() != StepInput.PreservationOutcome.RELEASE) {
            throw new Rule("preservation-lapsed", "APL Art. 56", "outcome",
                    "the 7-working-day period ended on " + due + "; on " + in.decidedOn() + " the items can only be released",
                    due, in.decidedOn());
        }
    }

    @Override
    public StepOutcome apply(StepInput.PreservationDisposal in, CaseContext ctx) {
        ctx.finishDeadline("preservation-disposal", in.decidedOn());
        return StepOutcome.of("先行登记保存处理决定（" + in.decidedOn() + "）：" + in.outcome().label() + "，理由：" + in.reasons(),
                "APL Art. 56");
    }
}
