package org.sanxiang.cases.steps;

import java.util.Map;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.Reason;
import org.sanxiang.cases.StepInput;
import org.sanxiang.process.ProcessVariables;

/**
 * 陈述申辩 after the reminder (ACL Art. 36): heard and rechecked, not before the reminder; facts, reasons or
 * evidence that hold are accepted and end the forced demolition.
 */
public class DemolitionStatementRule implements StepRule<StepInput.DemolitionStatement> {

    @Override
    public Class<StepInput.DemolitionStatement> inputType() {
        return StepInput.DemolitionStatement.class;
    }

    @Override
    public void validate(StepInput.DemolitionStatement in, CaseContext ctx) {
        EnforcementContext.Demolition d = ctx.enforcement().demolition().orElseThrow();
        if (in.heardOn().isBefore(d.remindedOn())) {
            throw new Rule("demolition-statement-before-reminder", "ACL Art. 36", "heardOn",
                    "the statement of " + in.heardOn() + " precedes the reminder of " + d.remindedOn(), in.heardOn(),
                    d.remindedOn());
        }
        if (in.response() == StepInput.PartyResponse.STATED && StepChecks.blank(in.content())) {
            throw new StepDataInvalid("content", Reason.of("statement-content-required"), "ACL Art. 36");
        }
        if (in.accepted() && in.response() != StepInput.PartyResponse.STATED) {
            throw new StepDataInvalid("accepted", Reason.of("statement-accepted-without-statement"), "ACL Art. 36");
        }
    }

    @Override
    public StepOutcome apply(StepInput.DemolitionStatement in, CaseContext ctx) {
        ctx.enforcement().hearDemolitionStatement(in);
        String heard = switch (in.response()) {
            case STATED -> in.accepted() ? "当事人陈述申辩成立，予以采纳，不予强制拆除" : "当事人陈述申辩经复核不成立";
            case WAIVED -> "当事人放弃陈述申辩";
            case NO_RESPONSE -> "当事人未陈述申辩";
        };
        return new StepOutcome(Map.of(ProcessVariables.STATEMENT_ACCEPTED, in.accepted()), heard + "；复核：" + in.recheck(),
                "ACL Art. 36");
    }
}
