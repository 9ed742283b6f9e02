package org.sanxiang.cases.steps;

import java.time.LocalDate;
import java.util.Map;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.StepInput;
import org.sanxiang.process.ProcessVariables;

/**
 * 听证 (APL Art. 64, 65): held only after its notice (time, place, chair) was served at least 7 working days
 * before (APL Art. 64 ¶1 (2), Art. 85), chaired by the notified chair, who took no part in the investigation.
 */
public class HearingRule implements StepRule<StepInput.Hearing> {

    @Override
    public Class<StepInput.Hearing> inputType() {
        return StepInput.Hearing.class;
    }

    @Override
    public void validate(StepInput.Hearing in, CaseContext ctx) {
        CaseContext.HearingNoticeGiven notice = ctx.hearingNotice().orElseThrow(() -> new Rule("hearing-notice-missing",
                "APL Art. 64", "heldOn", "no hearing notice was served in case " + ctx.facts().caseNumber(),
                ctx.facts().caseNumber()));
        requireNoticeInTime(notice.servedOn(), in.heldOn(), ctx.earliestHearingDay(notice.servedOn()), "heldOn");
        if (notice.chairOfficerId() != in.chairOfficerId()) {
            throw new Rule("hearing-chair-not-notified", "APL Art. 64", "chairOfficerId",
                    "the hearing must be chaired by the chair named in the notice", notice.chairOfficerId());
        }
    }

    /** APL Art. 64 ¶1 (2), Art. 85: the hearing is held on or after the 7th working day after its notice was served. */
    public static void requireNoticeInTime(LocalDate servedOn, LocalDate hearingDay, LocalDate earliest, String field) {
        if (hearingDay.isBefore(earliest)) {
            throw new Rule("hearing-notice-too-late", "APL Art. 64, 85", field,
                    "a hearing on " + hearingDay + " needs its notice served 7 working days before; served on " + servedOn
                            + ", the earliest hearing day is " + earliest,
                    hearingDay, servedOn, earliest);
        }
    }

    @Override
    public StepOutcome apply(StepInput.Hearing in, CaseContext ctx) {
        String chair = ctx.hearingChair(in.chairOfficerId());
        return new StepOutcome(Map.of(ProcessVariables.HEARING_HELD, true),
                "听证会由" + chair + "主持，当事人" + (in.partyAppeared() ? "到场" : "未到场"), in.step().article());
    }
}
