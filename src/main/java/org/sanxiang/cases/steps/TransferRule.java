package org.sanxiang.cases.steps;

import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.StepInput;

/** 移送审批 with the 移送函 (APL Art. 27): numbered, kept as the case's last document; the decision clock stops. */
public class TransferRule implements StepRule<StepInput.Transfer> {

    @Override
    public Class<StepInput.Transfer> inputType() {
        return StepInput.Transfer.class;
    }

    @Override
    public StepOutcome apply(StepInput.Transfer in, CaseContext ctx) {
        String letter = ctx.nextNumber("TRANSFER", in.letterDate().getYear());
        ctx.recordDecision(letter, "TRANSFER", null, null, null, in.reasons(), in.letterDate());
        ctx.status(CaseStatus.TRANSFERRED);
        ctx.finishDeadline("decision", in.letterDate());
        return StepOutcome.of("移送" + in.receivingOrgan() + "，移送函 " + letter, in.step().article());
    }
}
