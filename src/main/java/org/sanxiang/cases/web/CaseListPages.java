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
    private final StepLabels stepLabels;
    private final org.sanxiang.web.ProblemText text;

    // ---------------------------------------------------------------- inbox and search

    @GetMapping("/inbox")
    String inbox(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "TODO") String view,
            Actor actor, Model model, HttpServletRequest request, HttpServletResponse response) {
        // 待办 / 已办 / 我发起的, as officers know them; the counters link to each list
        String v = "DONE".equals(view) || "STARTED".equals(view) ? view : "TODO";
        model.addAttribute("view", v);
        model.addAttribute("doneCount", lists.mine(actor, true, 0, 1).total());
        model.addAttribute("startedCount", lists.mine(actor, false, 0, 1).total());
        if (!"TODO".equals(v)) {
            model.addAttribute("mine", lists.mine(actor, "DONE".equals(v), page, 20));
        }
        var result = lists.inbox(actor, "TODO".equals(v) ? page : 0, 20);
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

    /**
     * The case list as the search shows it, as CSV for Excel (UTF-8 with a byte-order mark): number, procedure,
     * party, matter, current step, status, registered, decided; at most {@value #EXPORT_MAX} rows, own body only.
     */
    @GetMapping("/cases/export.csv")
    org.springframework.http.ResponseEntity<String> export(@RequestParam(required = false) String caseNumber,
            @RequestParam(required = false) String party, @RequestParam(required = false) Long matterId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor) {
        CaseSearch criteria = new CaseSearch(blankToNull(caseNumber), blankToNull(party), matterId, blankToNull(status),
                from, to);
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(",", List.of(text.message("ui.list.caseNumber"), text.message("ui.col.procedure"),
                text.message("ui.list.party"), text.message("ui.list.matterId"), text.message("ui.col.currentStep"),
                text.message("ui.list.status"), text.message("ui.col.registeredAt"), text.message("ui.col.decidedAt"))))
                .append("\r\n");
        java.time.format.DateTimeFormatter at = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        int rows = 0;
        for (int page = 0; rows < EXPORT_MAX; page++) {
            var result = lists.search(criteria, actor, page, 100);
            for (var r : result.items()) {
                csv.append(String.join(",", List.of(cell(r.caseNumber()),
                        cell(text.message("label.procedure." + r.procedureKind())), cell(r.partyName()), cell(r.matterName()),
                        cell(r.currentStep() == null ? "" : stepLabels.of(r.currentStep())),
                        cell(text.message("label.status." + r.status())),
                        cell(r.createdAt() == null ? "" : at.format(r.createdAt())),
                        cell(r.decidedAt() == null ? "" : at.format(r.decidedAt()))))).append("\r\n");
                rows++;
            }
            if (result.items().size() < result.size() || (long) (page + 1) * result.size() >= result.total()) {
                break;
            }
        }
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .attachment().filename("cases.csv").build().toString())
                .contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8")).body(csv.toString());
    }

    static final int EXPORT_MAX = 5000;

    /** One CSV cell: quoted, quotes doubled; a leading = + - @ is defused so Excel runs no formula. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
