package org.sanxiang.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.persistence.CaseEntity;
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

/** 案源登记 (APL Art. 54): a lead of a matter on the body's power list, by a certified officer, starts the general procedure. */
@Service
@Transactional
@RequiredArgsConstructor
public class LeadRegistration {

    private final CaseAccess access;
    private final NewCases newCases;
    private final OfficerDirectory officers;
    private final CaseRecord record;
    private final StepDeadlines deadlines;
    private final PenaltyPolicy policy;

    /** 案源登记: registers a lead and starts the general procedure at 立案审批. */
    public CaseRef registerLead(RegisterLead lead, Actor actor) {
        access.validate(lead);
        NewCases.validateParty(lead.party());
        EnforcementBody body = officers.body(lead.bodyId());
        LocalDate today = access.today();
        NewCases.OfficeAct act = new NewCases.OfficeAct(body, "StartEvent_LeadRegistered", "案源登记", actor, lead,
                lead.matterId(), lead.handlerIds(), today);
        Matter matter = newCases.officeRefusals(act, () -> officers.matterOnPowerList(body.id(), lead.matterId()));
        newCases.officeRefusals(act, () -> {
            access.actingOfficer(actor, matter, body, today);
            return null;
        });
        if (lead.actDate() != null && lead.actDate().isAfter(lead.discoveredOn())) {
            throw new StepDataInvalid("actDate", Reason.of("act-after-discovery"));
        }
        List<CertifiedOfficer> handlers = newCases.officeRefusals(act,
                () -> officers.requireCertifiedHandlers(matter, lead.handlerIds(), today));

        CaseEntity c = new CaseEntity();
        c.procedureKind = "GENERAL";
        c.status = CaseStatus.LEAD.name();
        c.leadSource = lead.source().name();
        c.matterId = matter.id();
        c.facts = lead.facts();
        c.actDate = lead.actDate();
        c.discoveredOn = lead.discoveredOn();
        c.place = lead.place();
        c.harmsLifeHealthOrFinance = lead.harmsLifeHealthOrFinance();
        newCases.insert(c, body, "CASE", today.getYear(), lead.party(), handlers, actor);

        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("lead", lead);
        payload.put("handlers", NewCases.certificates(handlers));
        record.append(c.id, new Act("CASE_REGISTERED", "StartEvent_LeadRegistered", actor.username(), "APL Art. 54",
                "案源登记：" + matter.name() + "，当事人" + lead.party().name(), payload));
        // APL Art. 54: the filing period runs from the day the lead was discovered or received, not from its registration
        deadlines.restart(c.id, "filing", lead.discoveredOn());
        Map<String, Object> variables = new HashMap<>(policy.decisionTableThresholds());
        variables.put(ProcessVariables.CASE_ID, c.id);
        variables.put(ProcessVariables.REVIEW_PASSED, false);
        variables.put(ProcessVariables.HEARING_HELD, false);
        newCases.startProcess(c, ProcessKeys.GENERAL_PROCEDURE, variables);
        return new CaseRef(c.id, c.caseNumber);
    }
}
