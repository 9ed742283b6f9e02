package org.sanxiang.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.cases.CaseRef;
import org.sanxiang.cases.LeadRegistration;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.LeadSource;
import org.sanxiang.cases.PartyInput;
import org.sanxiang.cases.PartyKind;
import org.sanxiang.cases.RegisterLead;
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

/** 案源登记 on the workspace: the form, filled with today and the officer as handler, and the registration. */
@WorkspacePage
@RequiredArgsConstructor
class LeadPages {

    private final LeadRegistration leadRegistration;
    private final OfficerDirectory officers;
    private final ProblemText text;
    private final Clock clock;

    // ---------------------------------------------------------------- 案源登记

    @GetMapping("/cases/new")
    String newLead(Actor actor, Model model) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("discoveredOn", LocalDate.now(clock).toString());
        form.put("partyKind", PartyKind.NATURAL_PERSON.name());
        form.put("source", LeadSource.INSPECTION.name());
        officers.officerByUsername(actor.username()).ifPresent(o -> form.put("handlerIds", List.of(String.valueOf(o.id()))));
        return leadForm(actor, model, form);
    }

    @PostMapping("/cases/new")
    String registerLead(@RequestParam MultiValueMap<String, String> values, Actor actor, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormData f = new FormData(values);
        try {
            long bodyId = officers.ownBody(actor).orElseThrow(() -> new StepDataInvalid("bodyId", "当前账号不属于任何执法主体"));
            PartyInput party = LeadPages.party(f);
            RegisterLead lead = new RegisterLead(bodyId, f.enumValue("source", LeadSource.class), f.id("matterId"),
                    f.text("facts"), f.date("actDate"), f.date("discoveredOn"), f.text("place"),
                    f.bool("harmsLifeHealthOrFinance"), party, f.ids("handlerIds"));
            CaseRef ref = leadRegistration.registerLead(lead, actor);
            redirect.addFlashAttribute("flashOk", text.message("ui.flash.leadRegistered", ref.caseNumber()));
            return "redirect:/cases/" + ref.id();
        } catch (Problem p) {
            if (p.status() == HttpStatus.FORBIDDEN) {
                throw p;
            }
            text.show(model, p, response);
            return leadForm(actor, model, f.echo());
        }
    }

    private String leadForm(Actor actor, Model model, Map<String, Object> form) {
        Optional<Long> body = officers.ownBody(actor);
        model.addAttribute("form", form);
        model.addAttribute("matters", body.map(officers::powerList).orElse(List.of()));
        model.addAttribute("bodyOfficers", body.map(officers::officersOfBody).orElse(List.of()));
        model.addAttribute("sources", LeadSource.values());
        return "cases/new";
    }

    /** The party of a lead or on-the-spot form: an ID number for a person, a credit code for an organisation. */
    static PartyInput party(FormData f) {
        PartyKind kind = Optional.ofNullable(f.enumValue("partyKind", PartyKind.class)).orElse(PartyKind.NATURAL_PERSON);
        return new PartyInput(kind, f.text("partyName"),
                kind == PartyKind.NATURAL_PERSON ? f.text("idNumber") : null,
                kind == PartyKind.ORGANISATION ? f.text("creditCode") : null, f.text("legalRepresentative"),
                f.text("phone"), f.text("address"));
    }
}
