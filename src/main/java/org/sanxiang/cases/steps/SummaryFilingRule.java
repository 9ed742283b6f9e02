package org.sanxiang.cases.steps;

import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.StepInput;

/** 报备归档 of an on-the-spot decision (APL Art. 52). */
public class SummaryFilingRule implements StepRule<StepInput.SummaryFiling> {

    @Override
    public Class<StepInput.SummaryFiling> inputType() {
        return StepInput.SummaryFiling.class;
    }

    @Override
    public StepOutcome apply(StepInput.SummaryFiling in, CaseContext ctx) {
        ctx.finishDeadline("archive", in.filedOn());
        ctx.markArchived();
        ctx.status(CaseStatus.ARCHIVED);
        return StepOutcome.of("报备归档，案卷号 " + in.fileReference(), in.step().article());
    }
}
