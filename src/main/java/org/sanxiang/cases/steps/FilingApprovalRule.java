package org.sanxiang.cases.steps;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.StepInput;
import org.sanxiang.process.ProcessVariables;

/** 立案审批 (APL Art. 54); no case is filed for an act past its limitation (APL Art. 36). */
public class FilingApprovalRule implements StepRule<StepInput.FilingApproval> {

    @Override
    public Class<StepInput.FilingApproval> inputType() {
        return StepInput.FilingApproval.class;
    }

    @Override
    public void validate(StepInput.FilingApproval in, CaseContext ctx) {
        if (in.approved()) {
            requireWithinLimitation(ctx.facts());
        }
    }

    /** APL Art. 36: no penalty for an act not discovered within 2 years (5 where life, health or finance was harmed). */
    static void requireWithinLimitation(CaseFacts c) {
        if (c.actDate() == null) {
            return;
        }
        int years = c.harmsLifeHealthOrFinance() ? 5 : 2;
        LocalDate lastDay = c.actDate().plusYears(years);
        if (c.discoveredOn().isAfter(lastDay)) {
            throw new Rule("limitation-expired", "APL Art. 36", "approved",
                    "the act of " + c.actDate() + " was discovered on " + c.discoveredOn() + ", after the " + years
                            + "-year limitation ended on " + lastDay,
                    c.actDate(), c.discoveredOn(), years, lastDay);
        }
    }

    @Override
    public StepOutcome apply(StepInput.FilingApproval in, CaseContext ctx) {
        LocalDate today = ctx.today();
        if (in.approved()) {
            ctx.markFiled();
        }
        ctx.finishDeadline("filing", today);
        if (in.approved()) {
            ctx.restartDeadline("decision", today); // APL Art. 60: 90 days from filing
        }
        ctx.status(in.approved() ? CaseStatus.FILED : CaseStatus.NOT_FILED);
        Map<String, Object> vars = new HashMap<>();
        vars.put(ProcessVariables.FILING_APPROVED, in.approved());
        return new StepOutcome(vars, in.approved() ? "同意立案" : "不予立案", in.step().article());
    }
}
