package org.sanxiang.cases.steps;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.StepInput;

/** 调查取证 finished: at least one investigation or on-site record (APL Art. 55). */
public class InvestigationDoneRule implements StepRule<StepInput.InvestigationDone> {

    @Override
    public Class<StepInput.InvestigationDone> inputType() {
        return StepInput.InvestigationDone.class;
    }

    @Override
    public void validate(StepInput.InvestigationDone in, CaseContext ctx) {
        if (ctx.investigationRecordCount() == 0) {
            throw new Rule("investigation-records-missing", "APL Art. 55", "investigationRecords",
                    "at least one investigation or on-site record is required before the investigation ends");
        }
    }

    @Override
    public StepOutcome apply(StepInput.InvestigationDone in, CaseContext ctx) {
        return StepOutcome.of("调查取证完毕，共 " + ctx.investigationRecordCount() + " 份笔录", in.step().article());
    }
}
