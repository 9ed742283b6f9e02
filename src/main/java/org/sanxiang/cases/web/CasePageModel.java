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
import org.sanxiang.cases.CaseViews.TaskActions;
import org.sanxiang.cases.CaseViews.AllowedActions;
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

/**
 * The case page's model: the case, what the actor may do on it (asked of {@link CaseQueries#allowedActions},
 * not re-derived here), the form of the step to show, the handlers' certificates, the progress line
 * and the review rounds.
 */
@org.springframework.stereotype.Component
class CasePageModel {

    static final Map<String, String> POINT_LABELS = java.util.Arrays.stream(ChecklistPoint.values())
            .collect(java.util.stream.Collectors.toMap(Enum::name, ChecklistPoint::label));
    static final Map<String, String> STEP_LABELS = java.util.Arrays.stream(Step.values())
            .collect(java.util.stream.Collectors.toMap(Enum::name, Step::label));

    private final CaseQueries queries;
    private final OfficerDirectory officers;
    private final ObjectMapper json;
    private final org.sanxiang.evidence.web.EvidenceCard evidence;
    private final Clock clock;

    CasePageModel(CaseQueries queries, OfficerDirectory officers, ObjectMapper json, org.sanxiang.evidence.web.EvidenceCard evidence, Clock clock) {
        this.queries = queries;
        this.officers = officers;
        this.json = json;
        this.evidence = evidence;
        this.clock = clock;
    }

    String render(long caseId, Actor actor, Model model, Step requested, Map<String, Object> form) {
        CaseDetail c = queries.detail(caseId, actor);
        AllowedActions allowed = queries.allowedActions(caseId, actor);
        boolean handler = allowed.handler();
        List<TaskActions> tasks = allowed.tasks();
        Step formStep = requested != null ? requested
                : tasks.stream().filter(TaskActions::mayComplete).map(TaskActions::step).findFirst().orElse(null);
        long bodyId = officers.matter(c.matterId()).bodyId();
        model.addAttribute("c", c);
        model.addAttribute("tasks", tasks);
        model.addAttribute("formStep", formStep == null ? null : formStep.path());
        model.addAttribute("formStepLabel", formStep == null ? null : formStep.label());
        model.addAttribute("formStepName", formStep == null ? null : formStep.name());
        model.addAttribute("formStepArticle", formStep == null ? null : formStep.article());
        model.addAttribute("form", form);
        model.addAttribute("isHandler", handler);
        List<HandlerView> handlerViews = handlers(c);
        model.addAttribute("handlers", handlerViews);
        model.addAttribute("certificateLines", String.join("\n",
                handlerViews.stream().map(HandlerView::certificateNumber).filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("pointLabels", POINT_LABELS);
        model.addAttribute("stepLabels", STEP_LABELS);
        model.addAttribute("bodyOfficers", officers.officersOfBody(bodyId));
        model.addAttribute("progress", progress(c));
        model.addAttribute("rounds", c.reviewRounds().stream().map(this::round).toList());
        model.addAttribute("today", today());
        model.addAttribute("checklistPoints", ChecklistPoint.values());
        model.addAttribute("reviewOutcomes", ReviewOutcome.values());
        model.addAttribute("outcomes", InvestigationOutcome.values());
        model.addAttribute("penaltyTypes", PenaltyType.values());
        model.addAttribute("serviceMethods", StepInput.ServiceMethod.values());
        model.addAttribute("recordKinds", InvestigationRecordInput.Kind.values());
        model.addAttribute("suspensionReasons", SuspensionReason.values());
        model.addAttribute("partyResponses", StepInput.PartyResponse.values());
        model.addAttribute("coercionMeasures", StepInput.CoercionMeasure.values());
        model.addAttribute("correctionKinds", StepInput.CorrectionKind.values());
        model.addAttribute("followUps", StepInput.FollowUp.values());
        model.addAttribute("preservationOutcomes", StepInput.PreservationOutcome.values());
        model.addAttribute("absenceReasons", org.sanxiang.evidence.AbsenceReason.values());
        // 撤销、变更决定登记: the latest decision on the merits, if it has not fallen yet (APL Art. 48 ¶2)
        model.addAttribute("revocableDecision", allowed.revocableDecision());
        model.addAttribute("allowed", allowed);
        model.addAttribute("revocationKinds", RevocationKind.values());
        evidence.addTo(model, c.id(), actor);
        return "cases/case";
    }

    record HandlerView(long officerId, String name, boolean lead, String certificateNumber, String certificateStatus,
            LocalDate validTo, boolean lapsed, String lapseReason) {
    }

    private List<HandlerView> handlers(CaseDetail c) {
        LocalDate today = today();
        return c.handlers().stream().map(h -> {
            Optional<Certificate> cert = officers.certificatesOf(h.officerId()).stream()
                    .filter(x -> x.number().equals(h.certificateNumber())).findFirst();
            var lapsed = c.lapsedHandlers().stream().filter(l -> l.officer().id() == h.officerId()).findFirst();
            return new HandlerView(h.officerId(), h.name(), h.lead(), h.certificateNumber(),
                    cert.map(x -> x.statusOn(today)).map(CertificateStatus::name).orElse("UNKNOWN"),
                    cert.map(Certificate::validTo).orElse(null), lapsed.isPresent(),
                    lapsed.map(l -> l.reason()).orElse(null));
        }).toList();
    }

    record ProgressStep(String step, String label, String state) {
    }

    /** The main line of the general procedure, marked done / current / ahead. */
    private List<ProgressStep> progress(CaseDetail c) {
        if (!"GENERAL".equals(c.procedureKind())) {
            return List.of();
        }
        List<Step> line = List.of(Step.FILING_APPROVAL, Step.INVESTIGATION, Step.INVESTIGATION_END, Step.LEGAL_REVIEW,
                Step.PRIOR_NOTICE, Step.STATEMENT_DEFENCE, Step.HEAD_DECISION, Step.SERVICE, Step.EXECUTION,
                Step.CLOSING, Step.ARCHIVE);
        Set<String> done = new java.util.HashSet<>();
        c.steps().forEach(s -> done.add(s.step()));
        Set<String> open = new java.util.HashSet<>();
        c.openTasks().forEach(t -> open.add(t.step()));
        List<ProgressStep> out = new ArrayList<>();
        out.add(new ProgressStep("LEAD", "案源登记", "done"));
        for (Step s : line) {
            out.add(new ProgressStep(s.name(), s.label(), open.contains(s.taskKey()) ? "current" : done.contains(s.name()) ? "done" : ""));
        }
        return out;
    }

    record RoundView(org.sanxiang.review.ReviewRound round, String materials, List<Map<String, Object>> checklist) {
    }

    private RoundView round(org.sanxiang.review.ReviewRound r) {
        String materials = r.materials();
        try {
            if (materials != null) {
                materials = json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(materials));
            }
        } catch (Exception e) {
            // shown as stored
        }
        List<Map<String, Object>> checklist = List.of();
        try {
            if (r.checklist() != null) {
                checklist = json.readValue(r.checklist(), new TypeReference<List<Map<String, Object>>>() {
                });
            }
        } catch (Exception e) {
            // shown without the points
        }
        return new RoundView(r, materials, checklist);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
