package org.sanxiang.cases.steps;

import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.InvestigationOutcome;
import org.sanxiang.cases.StepInput;

/** 归档 (G118) with the retention class of RULES §5: general 5 years, major 10, transferred permanent. */
public class ArchiveRule implements StepRule<StepInput.Archive> {

    @Override
    public Class<StepInput.Archive> inputType() {
        return StepInput.Archive.class;
    }

    @Override
    public StepOutcome apply(StepInput.Archive in, CaseContext ctx) {
        String retention = retentionClass(ctx);
        ctx.finishDeadline("archive", ctx.today());
        ctx.markArchived();
        ctx.status(CaseStatus.ARCHIVED);
        return StepOutcome.of("归档，案卷号 " + in.fileReference() + "，保管期限 " + retention, in.step().article());
    }

    static String retentionClass(CaseContext ctx) {
        CaseFacts c = ctx.facts();
        if (CaseStatus.TRANSFERRED.name().equals(c.status()) || InvestigationOutcome.TRANSFER.name().equals(c.outcome())) {
            return "永久";
        }
        return ctx.majorDecision() ? "10年" : "5年";
    }
}
