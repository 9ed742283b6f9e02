package org.sanxiang.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanxiang.cases.CaseViews.CaseDetail;
import org.sanxiang.documents.CaseSheet;
import org.sanxiang.documents.CaseSheetSource;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceRegistry;
import org.sanxiang.officers.EnforcementBody;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Roles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import lombok.RequiredArgsConstructor;

/**
 * Answers the documents module's {@link CaseSheetSource}: a case as its documents print it, read from the case's
 * tables (the same detail the case page shows, with each step's data as it was entered), its evidence list and
 * the body's officers. Who may issue: the case's handlers and the head, as for the case's other acts.
 */
@Component
@RequiredArgsConstructor
class CaseDocumentSheets implements CaseSheetSource {

    private static final Map<String, String> SERVICE_METHODS = Map.of("DIRECT", "直接送达", "LEFT_AT_RESIDENCE", "留置送达",
            "POSTAL", "邮寄送达", "ELECTRONIC", "电子送达", "ENTRUSTED", "委托送达", "PUBLIC_NOTICE", "公告送达");

    private final CaseQueries queries;
    private final OfficerDirectory officers;
    private final EvidenceRegistry evidence;
    private final ObjectMapper json;

    @Override
    @Transactional(readOnly = true)
    public CaseSheet sheet(long caseId, Actor actor) {
        CaseDetail c = queries.detail(caseId, actor);
        long bodyId = officers.matter(c.matterId()).bodyId();
        EnforcementBody body = officers.body(bodyId);
        List<Officer> bodyOfficers = officers.officersOfBody(bodyId);
        Map<Long, String> officerNames = bodyOfficers.stream().collect(Collectors.toMap(Officer::id, Officer::name));
        Map<String, String> userNames = bodyOfficers.stream().filter(o -> o.username() != null)
                .collect(Collectors.toMap(Officer::username, Officer::name, (a, b) -> a));
        Map<String, CaseSheet.Step> steps = new LinkedHashMap<>();
        for (CaseViews.StepEntry s : c.steps()) {
            String label = Step.valueOf(s.step()).label();
            steps.put(s.step(), new CaseSheet.Step(s.step(), label, data(s.data()), s.enteredBy(), s.enteredAt()));
        }
        List<CaseSheet.Evidence> items = new ArrayList<>();
        int no = 1;
        for (EvidenceItem e : evidence.list(caseId)) {
            items.add(new CaseSheet.Evidence(no++, e.type().label(), e.description(), e.fileName(), e.capturedAt(),
                    e.sha256(), e.excluded()));
        }
        return new CaseSheet(c.id(), bodyId, body.code(), body.name(), body.documentPrefix(), c.caseNumber(),
                c.procedureKind(), c.status(), c.leadSource(), c.matterName(), c.legalBasis(), c.penaltyBasis(), c.facts(),
                c.actDate(), c.discoveredOn(), c.place(), c.outcome(), c.proposedFine(),
                c.filedAt() == null ? null : c.filedAt().toLocalDate(),
                c.decidedAt() == null ? null : c.decidedAt().toLocalDate(),
                c.closedAt() == null ? null : c.closedAt().toLocalDate(),
                c.parties().stream().map(p -> new CaseSheet.Party(p.kind(),
                        "ORGANISATION".equals(p.kind()) ? "法人或者其他组织" : "公民", p.name(), p.idNumber(), p.creditCode(),
                        p.legalRepresentative(), p.phone(), p.address())).toList(),
                c.handlers().stream().map(h -> new CaseSheet.Officer(h.name(), h.certificateNumber(), h.lead())).toList(),
                null, officerNames, userNames, steps,
                c.investigationRecords().stream().map(r -> new CaseSheet.Record(r.id(), r.kind(), r.recordedOn(), r.place(),
                        names(r.officerIds(), officerNames), r.certificatesShown(), r.content(), r.enteredBy())).toList(),
                c.decisions().stream().map(d -> new CaseSheet.Decision(d.decisionNumber(), d.kind(), d.penaltyTypes(),
                        d.fineAmount(), d.confiscationValue(), d.reasons(), d.decidedBy(), d.decidedOn())).toList(),
                c.serviceRecords().stream().map(s -> new CaseSheet.Service(s.document(), s.method(),
                        SERVICE_METHODS.getOrDefault(s.method(), s.method()), s.servedOn(), s.recipient())).toList(),
                c.payments().stream().map(p -> new CaseSheet.Payment(p.amount(), p.paidOn(), p.receiptNumber())).toList(),
                items,
                c.reviewRounds().stream().map(r -> new CaseSheet.Review(r.round(), r.opinionNumber(),
                        userNames.getOrDefault(r.reviewer(), r.reviewer()), r.outcome(), r.opinion(), r.corrections(),
                        r.decidedOn())).toList(),
                c.deadlines().stream().map(d -> new CaseSheet.Deadline(d.title(), d.article(), d.start(), d.due(),
                        d.finishedOn())).toList(),
                Arrays.stream(Step.values()).collect(Collectors.toMap(Step::name, Step::label)));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayIssue(long caseId, Actor actor) {
        return queries.access(caseId, actor).handler() || actor.inGroup(Roles.HEAD);
    }

    private Map<String, Object> data(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Map.of();
        }
    }

    private static List<String> names(String officerIds, Map<Long, String> names) {
        if (officerIds == null || officerIds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(officerIds.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> names.getOrDefault(Long.valueOf(s), s)).toList();
    }
}
