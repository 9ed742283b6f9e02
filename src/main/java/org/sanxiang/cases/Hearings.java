package org.sanxiang.cases;

import java.util.Map;

import org.sanxiang.cases.persistence.CaseEntity;
import org.sanxiang.cases.persistence.HearingNoticeMapper;
import org.sanxiang.cases.process.StepDeadlines;
import org.sanxiang.cases.steps.HearingRule;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * The hearing notice (听证通知书, APL Art. 64 ¶1 (2)): served while 听证 is open, at least 7 working days
 * (APL Art. 85) before the hearing, naming its time, place and a chair who took no part in the investigation.
 * The step 听证 completes only on a notice served in time ({@link HearingRule}).
 */
@Service
@Transactional
@RefusalsOnRecord
@RequiredArgsConstructor
public class Hearings {

    private final CaseAccess access;
    private final OfficerDirectory officers;
    private final CaseRecord record;
    private final Deadlines calendar;
    private final StepDeadlines deadlines;
    private final HearingNoticeMapper notices;

    /** Records the notice served; refuses a hearing set before the 7th working day after service, or an investigator as chair. */
    public void serveHearingNotice(long caseId, HearingNoticeInput input, Actor actor) {
        CaseEntity c = access.lockCase(caseId, actor);
        access.currentTask(c, Step.HEARING);
        access.authorize(c, Step.HEARING, officers.matter(c.matterId), actor);
        access.validate(input);
        var earliest = calendar.due("hearing-notice", input.servedOn()).dueDate();
        HearingRule.requireNoticeInTime(input.servedOn(), input.hearingAt().toLocalDate(), earliest, "hearingAt");
        officers.requireNotInvestigator(input.chairOfficerId(), access.investigators(c.id));
        Officer chair = officers.officer(input.chairOfficerId());
        notices.insertHearingNotice(c.id, input.servedOn(), input.hearingAt(), input.place().strip(), chair.id(),
                actor.username(), access.now());
        deadlines.restart(c.id, "hearing-notice", input.servedOn());
        record.append(c.id, new Act("HEARING_NOTICE_SERVED", Step.HEARING.taskKey(), actor.username(), "APL Art. 64, 85",
                "送达听证通知书（" + input.servedOn() + "）：听证定于 " + input.hearingAt() + " 在" + input.place().strip()
                        + "举行，主持人 " + chair.name(),
                Map.of("notice", input, "earliestHearingDay", earliest.toString())));
    }
}
