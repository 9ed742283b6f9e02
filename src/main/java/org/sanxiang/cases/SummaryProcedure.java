package org.sanxiang.cases;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.sanxiang.cases.CaseProblems.Rule;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.persistence.CaseEntity;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.cases.process.StepDeadlines;
import org.sanxiang.officers.CertifiedOfficer;
import org.sanxiang.officers.EnforcementBody;
import org.sanxiang.officers.Matter;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.process.ProcessKeys;
import org.sanxiang.process.ProcessVariables;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/** 简易程序 (APL Art. 51, 52): the on-the-spot decision, within the summary limits, starts the summary procedure. */
@Service
@Transactional
@RequiredArgsConstructor
public class SummaryProcedure {

    private final CaseAccess access;
    private final NewCases newCases;
    private final OfficerDirectory officers;
    private final PenaltyPolicy policy;
    private final CaseMapper cases;
    private final CaseRecord record;
    private final StepDeadlines deadlines;
    private final CaseDocuments documents;
    private final org.sanxiang.recording.RowSeals seals;

    /** 简易程序: an on-the-spot decision within the APL Art. 51 limits. */
    public CaseRef decideOnTheSpot(SummaryDecisionInput input, Actor actor) {
        access.validate(input);
        NewCases.validateParty(input.party());
        EnforcementBody body = officers.body(input.bodyId());
        NewCases.OfficeAct act = new NewCases.OfficeAct(body, "StartEvent_OnTheSpotDecision", "当场处罚决定", actor, input,
                input.matterId(), input.handlerIds(), input.decidedOn());
        Matter matter = newCases.officeRefusals(act, () -> officers.matterOnPowerList(body.id(), input.matterId()));
        newCases.officeRefusals(act, () -> {
            summaryRules(input, actor, matter, body);
            return null;
        });
        BigDecimal fine = input.penaltyType() == PenaltyType.FINE ? input.fineAmount() : null;
        List<CertifiedOfficer> handlers = newCases.officeRefusals(act,
                () -> officers.requireCertifiedHandlers(matter, input.handlerIds(), input.decidedOn()));

        CaseEntity c = new CaseEntity();
        c.procedureKind = "SUMMARY";
        c.status = CaseStatus.DECIDED.name();
        c.leadSource = LeadSource.INSPECTION.name();
        c.matterId = matter.id();
        c.facts = input.facts();
        c.discoveredOn = input.decidedOn();
        c.place = input.place();
        c.outcome = InvestigationOutcome.PENALTY.name();
        c.proposedFine = fine;
        newCases.insert(c, body, "SUMMARY", input.decidedOn().getYear(), input.party(), handlers, actor);
        cases.markDecided(c.id, c.createdAt);
        cases.insertDecision(c.id, c.caseNumber, "SUMMARY_PENALTY", input.penaltyType().name(), fine, null,
                input.facts(), actor.username(), input.decidedOn(), access.now());
        seals.seal(c.id, CaseSealedTables.DECISIONS, c.caseNumber, actor.username());
        documents.publishDecision(c, matter, c.caseNumber, "SUMMARY_PENALTY", input.decidedOn(),
                List.of(input.penaltyType()), fine, input.facts(), actor.username());
        record.append(c.id, new Act("SUMMARY_DECISION", "StartEvent_OnTheSpotDecision", actor.username(),
                "APL Art. 51", "当场处罚决定 " + c.caseNumber + "：" + input.penaltyType().label()
                        + (fine == null ? "" : " " + fine.toPlainString() + " 元") + "；当场交付并告知当事人："
                        + PublicationNotice.TEXT,
                Map.of("decision", input, "handlers", NewCases.certificates(handlers),
                        "publicationNotice", PublicationNotice.TEXT)));
        if (fine != null) {
            deadlines.restart(c.id, "payment", input.decidedOn());
        }
        newCases.startProcess(c, ProcessKeys.SUMMARY_PROCEDURE,
                Map.of(ProcessVariables.CASE_ID, c.id, ProcessVariables.EXECUTION_REQUIRED, fine != null));
        return new CaseRef(c.id, c.caseNumber);
    }

    /** APL Art. 42, 51: the deciding officer is certified; a warning, or a fine within the summary limit. */
    private void summaryRules(SummaryDecisionInput input, Actor actor, Matter matter, EnforcementBody body) {
        access.actingOfficer(actor, matter, body, input.decidedOn());
        if (input.penaltyType() != PenaltyType.WARNING && input.penaltyType() != PenaltyType.FINE) {
            throw new Rule("summary-procedure-kind", "APL Art. 51", "penaltyType",
                    "the summary procedure allows only a warning or a fine, not " + input.penaltyType(),
                    input.penaltyType().label());
        }
        org.sanxiang.cases.steps.DiscretionChecks.requireFineProvided(officers.benchmark(matter.id()),
                java.util.List.of(input.penaltyType()), input.fineAmount(), "penaltyType");
        if (input.penaltyType() == PenaltyType.FINE) {
            BigDecimal fine = input.fineAmount();
            if (fine == null || fine.signum() <= 0) {
                throw new StepDataInvalid("fineAmount", Reason.of("fine-positive"));
            }
            BigDecimal limit = policy.summaryLimit(input.party().kind());
            if (fine.compareTo(limit) > 0) {
                throw new Rule("summary-procedure-limit", "APL Art. 51", "fineAmount",
                        "summary-procedure fine " + fine + " exceeds the limit " + limit + " for " + input.party().kind(),
                        fine.toPlainString(), limit.toPlainString());
            }
        }
    }
}
