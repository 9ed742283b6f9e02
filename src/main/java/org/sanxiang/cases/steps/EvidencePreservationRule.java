package org.sanxiang.cases.steps;

import java.util.Set;
import java.util.TreeSet;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.Reason;
import org.sanxiang.cases.StepInput;

/**
 * 先行登记保存 (APL Art. 56): after the head's approval, by two certified officers showing their certificates
 * (APL Art. 42, 55), with the list of items and an on-site record signed by the party or, if absent, a witness;
 * not before the filing. Starts the 7-working-day disposal period (calendar rule {@code preservation-disposal}).
 */
public class EvidencePreservationRule implements StepRule<StepInput.EvidencePreservation> {

    @Override
    public Class<StepInput.EvidencePreservation> inputType() {
        return StepInput.EvidencePreservation.class;
    }

    @Override
    public void validate(StepInput.EvidencePreservation in, CaseContext ctx) {
        StepChecks.requireCertificatesShown("APL Art. 55", ctx.validCertificatesOf(in.officerIds(), in.preservedOn()),
                in.certificatesShown());
        if (!in.partyPresent() && StepChecks.blank(in.witness())) {
            throw new Rule("preservation-witness-required", "APL Art. 56", "witness",
                    "the party is absent: a witness signs the on-site record and the list");
        }
        if (ctx.facts().filedOn() != null && in.preservedOn().isBefore(ctx.facts().filedOn())) {
            throw new StepDataInvalid("preservedOn", Reason.of("preservation-before-filing", ctx.facts().filedOn()), "APL Art. 56");
        }
    }

    @Override
    public StepOutcome apply(StepInput.EvidencePreservation in, CaseContext ctx) {
        Set<String> shown = new TreeSet<>(in.certificatesShown());
        String number = ctx.nextNumber("PRESERVATION", in.preservedOn().getYear());
        ctx.restartDeadline("preservation-disposal", in.preservedOn()); // APL Art. 56: 7 working days
        return StepOutcome.of("先行登记保存通知书 " + number + "，负责人批准：" + in.headApproval() + "，清单 " + in.items().size()
                + " 项，执法证 " + String.join("、", shown) + (in.partyPresent() ? "，当事人到场" : "，见证人 " + in.witness()),
                "APL Art. 56");
    }
}
