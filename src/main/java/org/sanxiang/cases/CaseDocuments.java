package org.sanxiang.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.cases.persistence.CaseEntity;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.documents.DocumentNumbering;
import org.sanxiang.officers.EnforcementBody;
import org.sanxiang.officers.Matter;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The case's documents and the events they raise: numbers from the body's sequences, the decision
 * made ({@link DecisionMade}) and who besides the party the case names (RULES §3).
 */
@Component
@RequiredArgsConstructor
class CaseDocuments {

    /** Decisions on the merits (a transfer letter is not one): only these may fall (APL Art. 48 ¶2). */
    static final Set<String> DECIDED_KINDS = Set.of("PENALTY", "NO_PENALTY", "SUMMARY_PENALTY");

    private final CaseMapper cases;
    private final OfficerDirectory officers;
    private final DocumentNumbering numbering;
    private final ApplicationEventPublisher events;

    String nextNumber(long bodyId, String kind, int year) {
        EnforcementBody body = officers.body(bodyId);
        return numbering.next(body.id(), body.documentPrefix(), kind, year);
    }

    /** The latest decision on the merits, if any. */
    java.util.Optional<CaseViews.Decision> latestDecisionOnTheMerits(long caseId) {
        return cases.selectDecisions(caseId).stream().filter(d -> DECIDED_KINDS.contains(d.kind())).reduce((a, b) -> b);
    }

    void publishDecision(CaseEntity c, Matter matter, String number, String kind, LocalDate decidedOn,
            List<PenaltyType> types, BigDecimal fine, String reasons, String decidedBy) {
        CaseViews.Party party = cases.selectParties(c.id).get(0);
        events.publishEvent(new DecisionMade(c.id, c.bodyId, c.caseNumber, number, kind, decidedOn, party.kind(),
                party.name(), party.idNumber(), party.creditCode(), party.legalRepresentative(), matter.name(), c.facts,
                matter.legalBasis(), matter.penaltyBasis(), types.stream().map(Enum::name).toList(), fine, reasons,
                decidedBy, otherPersons(c, party)));
    }

    void publish(Object event) {
        events.publishEvent(event);
    }

    /**
     * The natural persons the case names besides the party (RULES §3): those its investigation records
     * list or label, and the other natural-person parties; never an officer (officers are public).
     */
    List<String> otherPersons(CaseEntity c, CaseViews.Party party) {
        List<String> candidates = new ArrayList<>(cases.selectInvestigationPersonNames(c.id));
        for (CaseViews.InvestigationRecord r : cases.selectInvestigationRecords(c.id)) {
            candidates.addAll(NamedPersons.labelledIn(r.content()));
        }
        for (CaseViews.Party p : cases.selectParties(c.id)) {
            if (p.id() != party.id() && PartyKind.NATURAL_PERSON.name().equals(p.kind())) {
                candidates.add(p.name());
            }
        }
        Set<String> officerNames = officers.officersOfBody(c.bodyId).stream().map(Officer::name)
                .collect(Collectors.toSet());
        return NamedPersons.others(candidates, party.name(), officerNames);
    }
}
