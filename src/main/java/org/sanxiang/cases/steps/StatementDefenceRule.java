package org.sanxiang.cases.steps;

import java.time.LocalDate;
import java.util.Map;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.Reason;
import org.sanxiang.cases.StepInput;
import org.sanxiang.process.ProcessVariables;

/** 陈述申辩 (APL Art. 45) and the hearing request: only with a hearing right, within 5 working days (APL Art. 63, 64). */
public class StatementDefenceRule implements StepRule<StepInput.StatementDefence> {

    @Override
    public Class<StepInput.StatementDefence> inputType() {
        return StepInput.StatementDefence.class;
    }

    @Override
    public void validate(StepInput.StatementDefence in, CaseContext ctx) {
        if (in.response() == StepInput.PartyResponse.STATED && StepChecks.blank(in.content())) {
            throw new StepDataInvalid("content", Reason.of("statement-content-required"));
        }
        if (!in.hearingRequested()) {
            return;
        }
        if (!ctx.hearingRight()) {
            throw new Rule("no-hearing-right", "APL Art. 63", "hearingRequested",
                    "the proposed penalty does not give the party a hearing right");
        }
        if (in.hearingRequestedOn() == null) {
            throw new StepDataInvalid("hearingRequestedOn", Reason.of("hearing-request-date-required"));
        }
        LocalDate noticeDate = ctx.priorNotice().map(CaseContext.PriorNoticeGiven::noticeDate)
                .orElseThrow(() -> new IllegalStateException("statement and defence without a prior notice"));
        if (in.hearingRequestedOn().isBefore(noticeDate)) {
            throw new StepDataInvalid("hearingRequestedOn", Reason.of("hearing-request-before-notice"));
        }
        LocalDate lastDay = ctx.hearingRequestLastDay(noticeDate);
        if (in.hearingRequestedOn().isAfter(lastDay)) {
            throw new Rule("hearing-request-late", "APL Art. 64", "hearingRequestedOn",
                    "the hearing request of " + in.hearingRequestedOn() + " came after the window closed on " + lastDay,
                    in.hearingRequestedOn(), lastDay);
        }
    }

    @Override
    public StepOutcome apply(StepInput.StatementDefence in, CaseContext ctx) {
        ctx.finishDeadline("hearing-request", ctx.today());
        String response = switch (in.response()) {
            case STATED -> "进行了陈述申辩";
            case WAIVED -> "明确放弃陈述申辩";
            case NO_RESPONSE -> "逾期未陈述申辩";
        };
        // the gateway after this step routes on the hearing right derived from the stored notice, not on a
        // hearingRight variable someone may have written since
        return new StepOutcome(Map.of(ProcessVariables.HEARING_REQUESTED, in.hearingRequested(),
                ProcessVariables.HEARING_RIGHT, ctx.hearingRight()),
                "当事人" + response + (in.hearingRequested() ? "，申请听证" : ""), in.step().article());
    }
}
