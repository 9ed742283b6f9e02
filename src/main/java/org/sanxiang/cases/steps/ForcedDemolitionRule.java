package org.sanxiang.cases.steps;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import java.util.TreeSet;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.StepInput;

/**
 * 强制拆除 (ACL Art. 43, 44): after the decision, by two certified officers showing their certificates and with a
 * witness on the on-site record (the safeguards of ACL Art. 18, applied to execution as practice does), never at
 * night and never on a day that is not a
 * working day of the State Council's holiday notice (ACL Art. 43: 法定节假日; the weekend 休息日 is treated the
 * same way, the conservative reading). The night is configuration (default 22:00-06:00, the definition of 夜间 in
 * 噪声污染防治法 Art. 88 used by analogy). The audio-video record is mandatory (G118; the evidence configuration
 * names {@code Task_ForcedDemolition}).
 */
public class ForcedDemolitionRule implements StepRule<StepInput.ForcedDemolition> {

    @Override
    public Class<StepInput.ForcedDemolition> inputType() {
        return StepInput.ForcedDemolition.class;
    }

    @Override
    public void validate(StepInput.ForcedDemolition in, CaseContext ctx) {
        EnforcementContext e = ctx.enforcement();
        EnforcementContext.Demolition d = e.demolition().orElseThrow();
        StepChecks.requireCertificatesShown("ACL Art. 18", ctx.validCertificatesOf(in.officerIds(),
                in.startedAt().toLocalDate()), in.certificatesShown());
        if (!in.endedAt().isAfter(in.startedAt())) {
            throw new Rule("demolition-ends-before-start", "ACL Art. 43", "endedAt",
                    "the execution ends at " + in.endedAt() + ", not after its start " + in.startedAt(), in.endedAt(),
                    in.startedAt());
        }
        if (in.startedAt().toLocalDate().isBefore(d.decidedOn())) {
            throw new Rule("demolition-before-decision", "ACL Art. 37", "startedAt",
                    "the execution of " + in.startedAt() + " precedes the decision of " + d.decidedOn(), in.startedAt(),
                    d.decidedOn());
        }
        requireDaytime("startedAt", in.startedAt(), e);
        requireDaytime("endedAt", in.endedAt(), e);
        if (!in.startedAt().toLocalDate().equals(in.endedAt().toLocalDate())) {
            throw new Rule("demolition-at-night", "ACL Art. 43", "endedAt",
                    "an execution running from " + in.startedAt() + " to " + in.endedAt() + " goes through the night",
                    in.endedAt(), e.nightStarts(), e.nightEnds());
        }
        LocalDate day = in.startedAt().toLocalDate();
        if (!e.isWorkingDay(day)) {
            throw new Rule("demolition-on-holiday", "ACL Art. 43", "startedAt",
                    day + " is a statutory holiday or rest day: no enforcement", day);
        }
        if (StepChecks.blank(in.witness())) {
            throw new Rule("demolition-witness-required", "ACL Art. 18", "witness",
                    "the on-site record of a forced demolition is signed by a witness as well");
        }
    }

    private static void requireDaytime(String field, LocalDateTime at, EnforcementContext e) {
        LocalTime time = at.toLocalTime();
        if (!time.isBefore(e.nightStarts()) || time.isBefore(e.nightEnds())) {
            throw new Rule("demolition-at-night", "ACL Art. 43", field,
                    at + " is at night (" + e.nightStarts() + "-" + e.nightEnds() + "): no enforcement", at,
                    e.nightStarts(), e.nightEnds());
        }
    }

    @Override
    public StepOutcome apply(StepInput.ForcedDemolition in, CaseContext ctx) {
        Set<String> shown = new TreeSet<>(in.certificatesShown());
        ctx.enforcement().recordDemolition(in.startedAt(), in.endedAt());
        ctx.status(CaseStatus.EXECUTED);
        return StepOutcome.of("强制拆除于 " + in.startedAt() + " 至 " + in.endedAt() + " 实施，执法证 " + String.join("、", shown)
                + "，见证人 " + in.witness(), "ACL Art. 43, 44");
    }
}
