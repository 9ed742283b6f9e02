package org.sanxiang.cases.web;

import org.sanxiang.calendar.SuspensionReason;
import org.sanxiang.cases.CaseSupervision;
import org.sanxiang.cases.DecisionRevocations;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.DecisionRevocationInput;
import org.sanxiang.cases.RevocationKind;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Problem;
import org.sanxiang.web.ProblemText;
import org.sanxiang.web.WorkspacePage;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.RequiredArgsConstructor;

/**
 * The actions on a case's tasks and clocks from the case page and the review list: claim and give back a
 * task, and the head's acts (extend the review, reassign a handler, suspend and resume the decision
 * clock, record that a decision fell). Problems come back as flash messages on the page.
 */
@WorkspacePage
@RequiredArgsConstructor
class CaseActionPages {

    private final CaseSupervision caseSupervision;
    private final DecisionRevocations decisionRevocations;
    private final ProblemText text;

    /** Claims a task; {@code back=review} returns to the review list as it was filtered (htmx follows the redirect). */
    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @RequestParam long caseId, @RequestParam(required = false) String back,
            @RequestParam MultiValueMap<String, String> values, Actor actor, RedirectAttributes redirect) {
        return taskAction(() -> caseSupervision.claim(taskId, actor), text.message("ui.flash.claimed"), caseId,
                back(back, values), redirect);
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, @RequestParam long caseId, @RequestParam(required = false) String back,
            @RequestParam MultiValueMap<String, String> values, Actor actor, RedirectAttributes redirect) {
        return taskAction(() -> caseSupervision.unclaim(taskId, actor), text.message("ui.flash.unclaimed"), caseId,
                back(back, values), redirect);
    }

    /** Where a task action returns: the review list with its filter, matter and page, or the case page. */
    private static String back(String back, MultiValueMap<String, String> values) {
        if (!"review".equals(back)) {
            return null;
        }
        FormData f = new FormData(values);
        var url = org.springframework.web.util.UriComponentsBuilder.fromPath("/review");
        String filter = f.text("filter");
        if (filter != null && java.util.Arrays.stream(org.sanxiang.cases.CaseViews.ReviewFilter.values())
                .anyMatch(x -> x.name().equals(filter))) {
            url.queryParam("filter", filter);
        }
        String matter = f.text("matterId");
        if (matter != null && matter.matches("\\d{1,18}")) {
            url.queryParam("matterId", matter);
        }
        String page = f.text("page");
        if (page != null && page.matches("\\d{1,6}") && !"0".equals(page)) {
            url.queryParam("page", page);
        }
        return url.build().toUriString();
    }

    @PostMapping("/cases/{caseId}/review-extension")
    String extendReview(@PathVariable long caseId, Actor actor, RedirectAttributes redirect) {
        return taskAction(() -> caseSupervision.extendReview(caseId, actor), text.message("ui.flash.reviewExtended"), caseId, null, redirect);
    }

    @PostMapping("/cases/{caseId}/reassignment")
    String reassign(@PathVariable long caseId, @RequestParam MultiValueMap<String, String> values, Actor actor,
            RedirectAttributes redirect) {
        FormData f = new FormData(values);
        return taskAction(() -> {
            caseSupervision.reassignHandler(caseId, f.id("removeOfficerId"), f.id("addOfficerId"), f.text("reason"), actor);
        }, text.message("ui.flash.reassigned"), caseId, null, redirect);
    }

    @PostMapping("/cases/{caseId}/suspension")
    String suspend(@PathVariable long caseId, @RequestParam MultiValueMap<String, String> values, Actor actor,
            RedirectAttributes redirect) {
        FormData f = new FormData(values);
        return taskAction(() -> {
            caseSupervision.suspendDecisionClock(caseId, f.enumValue("reason", SuspensionReason.class), f.date("from"), actor);
        }, text.message("ui.flash.suspended"), caseId, null, redirect);
    }

    @PostMapping("/cases/{caseId}/resumption")
    String resume(@PathVariable long caseId, @RequestParam MultiValueMap<String, String> values, Actor actor,
            RedirectAttributes redirect) {
        FormData f = new FormData(values);
        return taskAction(() -> {
            caseSupervision.resumeDecisionClock(caseId, f.date("on"), actor);
        }, text.message("ui.flash.resumed"), caseId, null, redirect);
    }

    /** 撤销、变更决定登记 (APL Art. 48 ¶2): the head records that the case's decision fell; problems as flash messages. */
    @PostMapping("/cases/{caseId}/decision-revocations")
    String revokeDecision(@PathVariable long caseId, @RequestParam MultiValueMap<String, String> values, Actor actor,
            RedirectAttributes redirect) {
        FormData f = new FormData(values);
        String[] done = new String[2];
        String ok = taskAction(() -> {
            RevocationKind kind = f.enumValue("kind", RevocationKind.class);
            if (kind == null) {
                throw new StepDataInvalid("kind", "必填");
            }
            var r = decisionRevocations.revokeDecision(caseId, new DecisionRevocationInput(kind, f.text("reason"),
                    f.text("sourceDocument"), f.date("effectiveOn")), actor);
            done[0] = r.decisionNumber();
            done[1] = text.message("label.revocation." + kind.name());
        }, null, caseId, null, redirect);
        if (done[0] != null) {
            redirect.addFlashAttribute("flashOk", text.message("ui.flash.decisionRevoked", done[0], done[1]));
        }
        return ok;
    }

    private String taskAction(Runnable action, String ok, long caseId, String back, RedirectAttributes redirect) {
        try {
            action.run();
            if (ok != null) {
                redirect.addFlashAttribute("flashOk", ok);
            }
        } catch (Problem p) {
            if (p.status() == HttpStatus.NOT_FOUND) {
                throw p;
            }
            text.flash(redirect, p);
        }
        return "redirect:" + (back != null ? back : "/cases/" + caseId);
    }
}
