package org.sanxiang.cases;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.cases.CaseViews.CaseDetail;
import org.sanxiang.cases.CaseViews.OpenTask;
import org.sanxiang.cases.persistence.CaseEntity;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.cases.persistence.HandlerRow;
import org.sanxiang.cases.persistence.InboxMapper;
import org.sanxiang.officers.Matter;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.process.NotFound;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.recording.CaseRecord;
import org.sanxiang.review.LegalReviews;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * The read side of one case: its page, deadlines, fallen decisions, what the actor may do on it, and its access
 * facts for the evidence module; from our indexed tables only. The lists are {@link CaseLists}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseQueries {

    private final CaseMapper cases;
    private final InboxMapper inbox;
    private final OfficerDirectory officers;
    private final CaseRecord record;
    private final Clock clock;
    private final Deadlines deadlines;
    private final LegalReviews reviews;

    /** The case's current handlers, lead first, with name and certificate in force from the officers module. */
    private List<CaseViews.Handler> handlers(long caseId) {
        List<HandlerRow> rows = cases.selectHandlers(caseId);
        List<Long> ids = rows.stream().map(HandlerRow::officerId).toList();
        Map<Long, String> names = officers.officers(ids).stream().collect(Collectors.toMap(Officer::id, Officer::name));
        Map<Long, String> certificates = officers.validCertificateNumbers(ids);
        return rows.stream().map(h -> new CaseViews.Handler(h.officerId(), names.get(h.officerId()), h.lead(),
                certificates.get(h.officerId()))).toList();
    }

    /** A case's deadlines with their articles, its suspensions and recomputations (APL Art. 60, 85). */
    public CaseViews.CaseDeadlines deadlines(long caseId, Actor actor) {
        visibleCase(caseId, actor);
        return new CaseViews.CaseDeadlines(deadlines.list(caseId), deadlines.suspensions(caseId),
                deadlines.recomputations(caseId));
    }

    /** The case, if the actor may see it: 404 for unknown cases and for cases of another body. */
    private CaseEntity visibleCase(long caseId, Actor actor) {
        CaseEntity c = cases.selectCaseById(caseId);
        Long bodyId = visibleBody(actor);
        if (c == null || (bodyId != null && bodyId != c.bodyId)) {
            throw new NotFound("case", caseId);
        }
        return c;
    }

    public CaseDetail detail(long caseId, Actor actor) {
        CaseEntity c = visibleCase(caseId, actor);
        Matter matter = officers.matter(c.matterId);
        List<OpenTask> open = openTasks(caseId);
        // APL Art. 42: a handler whose certificate lapsed while the case is open blocks it until reassigned
        List<org.sanxiang.officers.LapsedOfficer> lapsed = open.isEmpty() ? List.of()
                : officers.lapsedOfficers(matter, cases.selectHandlerIds(caseId), java.time.LocalDate.now(clock));
        return new CaseDetail(c.id, c.caseNumber, c.procedureKind, c.status, c.currentStep, c.leadSource, c.matterId,
                matter.name(), matter.legalBasis(), matter.penaltyBasis(), c.facts, c.actDate, c.discoveredOn, c.place,
                c.outcome, c.proposedFine, c.processInstanceId, c.createdBy, c.createdAt, c.filedAt, c.decidedAt,
                c.closedAt, c.archivedAt, cases.selectParties(caseId), handlers(caseId), open,
                cases.selectSteps(caseId), cases.selectInvestigationRecords(caseId), cases.selectDecisions(caseId),
                cases.selectServiceRecords(caseId), cases.selectPayments(caseId), cases.selectRevocations(caseId),
                !lapsed.isEmpty(), lapsed,
                deadlines.list(caseId),
                reviews.rounds(caseId), record.timeline(caseId), record.verify(caseId));
    }

    /**
     * The case's decisions that fell (changed, revoked, confirmed unlawful or void; APL Art. 48 ¶2): kind,
     * reason, source document, effective date, who entered it and when, oldest first.
     */
    public List<CaseViews.Revocation> revocations(long caseId, Actor actor) {
        visibleCase(caseId, actor);
        return cases.selectRevocations(caseId);
    }

    /** The open tasks of a case, as the inbox read model holds them. */
    public List<OpenTask> openTasks(long caseId) {
        return inbox.selectByCase(caseId).stream()
                .map(t -> new OpenTask(t.taskId, t.step, t.name, t.assignee, t.candidateGroup, t.dueDate)).toList();
    }

    /**
     * What the actor may do on the case now, by the same rules the use cases apply: per open task
     * complete / claim / give back, and the head's acts (extend the review, reassign, suspend and resume
     * the decision clock, record that the latest decision on the merits fell).
     */
    public CaseViews.AllowedActions allowedActions(long caseId, Actor actor) {
        CaseEntity c = visibleCase(caseId, actor);
        Long me = officers.officerByUsername(actor.username()).map(Officer::id).orElse(null);
        boolean handler = me != null && cases.selectHandlerIds(caseId).contains(me);
        List<CaseViews.TaskActions> tasks = new java.util.ArrayList<>();
        for (OpenTask t : openTasks(caseId)) {
            Step step = Step.byTaskKey(t.step()).orElse(null);
            if (step == null) {
                continue;
            }
            boolean role = org.sanxiang.cases.CaseAccess.hasRole(step, actor, handler);
            boolean claimNeeded = step.group() == Step.Group.REVIEWER && !actor.username().equals(t.assignee());
            tasks.add(new CaseViews.TaskActions(t, step, role, role && !claimNeeded,
                    role && claimNeeded && t.assignee() == null,
                    t.assignee() != null && (actor.username().equals(t.assignee()) || actor.inGroup(org.sanxiang.process.Roles.HEAD))));
        }
        boolean head = actor.inGroup(org.sanxiang.process.Roles.HEAD);
        Set<String> fallen = new HashSet<>();
        cases.selectRevocations(caseId).forEach(r -> fallen.add(r.decisionNumber()));
        String revocable = cases.selectDecisions(caseId).stream()
                .filter(d -> CaseDocuments.DECIDED_KINDS.contains(d.kind())).reduce((a, b) -> b)
                .map(CaseViews.Decision::decisionNumber).filter(n -> !fallen.contains(n)).orElse(null);
        boolean reviewOpen = tasks.stream().anyMatch(t -> t.step() == Step.LEGAL_REVIEW);
        return new CaseViews.AllowedActions(handler, List.copyOf(tasks), head && reviewOpen, head, head,
                head && revocable != null, revocable, c.caseNumber);
    }

    /**
     * A case as the evidence and record endpoints need it: 404 when the actor may not see it (another
     * body's case), its process instance, whether the actor is one of its handlers, and the ids of its
     * investigation records.
     */
    public CaseAccess access(long caseId, Actor actor) {
        CaseEntity c = visibleCase(caseId, actor);
        Long officerId = officers.officerByUsername(actor.username()).map(Officer::id).orElse(null);
        boolean handler = officerId != null && cases.selectHandlerIds(caseId).contains(officerId);
        Set<Long> records = new HashSet<>();
        cases.selectInvestigationRecords(caseId).forEach(r -> records.add(r.id()));
        return new CaseAccess(c.id, c.caseNumber, c.processInstanceId, handler, Set.copyOf(records));
    }

    /** See {@link #access(long, Actor)}. */
    public record CaseAccess(long caseId, String caseNumber, String processInstanceId, boolean handler,
            Set<Long> investigationRecordIds) {
    }

    /** The body whose cases the actor sees; null for supervisors and administrators (all bodies). */
    private Long visibleBody(Actor actor) {
        return officers.bodyScope(actor);
    }
}
