package org.sanxiang.cases.steps;

import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.StepInput;

/** 结案 (G118). */
public class ClosingRule implements StepRule<StepInput.Closing> {

    @Override
    public Class<StepInput.Closing> inputType() {
        return StepInput.Closing.class;
    }

    @Override
    public StepOutcome apply(StepInput.Closing in, CaseContext ctx) {
        ctx.finishDeadline("closing", ctx.today());
        ctx.markClosed();
        ctx.status(CaseStatus.CLOSED);
        return StepOutcome.of("结案", in.step().article());
    }
}
