package org.sanxiang.cases.steps;

import java.math.BigDecimal;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.Reason;
import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.StepInput;

/**
 * 执行: the fine paid in full with the late fee once overdue (APL Art. 67, 72), or a court application
 * after the reminder (ACL Art. 35, 54).
 */
public class ExecutionRule implements StepRule<StepInput.Execution> {

    @Override
    public Class<StepInput.Execution> inputType() {
        return StepInput.Execution.class;
    }

    @Override
    public void validate(StepInput.Execution in, CaseContext ctx) {
        if (in.mode() == StepInput.ExecutionMode.PAID) {
            if (in.amountPaid() == null) {
                throw new StepDataInvalid("amountPaid", Reason.of("amount-paid-required"));
            }
            if (in.paidOn() == null) {
                throw new StepDataInvalid("paidOn", Reason.of("paid-on-required"));
            }
            if (StepChecks.blank(in.receiptNumber())) {
                throw new StepDataInvalid("receiptNumber", Reason.of("receipt-number-required"));
            }
            BigDecimal owed = fine(ctx).add(lateFee(in, ctx));
            if (in.amountPaid().compareTo(owed) < 0) {
                throw new Rule("payment-less-than-fine", "APL Art. 67, 72", "amountPaid",
                        "amount paid " + in.amountPaid() + " is less than the fine plus late fee " + owed,
                        in.amountPaid(), owed);
            }
            return;
        }
        if (in.reminderServedOn() == null) {
            throw new StepDataInvalid("reminderServedOn", Reason.of("reminder-required"));
        }
        if (in.courtAppliedOn() == null) {
            throw new StepDataInvalid("courtAppliedOn", Reason.of("court-applied-on-required"));
        }
        if (!in.courtAppliedOn().isAfter(in.reminderServedOn())) {
            throw new Rule("court-application-before-reminder", "ACL Art. 54", "courtAppliedOn",
                    "the court application must follow the reminder");
        }
    }

    private static BigDecimal fine(CaseContext ctx) {
        BigDecimal fine = ctx.latestPenaltyDecision().orElseThrow().fineAmount();
        return fine == null ? BigDecimal.ZERO : fine;
    }

    /** APL Art. 72: owed from the day after the payment deadline. */
    private static BigDecimal lateFee(StepInput.Execution in, CaseContext ctx) {
        BigDecimal fine = fine(ctx);
        return ctx.paymentDue().filter(due -> in.paidOn().isAfter(due) && fine.signum() > 0)
                .map(due -> ctx.lateFee(fine, due, in.paidOn())).orElse(BigDecimal.ZERO);
    }

    @Override
    public StepOutcome apply(StepInput.Execution in, CaseContext ctx) {
        if (in.mode() == StepInput.ExecutionMode.PAID) {
            BigDecimal lateFee = lateFee(in, ctx);
            ctx.recordPayment(in.amountPaid(), in.paidOn(), in.receiptNumber());
            ctx.finishDeadline("payment", in.paidOn());
            ctx.status(CaseStatus.EXECUTED);
            return StepOutcome.of((lateFee.signum() > 0 ? "含加处罚款 " + lateFee.toPlainString() + " 元，" : "")
                    + "缴纳罚款 " + in.amountPaid().toPlainString() + " 元，票据 " + in.receiptNumber(), in.step().article());
        }
        ctx.status(CaseStatus.EXECUTED);
        ctx.finishDeadline("payment", in.courtAppliedOn());
        return StepOutcome.of("催告后申请人民法院强制执行", in.step().article());
    }
}
