package org.sanxiang.publicity.web;

import java.util.Arrays;
import java.util.List;

import org.sanxiang.cases.CaseQueries;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Problem;
import org.sanxiang.publicity.BlockReason;
import org.sanxiang.publicity.Publication;
import org.sanxiang.publicity.PublicationChecks;
import org.sanxiang.publicity.PublicationPublishing;
import org.sanxiang.publicity.PublicationQueries;
import org.sanxiang.publicity.PublicationStatus;
import org.sanxiang.publicity.PublicationWithdrawals;
import org.sanxiang.publicity.WithdrawalReason;
import org.sanxiang.web.ProblemText;
import org.sanxiang.web.WorkspacePage;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.RequiredArgsConstructor;

/**
 * 公示管理, the publicity staff's pages (G118; APL Art. 48; OGI Art. 14–15): the publications of the body by
 * status, and one publication with the redacted text beside the case's original, what the automatic redaction
 * removed and why, and the acts its status allows — 脱敏复核 (approve, with further words to remove, or not
 * publish with a reason), 发布, 撤下 (also the withdrawal a fallen decision opened). Thin: every rule is in the
 * publicity use cases; a refusal comes back as the message on the page, nothing changed.
 */
@WorkspacePage
@RequiredArgsConstructor
class PublicationPages {

    /** The list's tabs, in the order of the work: to check, published, to withdraw, not published, all. */
    enum Tab {
        DRAFT, PUBLISHED, WITHDRAWAL, BLOCKED, ALL
    }

    private final PublicationQueries queries;
    private final PublicationChecks checks;
    private final PublicationPublishing publishing;
    private final PublicationWithdrawals withdrawals;
    private final CaseQueries cases;
    private final ProblemText text;

    @GetMapping("/publications")
    String list(@RequestParam(defaultValue = "DRAFT") String tab, @RequestParam(defaultValue = "0") int page,
            Actor actor, Model model) {
        Tab t = Arrays.stream(Tab.values()).filter(x -> x.name().equals(tab)).findFirst().orElse(Tab.DRAFT);
        int p = Math.max(0, Math.min(page, 10_000));
        var result = switch (t) {
            case DRAFT -> queries.list(PublicationStatus.DRAFT, p, 20, actor);
            case BLOCKED -> queries.list(PublicationStatus.BLOCKED, p, 20, actor);
            case ALL -> queries.list(null, p, 20, actor);
            case PUBLISHED, WITHDRAWAL -> queries.list(PublicationStatus.PUBLISHED, p, 20, actor);
        };
        List<Publication> items = result.items();
        if (t == Tab.WITHDRAWAL) {
            items = items.stream().filter(PublicationPages::withdrawalPending).toList();
        }
        model.addAttribute("tab", t.name());
        model.addAttribute("tabs", Tab.values());
        model.addAttribute("items", items);
        model.addAttribute("result", result);
        model.addAttribute("pendingChecks", queries.list(PublicationStatus.DRAFT, 0, 1, actor).total());
        return "publicity/list";
    }

    @GetMapping("/publications/{id}")
    String publication(@PathVariable long id, Actor actor, Model model) {
        Publication pub = queries.get(id, actor);
        model.addAttribute("p", pub);
        model.addAttribute("withdrawalPending", withdrawalPending(pub));
        model.addAttribute("blockReasons", Arrays.stream(BlockReason.values())
                .filter(r -> r != BlockReason.WARNING_ONLY && r != BlockReason.DECISION_REVOKED).toList());
        model.addAttribute("withdrawalReasons", WithdrawalReason.values());
        model.addAttribute("isDecider", actor.username().equals(pub.decidedBy()));
        try {
            model.addAttribute("original", cases.detail(pub.caseId(), actor));
        } catch (Problem p) {
            model.addAttribute("original", null); // the case is not the actor's to read: the draft alone
        }
        return "publicity/publication";
    }

    /** 脱敏复核: approve (publishes at once through the process) or not publish with a reason. */
    @PostMapping("/publications/{id}/check")
    String check(@PathVariable long id, @RequestParam(defaultValue = "") String decision,
            @RequestParam(required = false) String blockReason, @RequestParam(required = false) String detail,
            @RequestParam(required = false) String removeTerms, @RequestParam(defaultValue = "false") boolean minor,
            Actor actor, RedirectAttributes redirect) {
        return act(id, redirect, "ui.publication.flash.checked", () -> {
            boolean approved = "approve".equals(decision);
            BlockReason reason = approved ? null : Arrays.stream(BlockReason.values())
                    .filter(r -> r.name().equals(blockReason)).findFirst().orElse(null);
            List<String> terms = removeTerms == null ? List.of() : removeTerms.lines().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            checks.check(id, approved, minor, reason, blank(detail), terms, actor);
        });
    }

    @PostMapping("/publications/{id}/publish")
    String publish(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        return act(id, redirect, "ui.publication.flash.published", () -> publishing.publish(id, actor));
    }

    /** 撤下 (APL Art. 48 ¶2): by hand with a reason, or the withdrawal a fallen decision opened (its reason kept). */
    @PostMapping("/publications/{id}/withdrawal")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String detail, Actor actor, RedirectAttributes redirect) {
        return act(id, redirect, "ui.publication.flash.withdrawn", () -> {
            WithdrawalReason r = Arrays.stream(WithdrawalReason.values()).filter(x -> x.name().equals(reason))
                    .findFirst().orElse(null);
            withdrawals.withdraw(id, r, blank(detail), actor);
        });
    }

    static boolean withdrawalPending(Publication p) {
        return p.status() == PublicationStatus.PUBLISHED && p.withdrawalStartedOn() != null && p.withdrawnOn() == null;
    }

    private String act(long id, RedirectAttributes redirect, String ok, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashOk", text.message(ok));
        } catch (Problem p) {
            if (p.status() == HttpStatus.NOT_FOUND) {
                throw p;
            }
            text.flash(redirect, p);
        }
        return "redirect:/publications/" + id;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
