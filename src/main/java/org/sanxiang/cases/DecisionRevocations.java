package org.sanxiang.cases;

import java.time.LocalDate;
import java.util.Map;

import org.sanxiang.cases.CaseProblems.NotPermitted;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.persistence.CaseEntity;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.process.Roles;
import org.sanxiang.process.Actor;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/** A decision falls (APL Art. 48 ¶2): changed, revoked, confirmed unlawful or void. */
@Service
@Transactional
@RefusalsOnRecord
@RequiredArgsConstructor
public class DecisionRevocations {

    private final CaseAccess access;
    private final CaseMapper cases;
    private final CaseRecord record;
    private final CaseDocuments documents;

    /**
     * The head records that the case's decision was changed, revoked, confirmed unlawful or void (by
     * a reconsideration decision, a judgment or the office's own correction). Only a decided case, only
     * once per decision; in the chain with its article; {@link DecisionRevoked} makes the publicity module
     * withdraw the publication within 3 working days (or never publish it).
     */
    public CaseViews.Revocation revokeDecision(long caseId, DecisionRevocationInput input, Actor actor) {
        CaseEntity c = access.lockCase(caseId, actor);
        if (!actor.inGroup(Roles.HEAD)) {
            throw new NotPermitted("role-required", "APL Art. 48", "only the head records that a decision fell",
                    "撤销、变更决定登记", Roles.HEAD);
        }
        access.validate(input);
        CaseViews.Decision decision = documents.latestDecisionOnTheMerits(c.id)
                .orElseThrow(() -> new CaseProblems.CaseNotDecided(c.caseNumber));
        if (cases.selectRevocations(c.id).stream().anyMatch(r -> r.decisionNumber().equals(decision.decisionNumber()))) {
            throw new CaseProblems.DecisionAlreadyRevoked(decision.decisionNumber());
        }
        LocalDate effective = input.effectiveOn() == null ? access.today() : input.effectiveOn();
        if (effective.isBefore(decision.decidedOn())) {
            throw new StepDataInvalid("effectiveOn", Reason.of("before-decision", decision.decidedOn()), "APL Art. 48");
        }
        String reason = input.reason().strip();
        String source = input.sourceDocument().strip();
        try {
            cases.insertRevocation(c.id, decision.decisionNumber(), input.kind().name(), reason, source, effective,
                    actor.username(), access.now());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new CaseProblems.DecisionAlreadyRevoked(decision.decisionNumber());
        }
        RevocationKind kind = input.kind();
        record.append(c.id, new Act("DECISION_REVOKED", null, actor.username(), "APL Art. 48; " + kind.article(),
                "决定 " + decision.decisionNumber() + " 被依法" + kind.label() + "（" + source + "）：" + reason,
                Map.of("decisionNumber", decision.decisionNumber(), "kind", kind.name(), "reason", reason,
                        "sourceDocument", source, "effectiveOn", effective.toString())));
        CaseViews.Party party = cases.selectParties(c.id).get(0);
        documents.publish(new DecisionRevoked(c.id, decision.decisionNumber(), kind.name(), reason, source, effective,
                actor.username(), party.kind(), party.name(), party.idNumber(), party.creditCode(),
                party.legalRepresentative(), documents.otherPersons(c, party)));
        return cases.selectRevocations(c.id).stream().filter(r -> r.decisionNumber().equals(decision.decisionNumber()))
                .findFirst().orElseThrow();
    }
}
