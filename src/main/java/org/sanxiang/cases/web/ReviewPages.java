package org.sanxiang.cases.web;

import java.time.Clock;
import java.time.LocalDate;

import org.sanxiang.cases.CaseLists;
import org.sanxiang.cases.CaseViews.ReviewFilter;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.web.Htmx;
import org.sanxiang.web.WorkspacePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

/**
 * The legal reviewers' task list (G118): all / mine / unclaimed / due soon / overdue with counts, by
 * matter, paged; an htmx request (filter, page, claim, unclaim) gets the list part only. Claiming
 * also works on the case page, where the review itself (materials, eight points, outcome) happens.
 */
@WorkspacePage
@RequiredArgsConstructor
class ReviewPages {

    private final CaseLists lists;
    private final OfficerDirectory officers;
    private final Clock clock;

    @GetMapping("/review")
    String tasks(@RequestParam(defaultValue = "ALL") ReviewFilter filter, @RequestParam(required = false) Long matterId,
            @RequestParam(defaultValue = "0") int page, Actor actor, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        var list = lists.reviewTasks(actor, filter, matterId, page, 20);
        var counts = list.counts();
        model.addAttribute("list", list);
        model.addAttribute("filterTotal", switch (filter) {
            case ALL -> counts.total();
            case MINE -> counts.mine();
            case UNCLAIMED -> counts.unclaimed();
            case DUE_SOON -> counts.dueSoon();
            case OVERDUE -> counts.overdue();
        });
        model.addAttribute("filter", filter.name());
        model.addAttribute("matterId", matterId);
        model.addAttribute("matters", officers.ownBody(actor).map(officers::powerList)
                .orElse(java.util.List.of()));
        model.addAttribute("today", LocalDate.now(clock));
        return Htmx.partial(request, response) ? "cases/review :: results" : "cases/review";
    }
}
