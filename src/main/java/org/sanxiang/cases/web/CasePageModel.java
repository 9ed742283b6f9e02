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
        model.addAttribute("form", form.isEmpty() && formStep != null ? prefill(c, formStep) : form);
        model.addAttribute("isHandler", handler);
        model.addAttribute("returnedReason", formStep == null ? null : returnedReason(c, formStep));
        List<HandlerView> handlerViews = handlers(c);
        model.addAttribute("handlers", handlerViews);
        model.addAttribute("certificateLines", String.join("\n",
                handlerViews.stream().map(HandlerView::certificateNumber).filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("pointLabels", POINT_LABELS);
        model.addAttribute("stepLabels", STEP_LABELS);
        List<Officer> bodyOfficers = officers.officersOfBody(bodyId);
        model.addAttribute("bodyOfficers", bodyOfficers);
        // choices that are lawful (APL Art. 42): a new handler only from the officers certified for the matter today
        var matter = officers.matter(c.matterId());
        Set<Long> lapsedIds = new java.util.HashSet<>();
        officers.lapsedOfficers(matter, bodyOfficers.stream().map(Officer::id).toList(), today())
                .forEach(l -> lapsedIds.add(l.officer().id()));
        Set<Long> handlerIds = new java.util.HashSet<>();
        c.handlers().forEach(h -> handlerIds.add(h.officerId()));
        model.addAttribute("certifiedOfficers", bodyOfficers.stream()
                .filter(o -> !lapsedIds.contains(o.id()) && !handlerIds.contains(o.id())).toList());
        model.addAttribute("progress", progress(c));
        model.addAttribute("rounds", c.reviewRounds().stream().map(this::round).toList());
        model.addAttribute("dossier", formStep == Step.LEGAL_REVIEW ? dossier(c) : null);
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
        // 听证 is on the line when it applies: requested in the statement, held, or open now (APL Art. 63-64)
        boolean hearing = done.contains(Step.HEARING.name()) || open.contains(Step.HEARING.taskKey())
                || Boolean.TRUE.equals(lastData(c, Step.STATEMENT_DEFENCE).get("hearingRequested"));
        for (Step s : line) {
            out.add(new ProgressStep(s.name(), s.label(), open.contains(s.taskKey()) ? "current" : done.contains(s.name()) ? "done" : ""));
            if (s == Step.STATEMENT_DEFENCE && hearing) {
                Step h = Step.HEARING;
                out.add(new ProgressStep(h.name(), h.label(), open.contains(h.taskKey()) ? "current" : done.contains(h.name()) ? "done" : ""));
            }
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

    /**
     * The form of a step opened again (退回补正) comes back as it was last submitted, and what earlier steps hold
     * is carried forward — facts typed once reach the report, the notice and the decision. Dates start from
     * today; the reviewer's form is never prefilled (a returned round's answers are not the next round's).
     */
    Map<String, Object> prefill(CaseDetail c, Step step) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> inquiry = lastData(c, Step.INVESTIGATION);
        Map<String, Object> end = lastData(c, Step.INVESTIGATION_END);
        Map<String, Object> notice = lastData(c, Step.PRIOR_NOTICE);
        switch (step) {
            case INVESTIGATION_END -> put(out, "report", inquiry.get("summary"));
            case PRIOR_NOTICE -> {
                put(out, "proposedPenaltyTypes", end.get("proposedPenaltyTypes"));
                put(out, "proposedFine", end.get("proposedFine"));
                put(out, "factsAndReasons", end.get("report") != null ? end.get("report") : c.facts());
            }
            case HEAD_DECISION -> {
                Map<String, Object> from = notice.isEmpty() ? end : notice;
                put(out, "penaltyTypes", from.get("proposedPenaltyTypes"));
                put(out, "fineAmount", from.get("proposedFine"));
                put(out, "confiscationValue", end.get("confiscationValue"));
                put(out, "reasons", notice.get("factsAndReasons"));
            }
            default -> {
            }
        }
        if (step != Step.LEGAL_REVIEW) {
            lastData(c, step).forEach((k, v) -> {
                if (!k.endsWith("On") && !k.endsWith("Date") && !k.equals("step")) {
                    put(out, k, v);
                }
            });
        }
        return out;
    }

    /**
     * The legal reviewer's dossier (G118; RULES §4): the open round's assembled materials as a map for the page
     * (statement, draft decision, report, certificate checks, records, hearing record), never shown as raw JSON.
     */
    private Map<String, Object> dossier(CaseDetail c) {
        return c.reviewRounds().stream().filter(org.sanxiang.review.ReviewRound::open).reduce((a, b) -> b)
                .map(org.sanxiang.review.ReviewRound::materials).map(m -> {
                    try {
                        return json.readValue(m, new TypeReference<Map<String, Object>>() {
                        });
                    } catch (Exception e) {
                        return Map.<String, Object>of();
                    }
                }).orElse(null);
    }

    /** 退回补正: the reviewer's corrections while the case's latest review round stands returned. */
    private static String returnedReason(CaseDetail c, Step step) {
        if (step == Step.LEGAL_REVIEW || c.reviewRounds().isEmpty()) {
            return null;
        }
        var latest = c.reviewRounds().stream().max(java.util.Comparator.comparingInt(r -> r.round())).orElseThrow();
        if (!ReviewOutcome.RETURN.name().equals(latest.outcome())) {
            return null;
        }
        return latest.corrections() != null && !latest.corrections().isBlank() ? latest.corrections() : latest.opinion();
    }

    private Map<String, Object> lastData(CaseDetail c, Step step) {
        for (int i = c.steps().size() - 1; i >= 0; i--) {
            var s = c.steps().get(i);
            if (step.name().equals(s.step()) && s.data() != null) {
                try {
                    return json.readValue(s.data(), new TypeReference<Map<String, Object>>() {
                    });
                } catch (Exception e) {
                    return Map.of();
                }
            }
        }
        return Map.of();
    }

    /** Form values as the templates read them: text, or a list of texts for check boxes; lines joined. */
    private static void put(Map<String, Object> out, String key, Object value) {
        if (value == null || value instanceof Map) {
            return;
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty() || !(list.get(0) instanceof String || list.get(0) instanceof Number)) {
                return;
            }
            List<String> texts = list.stream().map(String::valueOf).toList();
            out.put(key, key.endsWith("Types") || key.endsWith("Ids") ? texts : String.join("\n", texts));
            return;
        }
        out.put(key, String.valueOf(value));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
