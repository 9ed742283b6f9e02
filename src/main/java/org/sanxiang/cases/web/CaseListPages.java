package org.sanxiang.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.sanxiang.cases.CaseLists;
import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.CaseViews.CaseSearch;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.web.Htmx;
import org.sanxiang.web.WorkspacePage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

/** The officers' lists: the inbox (with its overdue and own counts) and the case list with its search. */
@WorkspacePage
@RequiredArgsConstructor
class CaseListPages {

    private final CaseLists lists;
    private final OfficerDirectory officers;
    private final Clock clock;
    private final List<org.sanxiang.web.WorkItems> workItems;

    // ---------------------------------------------------------------- inbox and search

    @GetMapping("/inbox")
    String inbox(@RequestParam(defaultValue = "0") int page, Actor actor, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        var result = lists.inbox(actor, page, 20);
        long overdue = result.items().stream().filter(i -> i.overdue()).count();
        long mine = result.items().stream().filter(i -> actor.username().equals(i.assignee())).count();
        model.addAttribute("result", result);
        model.addAttribute("overdueCount", overdue);
        model.addAttribute("mineCount", mine);
        model.addAttribute("groupCount", result.items().size() - mine);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("otherWork", workItems.stream().flatMap(w -> w.itemsFor(actor).stream()).toList());
        return Htmx.partial(request, response) ? "cases/inbox :: results" : "cases/inbox";
    }

    @GetMapping("/cases")
    String search(@RequestParam(required = false) String caseNumber, @RequestParam(required = false) String party,
            @RequestParam(required = false) Long matterId, @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
        CaseSearch criteria = new CaseSearch(blankToNull(caseNumber), blankToNull(party), matterId, blankToNull(status),
                from, to);
        model.addAttribute("criteria", criteria);
        model.addAttribute("result", lists.search(criteria, actor, page, 20));
        model.addAttribute("matters", officers.ownBody(actor).map(officers::powerList).orElse(List.of()));
        model.addAttribute("statuses", CaseStatus.values());
        return "cases/list";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
