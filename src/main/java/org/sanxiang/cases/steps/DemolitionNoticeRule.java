package org.sanxiang.cases.steps;

import java.time.LocalDate;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.StepInput;

/**
 * 强制拆除公告 (ACL Art. 44): posted after the follow-up inspection found the building standing, with a period
 * for the party to demolish it. Stores when the notice period and the remedy periods (ARL Art. 20: 60 days;
 * ALL Art. 46: 6 months, both from service of the decision) end — the model's timer waits for the later.
 */
public class DemolitionNoticeRule implements StepRule<StepInput.DemolitionNotice> {

    @Override
    public Class<StepInput.DemolitionNotice> inputType() {
        return StepInput.DemolitionNotice.class;
    }

    @Override
    public void validate(StepInput.DemolitionNotice in, CaseContext ctx) {
        EnforcementContext.OrderToCorrect order = ctx.enforcement().correctionOrder().orElseThrow();
        if (order.inspectedOn() != null && in.noticedOn().isBefore(order.inspectedOn())) {
            throw new Rule("demolition-notice-before-inspection", "ACL Art. 44", "noticedOn",
                    "the notice of " + in.noticedOn() + " precedes the follow-up inspection of " + order.inspectedOn(),
                    in.noticedOn(), order.inspectedOn());
        }
    }

    @Override
    public StepOutcome apply(StepInput.DemolitionNotice in, CaseContext ctx) {
        EnforcementContext e = ctx.enforcement();
        EnforcementContext.OrderToCorrect order = e.correctionOrder().orElseThrow();
        LocalDate noticeEnds = e.periodEnd(in.noticedOn(), in.periodDays());
        LocalDate remedyLapses = e.remedyPeriodsLapse(order.servedOn());
        e.noticeDemolition(in, noticeEnds, remedyLapses);
        return StepOutcome.of("于" + in.postedAt() + "公告，限当事人于 " + noticeEnds + " 前自行拆除；复议、诉讼期限届满日 "
                + remedyLapses, "ACL Art. 44");
    }
}
