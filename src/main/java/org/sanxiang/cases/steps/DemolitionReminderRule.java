package org.sanxiang.cases.steps;

import java.time.LocalDate;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.StepInput;

/**
 * 催告 (ACL Art. 35) before forced demolition: only after the notice's period and both remedy periods have run
 * out without a reconsideration or a lawsuit (ACL Art. 44), and giving the party at least ten days — working days,
 * ACL Art. 69 — to perform.
 */
public class DemolitionReminderRule implements StepRule<StepInput.DemolitionReminder> {

    @Override
    public Class<StepInput.DemolitionReminder> inputType() {
        return StepInput.DemolitionReminder.class;
    }

    @Override
    public void validate(StepInput.DemolitionReminder in, CaseContext ctx) {
        EnforcementContext e = ctx.enforcement();
        EnforcementContext.Demolition d = e.demolition().orElseThrow();
        if (d.challengeFiledOn() != null) {
            throw new Rule("demolition-challenged", "ACL Art. 44", "remindedOn",
                    "the party applied for reconsideration or sued on " + d.challengeFiledOn()
                            + ": the building is not demolished by force", d.challengeFiledOn());
        }
        LocalDate lastDay = d.remedyLapsesOn().isAfter(d.noticeEndsOn()) ? d.remedyLapsesOn() : d.noticeEndsOn();
        if (!in.remindedOn().isAfter(lastDay)) {
            throw new Rule("demolition-remedy-periods-running", "ACL Art. 44", "remindedOn",
                    "the notice and remedy periods run until " + lastDay + " inclusive; a reminder on " + in.remindedOn()
                            + " is too early", in.remindedOn(), lastDay);
        }
        int minimum = e.reminderMinimumDays();
        if (in.periodDays() < minimum) {
            throw new Rule("demolition-reminder-too-short", "ACL Art. 35", "periodDays",
                    "a reminder gives at least " + minimum + " days to perform, not " + in.periodDays(),
                    in.periodDays(), minimum);
        }
    }

    @Override
    public StepOutcome apply(StepInput.DemolitionReminder in, CaseContext ctx) {
        EnforcementContext e = ctx.enforcement();
        LocalDate ends = e.periodEnd(in.remindedOn(), in.periodDays());
        String number = ctx.nextNumber("REMINDER", in.remindedOn().getYear());
        e.remindDemolition(number, in, ends);
        return StepOutcome.of("催告书 " + number + "，限于 " + ends + " 前自行拆除，告知陈述、申辩权", "ACL Art. 35, 69");
    }
}
