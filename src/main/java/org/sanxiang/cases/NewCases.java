package org.sanxiang.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.persistence.CaseEntity;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.cases.persistence.PartyEntity;
import org.sanxiang.officers.CertifiedOfficer;
import org.sanxiang.officers.EnforcementBody;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Problem;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * What the acts that create a case (案源登记, 当场处罚决定) share: the party's check, the refusal recorded in
 * the body's office record (there is no case chain yet), and the case row with its party and handlers.
 */
@Component
@RequiredArgsConstructor
class NewCases {

    private final CaseMapper cases;
    private final OfficerDirectory officers;
    private final RefusedActs refusals;
    private final CaseAccess access;
    private final org.sanxiang.documents.DocumentNumbering numbering;
    private final org.camunda.bpm.engine.RuntimeService runtime;

    /**
     * An act attempted before any case exists: whose office it concerns, who tried, what was entered,
     * the matter and the officers it names, on which date their certificates count.
     */
    record OfficeAct(EnforcementBody body, String step, String label, Actor actor, Object input, Long matterId,
            List<Long> officerIds, LocalDate onDate) {
    }

    /**
     * Runs checks of an act that would create a case; a refusal for who acts or for the body's competence
     * (APL Art. 24, 42, 51) is recorded in the body's office record.
     */
    <T> T officeRefusals(OfficeAct act, Supplier<T> checks) {
        try {
            return checks.get();
        } catch (Problem p) {
            if (RefusedActs.isOfficeBlock(p)) {
                refusals.recordForOffice(act.body().id(), act.step(), act.actor(), p, act.label(), officeRefusalContext(act));
            }
            throw p;
        }
    }

    /**
     * What an office-record refusal keeps besides the rule: the matter, the actor's and the named officers'
     * certificate numbers with their status on the act's date (officers and certificates are public), and
     * the SHA-256 of the refused input as the service serialises it — the party stays out of the record,
     * yet whoever holds the input can show it was this one.
     */
    private Map<String, Object> officeRefusalContext(OfficeAct act) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("matterId", act.matterId());
        context.put("actorCertificates", officers.officerByUsername(act.actor().username())
                .map(o -> certificateStates(o.id(), act.onDate())).orElse(List.of()));
        List<Map<String, Object>> named = new ArrayList<>();
        List<Long> ids = act.officerIds() == null ? List.of() : act.officerIds().stream().distinct().toList();
        for (Officer o : officers.officers(ids)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("officerId", o.id());
            m.put("name", o.name());
            m.put("certificates", certificateStates(o.id(), act.onDate()));
            named.add(m);
        }
        context.put("officers", named);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("kind", act.input().getClass().getSimpleName());
        input.put("sha256", sha256Hex(access.toJson(act.input())));
        context.put("input", input);
        return context;
    }

    private List<Map<String, String>> certificateStates(long officerId, LocalDate onDate) {
        return officers.certificatesOf(officerId).stream()
                .map(c -> Map.of("number", c.number(), "status", c.statusOn(onDate).name())).toList();
    }

    /** The SHA-256 (hex) of a text's UTF-8 bytes. */
    static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A natural person's ID number carries the GB 11643 check digit; an organisation has a credit code and representative. */
    static void validateParty(PartyInput party) {
        if (party.kind() == PartyKind.ORGANISATION) {
            if (CaseAccess.blank(party.creditCode())) {
                throw new StepDataInvalid("party.creditCode", Reason.of("credit-code-required"));
            }
            if (CaseAccess.blank(party.legalRepresentative())) {
                throw new StepDataInvalid("party.legalRepresentative", Reason.of("legal-representative-required"));
            }
        } else if (party.idNumber() != null && party.idNumber().length() == 18 && !IdNumbers.checkDigitValid(party.idNumber())) {
            throw new StepDataInvalid("party.idNumber", Reason.of("id-number-check-digit"));
        }
    }

    /** Numbers the case from the body's sequence {@code sequence} and inserts it with its party and handlers. */
    CaseEntity insert(CaseEntity c, EnforcementBody body, String sequence, int year, PartyInput party,
            List<CertifiedOfficer> handlers, Actor actor) {
        c.caseNumber = numbering.next(body.id(), body.documentPrefix(), sequence, year);
        c.bodyId = body.id();
        c.createdBy = actor.username();
        c.createdAt = access.now();
        cases.insertCase(c);
        insertParty(c.id, party);
        for (int i = 0; i < handlers.size(); i++) {
            cases.insertHandler(c.id, handlers.get(i).officer().id(), i == 0, actor.username(), access.now());
        }
        return c;
    }

    /** Starts the case's process, keyed by its case number. */
    void startProcess(CaseEntity c, String processKey, Map<String, Object> variables) {
        String pid = runtime.startProcessInstanceByKey(processKey, c.caseNumber, variables).getId();
        cases.updateProcessInstance(c.id, pid);
    }

    private void insertParty(long caseId, PartyInput in) {
        PartyEntity p = new PartyEntity();
        p.caseId = caseId;
        p.kind = in.kind().name();
        p.name = in.name();
        p.idNumber = in.idNumber() == null ? null : in.idNumber().toUpperCase();
        p.creditCode = in.creditCode();
        p.legalRepresentative = in.legalRepresentative();
        p.phone = in.phone();
        p.address = in.address();
        cases.insertParty(p);
    }

    static List<Map<String, String>> certificates(List<CertifiedOfficer> officers) {
        List<Map<String, String>> list = new ArrayList<>();
        for (CertifiedOfficer o : officers) {
            list.add(Map.of("officer", o.officer().name(), "certificate", o.certificate().number()));
        }
        return list;
    }
}
