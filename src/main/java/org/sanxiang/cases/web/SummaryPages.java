package org.sanxiang.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.CaseRef;
import org.sanxiang.cases.PartyInput;
import org.sanxiang.cases.PartyKind;
import org.sanxiang.cases.PenaltyPolicy;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.SummaryDecisionInput;
import org.sanxiang.cases.SummaryProcedure;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Problem;
import org.sanxiang.web.ProblemText;
import org.sanxiang.web.WorkspacePage;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

/**
 * 当场处罚 (简易程序, APL Art. 51–52) on the workspace: the limits stated before the form (a warning, or a fine
 * up to the configured amount per kind of party), the on-the-spot decision by a certified officer, and the
 * case page of the decided case. Every rule is {@link SummaryProcedure}'s; a refusal re-shows the form.
 */
@WorkspacePage
@RequiredArgsConstructor
class SummaryPages {

    private final SummaryProcedure summary;
    private final OfficerDirectory officers;
    private final PenaltyPolicy policy;
    private final ProblemText text;
    private final Clock clock;

    @GetMapping("/cases/summary")
    String form(Actor actor, Model model) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("decidedOn", LocalDate.now(clock).toString());
        form.put("partyKind", PartyKind.NATURAL_PERSON.name());
        form.put("penaltyType", PenaltyType.FINE.name());
        officers.officerByUsername(actor.username()).ifPresent(o -> form.put("handlerIds", List.of(String.valueOf(o.id()))));
        return page(actor, model, form);
    }

    @PostMapping("/cases/summary")
    String decide(@RequestParam MultiValueMap<String, String> values, Actor actor, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormData f = new FormData(values);
        try {
            long bodyId = officers.ownBody(actor).orElseThrow(() -> new StepDataInvalid("bodyId", "当前账号不属于任何执法主体"));
            PartyInput party = LeadPages.party(f);
            PenaltyType type = f.enumValue("penaltyType", PenaltyType.class);
            CaseRef ref = summary.decideOnTheSpot(new SummaryDecisionInput(bodyId, f.id("matterId"), f.text("facts"),
                    f.text("place"), f.date("decidedOn"), party, f.ids("handlerIds"), type,
                    type == PenaltyType.FINE ? f.decimal("fineAmount") : null), actor);
            redirect.addFlashAttribute("flashOk", text.message("ui.summary.done", ref.caseNumber()));
            return "redirect:/cases/" + ref.id();
        } catch (Problem p) {
            if (p.status() == HttpStatus.FORBIDDEN && officers.ownBody(actor).isEmpty()) {
                throw p;
            }
            text.show(model, p, response);
            return page(actor, model, f.echo());
        }
    }

    private String page(Actor actor, Model model, Map<String, Object> form) {
        Optional<Long> body = officers.ownBody(actor);
        model.addAttribute("form", form);
        model.addAttribute("matters", body.map(officers::powerList).orElse(List.of()));
        model.addAttribute("bodyOfficers", body.map(officers::officersOfBody).orElse(List.of()));
        model.addAttribute("limitPerson", policy.summaryLimit(PartyKind.NATURAL_PERSON).toPlainString());
        model.addAttribute("limitOrganisation", policy.summaryLimit(PartyKind.ORGANISATION).toPlainString());
        return "cases/summary";
    }
}
