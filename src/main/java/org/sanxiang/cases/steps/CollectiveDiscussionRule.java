package org.sanxiang.cases.steps;

import java.util.Map;

import org.sanxiang.cases.StepInput;
import org.sanxiang.process.ProcessVariables;

/** 集体讨论 (APL Art. 57 para. 2): the heads' conclusion becomes the case's outcome. */
public class CollectiveDiscussionRule implements StepRule<StepInput.CollectiveDiscussion> {

    @Override
    public Class<StepInput.CollectiveDiscussion> inputType() {
        return StepInput.CollectiveDiscussion.class;
    }

    @Override
    public StepOutcome apply(StepInput.CollectiveDiscussion in, CaseContext ctx) {
        ctx.outcome(in.conclusion().name(), ctx.facts().proposedFine());
        return new StepOutcome(Map.of(ProcessVariables.OUTCOME, in.conclusion().name()),
                "集体讨论结论 " + org.sanxiang.cases.RecordLabels.of("outcome", in.conclusion()), in.step().article());
    }
}
