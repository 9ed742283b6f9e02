package org.sanxiang.cases.steps;

import java.util.Map;

import org.sanxiang.cases.StepInput;
import org.sanxiang.process.ProcessVariables;

/** 听证 (APL Art. 64, 65): chaired by an officer who did not investigate the case. */
public class HearingRule implements StepRule<StepInput.Hearing> {

    @Override
    public Class<StepInput.Hearing> inputType() {
        return StepInput.Hearing.class;
    }

    @Override
    public StepOutcome apply(StepInput.Hearing in, CaseContext ctx) {
        String chair = ctx.hearingChair(in.chairOfficerId());
        return new StepOutcome(Map.of(ProcessVariables.HEARING_HELD, true),
                "听证会由" + chair + "主持，当事人" + (in.partyAppeared() ? "到场" : "未到场"), in.step().article());
    }
}
