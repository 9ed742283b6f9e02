package org.sanxiang.cases.web;

import org.sanxiang.cases.CaseQueries;
import org.sanxiang.cases.CaseViews.ReviewFilter;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.officers.Officer;
import org.sanxiang.process.Actor;
import org.sanxiang.web.WorkspacePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The legal reviewers' task list (G118): all / mine / unclaimed / due soon / overdue with counts, by
 * matter; claiming and the review itself (materials, eight points, outcome) happen on the case page.
 */
@WorkspacePage
class ReviewPages {

    private final CaseQueries queries;
    private final OfficerDirectory officers;

    ReviewPages(CaseQueries queries, OfficerDirectory officers) {
        this.queries = queries;
        this.officers = officers;
    }

    @GetMapping("/review")
    String tasks(@RequestParam(defaultValue = "ALL") ReviewFilter filter, @RequestParam(required = false) Long matterId,
            @RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
        model.addAttribute("list", queries.reviewTasks(actor, filter, matterId, page, 20));
        model.addAttribute("filter", filter.name());
        model.addAttribute("matterId", matterId);
        model.addAttribute("matters", officers.officerByUsername(actor.username()).map(Officer::bodyId)
                .map(officers::powerList).orElse(java.util.List.of()));
        model.addAttribute("today", CasePages.today());
        return "cases/review";
    }
}
