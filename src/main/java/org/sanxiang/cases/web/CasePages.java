package org.sanxiang.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.sanxiang.calendar.SuspensionReason;
import org.sanxiang.cases.CaseRef;
import org.sanxiang.cases.Investigations;
import org.sanxiang.cases.LeadRegistration;
import org.sanxiang.cases.StepCompletion;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.CaseQueries;
import org.sanxiang.cases.CaseStatus;
import org.sanxiang.cases.CaseViews.CaseDetail;
import org.sanxiang.cases.CaseViews.CaseSearch;
import org.sanxiang.cases.CaseViews.OpenTask;
import org.sanxiang.cases.DecisionRevocationInput;
import org.sanxiang.cases.InvestigationOutcome;
import org.sanxiang.cases.InvestigationRecordInput;
import org.sanxiang.cases.LeadSource;
import org.sanxiang.cases.PartyInput;
import org.sanxiang.cases.PartyKind;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.RegisterLead;
import org.sanxiang.cases.RevocationKind;
import org.sanxiang.cases.Step;
import org.sanxiang.cases.StepInput;
import org.sanxiang.officers.Certificate;
import org.sanxiang.officers.CertificateStatus;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.process.NotFound;
import org.sanxiang.process.Problem;
import org.sanxiang.review.ChecklistPoint;
import org.sanxiang.review.ReviewOutcome;
import org.sanxiang.web.ProblemText;
import org.sanxiang.web.Htmx;
import org.sanxiang.web.WorkspacePage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

/**
 * The officers' pages: the inbox, the case list and search, 案源登记, the case page with the form
 * of the current step (the head's actions are {@link CaseActionPages}). Thin: every rule is in the use cases ({@link LeadRegistration}, {@link StepCompletion}, {@link Investigations});
 * a problem re-renders the form with its Chinese message and the field at fault.
 */
@WorkspacePage
@RequiredArgsConstructor
class CasePages {

    private final LeadRegistration leadRegistration;
    private final StepCompletion stepCompletion;
    private final Investigations investigations;
    private final CaseQueries queries;
    private final OfficerDirectory officers;
    private final ProblemText text;
    private final StepLabels stepLabels;
    private final CasePageModel pageModel;
    private final Clock clock;

    // ---------------------------------------------------------------- inbox and search

    @GetMapping("/inbox")
    String inbox(@RequestParam(defaultValue = "0") int page, Actor actor, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        var result = queries.inbox(actor, page, 20);
        long overdue = result.items().stream().filter(i -> i.overdue()).count();
        long mine = result.items().stream().filter(i -> actor.username().equals(i.assignee())).count();
        model.addAttribute("result", result);
        model.addAttribute("overdueCount", overdue);
        model.addAttribute("mineCount", mine);
        model.addAttribute("groupCount", result.items().size() - mine);
        model.addAttribute("today", today());
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
        model.addAttribute("result", queries.search(criteria, actor, page, 20));
        model.addAttribute("matters", ownBody(actor).map(officers::powerList).orElse(List.of()));
        model.addAttribute("statuses", CaseStatus.values());
        return "cases/list";
    }

    // ---------------------------------------------------------------- 案源登记

