package org.sanxiang.cases;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.cases.CaseViews.CaseDetail;
import org.sanxiang.cases.CaseViews.CaseRow;
import org.sanxiang.cases.CaseViews.CaseSearch;
import org.sanxiang.cases.CaseViews.InboxItem;
import org.sanxiang.cases.CaseViews.OpenTask;
import org.sanxiang.cases.CaseViews.PageResult;
import org.sanxiang.cases.persistence.CaseEntity;
import org.sanxiang.cases.persistence.CaseListRow;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.cases.persistence.HandlerRow;
import org.sanxiang.cases.persistence.InboxMapper;
import org.sanxiang.cases.persistence.InboxRow;
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

/** The read side: inbox, case search and the case page, from our indexed tables only. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseQueries {

    public static final int MAX_PAGE_SIZE = 200;

    private final CaseMapper cases;
    private final InboxMapper inbox;
    private final OfficerDirectory officers;
    private final CaseRecord record;
    private final Clock clock;
    private final Deadlines deadlines;
    private final LegalReviews reviews;
    private final ReviewTaskCountCache reviewCounts;
    private final org.sanxiang.cases.CaseAccess access;

    /** "My inbox": tasks assigned to me, or unassigned in my groups on cases I may act on. */
    public PageResult<InboxItem> inbox(Actor actor, int page, int size) {
        int s = clampSize(size);
        int p = Math.max(page, 0);
        Set<String> groups = new HashSet<>(actor.groups());
        if (groups.isEmpty()) {
            groups.add("-"); // keeps the IN list well-formed for an account without groups
        }
        Long officerId = officers.officerByUsername(actor.username()).map(Officer::id).orElse(null);
        List<InboxItem> items = withMatterNames(
                inbox.selectInbox(actor.username(), groups, officerId, LocalDateTime.now(clock), s, p * s));
        return new PageResult<>(items, p, s, inbox.countInbox(actor.username(), groups, officerId));
    }

    /** Tasks counted as "due soon" fall due within this many hours. */
    static final int DUE_SOON_HOURS = 48;

    /** The legal reviewers' task list with filters and counts (never cases the reviewer handles). */
    public CaseViews.ReviewTaskList reviewTasks(Actor actor, CaseViews.ReviewFilter filter, Long matterId, int page, int size) {
        int s = clampSize(size);
        int p = Math.max(page, 0);
        Long officerId = officers.officerByUsername(actor.username()).map(Officer::id).orElse(null);
        // whole seconds, as the database compares them (DATETIME; MySQL parameters are sent without fractions)
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        LocalDateTime soon = now.plusHours(DUE_SOON_HOURS);
        return new CaseViews.ReviewTaskList(
                withMatterNames(inbox.selectReviewTasks(actor.username(), officerId, filter.name(), matterId, now, soon,
                        s, p * s, p * s + s)),
                p, s, matterId == null ? reviewCounts.counts(actor.username(), officerId, now, soon)
                        : inbox.countReviewTasks(actor.username(), officerId, matterId, now, soon));
    }

    /** Case search; officers see the cases of their own body. */
    public PageResult<CaseRow> search(CaseSearch criteria, Actor actor, int page, int size) {
        int s = clampSize(size);
        int p = Math.max(page, 0);
        Long bodyId = visibleBody(actor);
        List<CaseListRow> rows = cases.search(criteria, bodyId, s, p * s);
        Map<Long, String> matters = officers.matterNames(rows.stream().map(CaseListRow::matterId).toList());
        return new PageResult<>(rows.stream().map(r -> r.withMatterName(matters.get(r.matterId()))).toList(), p, s,
                cases.count(criteria, bodyId));
    }

    /** The rows with their matters' names, asked of the officers module in one batch (its table, its API). */
    private List<InboxItem> withMatterNames(List<InboxRow> rows) {
        Map<Long, String> matters = officers.matterNames(rows.stream().map(InboxRow::matterId).toList());
        return rows.stream().map(r -> r.withMatterName(matters.get(r.matterId()))).toList();
    }

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

    private static int clampSize(int size) {
        return size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
    }
}
