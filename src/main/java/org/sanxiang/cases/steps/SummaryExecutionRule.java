package org.sanxiang.cases.steps;

import java.math.BigDecimal;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.StepInput;

/** 执行 of an on-the-spot fine (APL Art. 67, 68): paid in full. */
public class SummaryExecutionRule implements StepRule<StepInput.SummaryExecution> {

    @Override
    public Class<StepInput.SummaryExecution> inputType() {
        return StepInput.SummaryExecution.class;
    }

    @Override
    public void validate(StepInput.SummaryExecution in, CaseContext ctx) {
        BigDecimal fine = ctx.facts().proposedFine() == null ? BigDecimal.ZERO : ctx.facts().proposedFine();
        if (in.amountPaid().compareTo(fine) < 0) {
            throw new Rule("payment-less-than-fine", "APL Art. 67", "amountPaid",
                    "amount paid " + in.amountPaid() + " is less than the fine " + fine, in.amountPaid(), fine);
        }
    }

    @Override
    public StepOutcome apply(StepInput.SummaryExecution in, CaseContext ctx) {
        ctx.recordPayment(in.amountPaid(), in.paidOn(), in.receiptNumber());
        ctx.finishDeadline("payment", in.paidOn());
        ctx.status(CaseStatus.EXECUTED);
        return StepOutcome.of("缴纳罚款 " + in.amountPaid().toPlainString() + " 元，票据 " + in.receiptNumber(),
                in.step().article());
    }
}
