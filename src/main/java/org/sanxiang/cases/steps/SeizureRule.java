package org.sanxiang.cases.steps;

import java.util.Set;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.Reason;
import org.sanxiang.cases.StepInput;

/** ACL Art. 18, 24, 25: two certified officers with certificates shown, a witness when the party is absent, at most 30 days. */
public class SeizureRule implements StepRule<StepInput.Seizure> {

    @Override
    public Class<StepInput.Seizure> inputType() {
        return StepInput.Seizure.class;
    }

    @Override
    public void validate(StepInput.Seizure in, CaseContext ctx) {
        StepChecks.requireCertificatesShown("ACL Art. 18", ctx.validCertificatesOf(in.officerIds(), in.takenOn()),
                in.certificatesShown());
        // ACL Art. 25: the period of the calendar rule "seizure" (its extension is a later act of the head)
        int maxDays = ctx.seizureMaxDays();
        if (in.periodDays() > maxDays) {
            throw new Rule("seizure-period-too-long", "ACL Art. 25", "periodDays",
                    "a seizure lasts at most " + maxDays + " days; a longer one needs the head's extension later",
                    in.periodDays(), maxDays);
        }
        if (!in.partyPresent() && StepChecks.blank(in.witness())) {
            throw new Rule("seizure-witness-required", "ACL Art. 18", "witness",
                    "the party is absent: a witness must be present and sign the on-site record");
        }
        if (ctx.facts().filedOn() != null && in.takenOn().isBefore(ctx.facts().filedOn())) {
            throw new StepDataInvalid("takenOn", Reason.of("seizure-before-filing", ctx.facts().filedOn()));
        }
    }

    @Override
    public StepOutcome apply(StepInput.Seizure in, CaseContext ctx) {
        Set<String> shown = new java.util.TreeSet<>(in.certificatesShown());
        String number = ctx.nextNumber("SEIZURE", in.takenOn().getYear());
        ctx.restartDeadline("seizure", in.takenOn()); // ACL Art. 25: 30 days, +30 with the head's approval
        return StepOutcome.of(in.measure().label() + "决定书 " + number + "，清单 " + in.items().size() + " 项，期限 "
                + in.periodDays() + " 日，执法证 " + String.join("、", shown)
                + (in.partyPresent() ? "，当事人到场" : "，见证人 " + in.witness()), in.step().article());
    }
}
