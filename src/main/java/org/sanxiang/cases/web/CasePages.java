package org.sanxiang.cases.web;

import java.util.Map;
import java.util.function.Supplier;

import org.sanxiang.cases.Investigations;
import org.sanxiang.cases.StepCompletion;
import org.sanxiang.cases.CaseQueries;
import org.sanxiang.cases.CaseViews.CaseDetail;
import org.sanxiang.cases.InvestigationRecordInput;
import org.sanxiang.cases.Step;
import org.sanxiang.cases.StepInput;
import org.sanxiang.process.Actor;
import org.sanxiang.process.NotFound;
import org.sanxiang.process.Problem;
import org.sanxiang.web.ProblemText;
import org.sanxiang.web.WorkspacePage;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

/**
 * The case page with the form of the current step, investigation records and seizures (the lists are
 * {@link CaseListPages}, 案源登记 {@link LeadPages}, the head's actions {@link CaseActionPages}). Thin: every rule
 * is in the use cases ({@link StepCompletion}, {@link Investigations}); a problem re-renders the form with its
 * Chinese message and the field at fault.
 */
@WorkspacePage
@RequiredArgsConstructor
class CasePages {

    private final StepCompletion stepCompletion;
    private final Investigations investigations;
    private final CaseQueries queries;
    private final ProblemText text;
    private final StepLabels stepLabels;
    private final CasePageModel pageModel;

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
            text.show(model, p, response);
            return pageModel.render(caseId, actor, model, step, f.echo());
        }
    }
}
