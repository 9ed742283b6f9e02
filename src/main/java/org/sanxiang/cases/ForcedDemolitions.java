package org.sanxiang.cases;

import java.util.Map;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.persistence.CaseEntity;
import org.sanxiang.cases.persistence.EnforcementMapper;
import org.sanxiang.cases.steps.EnforcementContext;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Acts of forced demolition besides its steps: a handler records that the party applied for reconsideration or
 * sued within the periods (ACL Art. 44), which stops the demolition when the periods run out.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ForcedDemolitions {

    private final CaseAccess access;
    private final OfficerDirectory officers;
    private final EnforcementActs acts;
    private final EnforcementMapper mapper;
    private final CaseRecord record;

    public void recordChallenge(long caseId, DemolitionChallenge challenge, Actor actor) {
        CaseEntity c = access.lockCase(caseId, actor);
        EnforcementContext.Demolition d = access.recordingRefusals(c, Step.DEMOLITION_NOTICE.taskKey(), actor, () -> {
            access.authorize(c, Step.DEMOLITION_NOTICE, officers.matter(c.matterId), actor);
            access.validate(challenge);
            EnforcementContext.Demolition demolition = acts.demolition(c.id).orElseThrow(() -> new Rule(
                    "no-forced-demolition", "ACL Art. 44", "caseId", "case " + c.caseNumber + " has no forced demolition",
                    c.caseNumber));
            if (demolition.challengeFiledOn() != null || demolition.decisionNumber() != null) {
                throw new Rule("demolition-challenge-closed", "ACL Art. 44", "filedOn",
                        "a challenge is already recorded or the demolition was decided", c.caseNumber);
            }
            if (challenge.filedOn().isAfter(demolition.remedyLapsesOn())) {
                throw new Rule("demolition-challenge-out-of-time", "ACL Art. 44", "filedOn",
                        "filed on " + challenge.filedOn() + ", after the remedy periods ended on "
                                + demolition.remedyLapsesOn(), challenge.filedOn(), demolition.remedyLapsesOn());
            }
            return demolition;
        });
        mapper.updateDemolitionChallenge(c.id, challenge.kind().name(), challenge.filedOn(), challenge.reference());
        record.append(c.id, new Act("DEMOLITION_CHALLENGED", Step.DEMOLITION_NOTICE.taskKey(), actor.username(),
                "ACL Art. 44", (challenge.kind() == DemolitionChallenge.Kind.RECONSIDERATION ? "当事人申请行政复议（" : "当事人提起行政诉讼（")
                        + challenge.reference() + "，" + challenge.filedOn() + "），强制拆除不得实施；复议诉讼期限至 "
                        + d.remedyLapsesOn(), Map.of("challenge", challenge)));
    }
}
