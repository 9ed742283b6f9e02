package org.sanxiang.cases.steps;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.InvestigationOutcome;
import org.sanxiang.cases.StepInput;
import org.sanxiang.process.ProcessVariables;

/** 行政处罚事先告知书 (APL Art. 44); the hearing-request window of APL Art. 64 starts. */
public class PriorNoticeRule implements StepRule<StepInput.PriorNotice> {

    @Override
    public Class<StepInput.PriorNotice> inputType() {
        return StepInput.PriorNotice.class;
    }

    @Override
    public void validate(StepInput.PriorNotice in, CaseContext ctx) {
        // APL Art. 44, 54: the party is told of a penalty proposed in a filed case; no notice predates the filing
        LocalDate filedOn = ctx.facts().filedOn();
        if (filedOn != null && in.noticeDate().isBefore(filedOn)) {
            throw new org.sanxiang.cases.CaseProblems.Rule("prior-notice-before-filing", "APL Art. 44, 54", "noticeDate",
                    "the prior notice of " + in.noticeDate() + " cannot be dated before the filing on " + filedOn,
                    in.noticeDate(), filedOn);
        }
        StepChecks.requireFineWhenFining(in.proposedPenaltyTypes(), in.proposedFine(), "proposedFine");
        DiscretionChecks.requireFineProvided(ctx.benchmark(), in.proposedPenaltyTypes(), in.proposedFine(), "proposedFine");
    }

    @Override
    public StepOutcome apply(StepInput.PriorNotice in, CaseContext ctx) {
        ctx.outcome(InvestigationOutcome.PENALTY.name(), in.proposedFine());
        ctx.status(CaseStatus.NOTIFIED);
        Map<String, Object> vars = new HashMap<>();
        // inputs of hearing-right.dmn, evaluated by the model right after this step (APL Art. 63)
        StepChecks.decisionTableInputs(ctx.facts().partyKind(), in.proposedPenaltyTypes(), in.proposedFine(), null, vars);
        vars.put(ProcessVariables.HEARING_WINDOW_CLOSED, false);
        ctx.restartDeadline("hearing-request", in.noticeDate()); // APL Art. 64: 5 working days
        return new StepOutcome(vars, "告知拟处罚 " + org.sanxiang.cases.RecordLabels.of("penalty", in.proposedPenaltyTypes())
                + (in.proposedFine() == null ? "" : " " + in.proposedFine().toPlainString() + " 元"), in.step().article());
    }
}
