package org.sanxiang.cases;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.cases.CaseViews.CaseRow;
import org.sanxiang.cases.CaseViews.CaseSearch;
import org.sanxiang.cases.CaseViews.InboxItem;
import org.sanxiang.cases.CaseViews.PageResult;
import org.sanxiang.cases.persistence.CaseListRow;
import org.sanxiang.cases.persistence.CaseMapper;
import org.sanxiang.cases.persistence.InboxMapper;
import org.sanxiang.cases.persistence.InboxRow;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/** The lists of the read side: the inbox, the legal reviewers' task list and case search, a page at a time. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseLists {

    public static final int MAX_PAGE_SIZE = 200;

    private final CaseMapper cases;
    private final InboxMapper inbox;
    private final OfficerDirectory officers;
    private final Clock clock;
    private final ReviewTaskCountCache reviewCounts;

    /** "My inbox": tasks assigned to me, or unassigned in my groups on cases I may act on — of my body only (RULES §6). */
    public PageResult<InboxItem> inbox(Actor actor, int page, int size) {
        int s = clampSize(size);
        int p = Math.max(page, 0);
        Set<String> groups = new HashSet<>(actor.groups());
        if (groups.isEmpty()) {
            groups.add("-"); // keeps the IN list well-formed for an account without groups
        }
        Long officerId = officers.officerByUsername(actor.username()).map(Officer::id).orElse(null);
        Long bodyId = officers.bodyScope(actor); // null: every body; NO_BODY: none
        List<InboxItem> items = withMatterNames(
                inbox.selectInbox(actor.username(), groups, officerId, bodyId, LocalDateTime.now(clock), s, p * s));
        return new PageResult<>(items, p, s, inbox.countInbox(actor.username(), groups, officerId, bodyId));
    }

    /** Tasks counted as "due soon" fall due within this many hours. */
    static final int DUE_SOON_HOURS = 48;

    /** The legal reviewers' task list with filters and counts (never cases the reviewer handles; own body only). */
    public CaseViews.ReviewTaskList reviewTasks(Actor actor, CaseViews.ReviewFilter filter, Long matterId, int page, int size) {
        int s = clampSize(size);
        int p = Math.max(page, 0);
        Long officerId = officers.officerByUsername(actor.username()).map(Officer::id).orElse(null);
        Long bodyId = officers.bodyScope(actor); // null: every body; NO_BODY: none
        // whole seconds, as the database compares them (DATETIME; MySQL parameters are sent without fractions)
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime soon = now.plusHours(DUE_SOON_HOURS);
        return new CaseViews.ReviewTaskList(
                withMatterNames(inbox.selectReviewTasks(actor.username(), officerId, bodyId, filter.name(), matterId, now, soon,
                        s, p * s, p * s + s)),
                p, s, matterId == null ? reviewCounts.counts(actor.username(), officerId, bodyId, now, soon)
                        : inbox.countReviewTasks(actor.username(), officerId, bodyId, matterId, now, soon));
    }

    /** Case search; officers see the cases of their own body. */
    public PageResult<CaseRow> search(CaseSearch criteria, Actor actor, int page, int size) {
        int s = clampSize(size);
        int p = Math.max(page, 0);
        Long bodyId = officers.bodyScope(actor); // null: supervisors and administrators see every body
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

    /** The officers' other lists: 已办 ({@code done}: cases they completed a step of) or 我发起的 (registered by them). */
    public PageResult<CaseRow> mine(Actor actor, boolean done, int page, int size) {
        int s = clampSize(size);
        int p = Math.max(page, 0);
        Long bodyId = officers.bodyScope(actor);
        String view = done ? "DONE" : "STARTED";
        List<CaseListRow> rows = cases.searchMine(view, actor.username(), bodyId, s, p * s);
        Map<Long, String> matters = officers.matterNames(rows.stream().map(CaseListRow::matterId).toList());
        return new PageResult<>(rows.stream().map(r -> r.withMatterName(matters.get(r.matterId()))).toList(), p, s,
                cases.countMine(view, actor.username(), bodyId));
    }

    private static int clampSize(int size) {
        return size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
    }
}