    @GetMapping("/cases/new")
    String newLead(Actor actor, Model model) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("discoveredOn", today().toString());
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
            long bodyId = ownBody(actor).orElseThrow(() -> new StepDataInvalid("bodyId", "当前账号不属于任何执法主体"));
            PartyKind kind = Optional.ofNullable(f.enumValue("partyKind", PartyKind.class)).orElse(PartyKind.NATURAL_PERSON);
            PartyInput party = new PartyInput(kind, f.text("partyName"),
                    kind == PartyKind.NATURAL_PERSON ? f.text("idNumber") : null,
                    kind == PartyKind.ORGANISATION ? f.text("creditCode") : null, f.text("legalRepresentative"),
                    f.text("phone"), f.text("address"));
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
            problem(model, p, response);
            return leadForm(actor, model, f.echo());
        }
    }

    private String leadForm(Actor actor, Model model, Map<String, Object> form) {
        Optional<Long> body = ownBody(actor);
        model.addAttribute("form", form);
        model.addAttribute("matters", body.map(officers::powerList).orElse(List.of()));
        model.addAttribute("bodyOfficers", body.map(officers::officersOfBody).orElse(List.of()));
        model.addAttribute("sources", LeadSource.values());
        return "cases/new";
    }

    // ---------------------------------------------------------------- the case page and its steps

    @GetMapping("/cases/{caseId}")
    String casePage(@PathVariable long caseId, Actor actor, Model model) {
        return pageModel.render(caseId, actor, model, null, Map.of());
    }

    /** A step's form by its address; a step that is not current answers 409 on the case page. */
    @GetMapping("/cases/{caseId}/steps/{path}")
    String stepPage(@PathVariable long caseId, @PathVariable String path, Actor actor, Model model,
            HttpServletResponse response) {
        Step step = Step.byPath(path).orElseThrow(() -> new NotFound("step", path));
        CaseDetail detail = queries.detail(caseId, actor);
        if (detail.openTasks().stream().noneMatch(t -> t.step().equals(step.taskKey()))) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("flashError", text.message("ui.flash.stepNotCurrent", stepLabels.of(step.name(), step.label())));
            return pageModel.render(caseId, actor, model, null, Map.of());
        }
        return pageModel.render(caseId, actor, model, step, Map.of());
    }

    @PostMapping("/cases/{caseId}/steps/{path}")
    String completeStep(@PathVariable long caseId, @PathVariable String path,
            @RequestParam MultiValueMap<String, String> values, Actor actor, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Step step = Step.byPath(path).orElseThrow(() -> new NotFound("step", path));
        FormData f = new FormData(values);
        return attempt(caseId, actor, model, response, step, f, () -> {
            // G118: the written reason(s) why a mandatory audio-video record is missing (check boxes)
            stepCompletion.completeStep(caseId, StepForms.read(step, f), actor, f.texts("audioVideoAbsence"));
            redirect.addFlashAttribute("flashOk", text.message("ui.flash.stepDone", stepLabels.of(step.name(), step.label())));
            return "redirect:/cases/" + caseId;
        });
    }

    @PostMapping("/cases/{caseId}/investigation-records")
    String addRecord(@PathVariable long caseId, @RequestParam MultiValueMap<String, String> values, Actor actor,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormData f = new FormData(values);
        return attempt(caseId, actor, model, response, Step.INVESTIGATION, f, () -> {
            InvestigationRecordInput input = StepForms.record(f);
            investigations.addInvestigationRecord(caseId, input, actor);
            redirect.addFlashAttribute("flashOk", text.message("ui.flash.recordAdded"));
            return "redirect:/cases/" + caseId;
        });
    }

    /** 查封/扣押 started by a handler during the investigation (ACL Art. 18); the step form then opens. */
    @PostMapping("/cases/{caseId}/seizures")
    String startSeizure(@PathVariable long caseId, @RequestParam MultiValueMap<String, String> values, Actor actor,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormData f = new FormData(values);
        return attempt(caseId, actor, model, response, Step.INVESTIGATION, f, () -> {
            investigations.startSeizure(caseId, new org.sanxiang.cases.SeizureRequest(
                    f.enumValue("measure", StepInput.CoercionMeasure.class), f.text("reason")), actor);
            redirect.addFlashAttribute("flashOk", text.message("ui.flash.seizureStarted"));
            return "redirect:/cases/" + caseId + "/steps/" + Step.SEIZURE.path();
        });
    }

    // ---------------------------------------------------------------- helpers

    private String attempt(long caseId, Actor actor, Model model, HttpServletResponse response, Step step, FormData f,
            Supplier<String> action) {
        try {
            return action.get();
        } catch (Problem p) {
            if (p.status() == HttpStatus.NOT_FOUND) {
                throw p;
            }
            problem(model, p, response);
            return pageModel.render(caseId, actor, model, step, f.echo());
        }
    }

    private void problem(Model model, Problem p, HttpServletResponse response) {
        response.setStatus(p.status().value());
        model.addAttribute("flashError", text.detail(p));
        model.addAttribute("flashArticle", p.article());
        model.addAttribute("errorField", p.field());
    }

    private Optional<Long> ownBody(Actor actor) {
        return officers.officerByUsername(actor.username()).map(Officer::bodyId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
