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
import org.sanxiang.cases.CaseCommands;
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
 * The officers' pages: the inbox, the case list and search, 案源登记, the case page with the form
 * of the current step, and the head's actions on a case. Thin: every rule is in {@link CaseCommands};
 * a problem re-renders the form with its Chinese message and the field at fault.
 */
@WorkspacePage
class CasePages {

    static final Map<String, String> POINT_LABELS = java.util.Arrays.stream(ChecklistPoint.values())
            .collect(java.util.stream.Collectors.toMap(Enum::name, ChecklistPoint::label));
    static final Map<String, String> STEP_LABELS = java.util.Arrays.stream(Step.values())
            .collect(java.util.stream.Collectors.toMap(Enum::name, Step::label));

    private final CaseCommands commands;
    private final CaseQueries queries;
    private final OfficerDirectory officers;
    private final ProblemText text;
    private final ObjectMapper json;
    private final EvidencePanel evidence;
    private final StepLabels stepLabels;
    private final Clock clock;

    CasePages(CaseCommands commands, CaseQueries queries, OfficerDirectory officers, ProblemText text, ObjectMapper json,
            EvidencePanel evidence, StepLabels stepLabels, Clock clock) {
        this.clock = clock;
        this.evidence = evidence;
        this.stepLabels = stepLabels;
        this.commands = commands;
        this.queries = queries;
        this.officers = officers;
        this.text = text;
        this.json = json;
    }

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
            CaseCommands.CaseRef ref = commands.registerLead(lead, actor);
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
        return render(caseId, actor, model, null, Map.of());
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
            return render(caseId, actor, model, null, Map.of());
        }
        return render(caseId, actor, model, step, Map.of());
    }

    @PostMapping("/cases/{caseId}/steps/{path}")
    String completeStep(@PathVariable long caseId, @PathVariable String path,
            @RequestParam MultiValueMap<String, String> values, Actor actor, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Step step = Step.byPath(path).orElseThrow(() -> new NotFound("step", path));
        FormData f = new FormData(values);
        return attempt(caseId, actor, model, response, step, f, () -> {
            // G118: the written reason(s) why a mandatory audio-video record is missing (check boxes)
            commands.completeStep(caseId, StepForms.read(step, f), actor, f.texts("audioVideoAbsence"));
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
            commands.addInvestigationRecord(caseId, input, actor);
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
            commands.startSeizure(caseId, new org.sanxiang.cases.SeizureRequest(
                    f.enumValue("measure", StepInput.CoercionMeasure.class), f.text("reason")), actor);
            redirect.addFlashAttribute("flashOk", text.message("ui.flash.seizureStarted"));
            return "redirect:/cases/" + caseId + "/steps/" + Step.SEIZURE.path();
        });
    }

    /** Claims a task; {@code back=review} returns to the review list as it was filtered (htmx follows the redirect). */
    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @RequestParam long caseId, @RequestParam(required = false) String back,
            @RequestParam MultiValueMap<String, String> values, Actor actor, RedirectAttributes redirect) {
        return taskAction(() -> commands.claim(taskId, actor), text.message("ui.flash.claimed"), caseId,
                back(back, values), redirect);
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, @RequestParam long caseId, @RequestParam(required = false) String back,
            @RequestParam MultiValueMap<String, String> values, Actor actor, RedirectAttributes redirect) {
        return taskAction(() -> commands.unclaim(taskId, actor), text.message("ui.flash.unclaimed"), caseId,
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
        return taskAction(() -> commands.extendReview(caseId, actor), text.message("ui.flash.reviewExtended"), caseId, null, redirect);
    }

    @PostMapping("/cases/{caseId}/reassignment")
    String reassign(@PathVariable long caseId, @RequestParam MultiValueMap<String, String> values, Actor actor,
            RedirectAttributes redirect) {
        FormData f = new FormData(values);
        return taskAction(() -> {
            commands.reassignHandler(caseId, f.id("removeOfficerId"), f.id("addOfficerId"), f.text("reason"), actor);
        }, text.message("ui.flash.reassigned"), caseId, null, redirect);
    }

    @PostMapping("/cases/{caseId}/suspension")
    String suspend(@PathVariable long caseId, @RequestParam MultiValueMap<String, String> values, Actor actor,
            RedirectAttributes redirect) {
        FormData f = new FormData(values);
        return taskAction(() -> {
            commands.suspendDecisionClock(caseId, f.enumValue("reason", SuspensionReason.class), f.date("from"), actor);
        }, text.message("ui.flash.suspended"), caseId, null, redirect);
    }

    @PostMapping("/cases/{caseId}/resumption")
    String resume(@PathVariable long caseId, @RequestParam MultiValueMap<String, String> values, Actor actor,
            RedirectAttributes redirect) {
        FormData f = new FormData(values);
        return taskAction(() -> {
            commands.resumeDecisionClock(caseId, f.date("on"), actor);
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
            var r = commands.revokeDecision(caseId, new DecisionRevocationInput(kind, f.text("reason"),
                    f.text("sourceDocument"), f.date("effectiveOn")), actor);
            done[0] = r.decisionNumber();
            done[1] = text.message("label.revocation." + kind.name());
        }, null, caseId, null, redirect);
        if (done[0] != null) {
            redirect.addFlashAttribute("flashOk", text.message("ui.flash.decisionRevoked", done[0], done[1]));
        }
        return ok;
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
            return render(caseId, actor, model, step, f.echo());
        }
    }

    /** Decisions on the merits (a transfer letter is not one); as {@code CaseCommands} decides which may fall. */
    private static final Set<String> DECIDED_KINDS = Set.of("PENALTY", "NO_PENALTY", "SUMMARY_PENALTY");

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
            redirect.addFlashAttribute("flashError", text.detail(p));
            redirect.addFlashAttribute("flashArticle", p.article());
        }
        return "redirect:" + (back != null ? back : "/cases/" + caseId);
    }

    private void problem(Model model, Problem p, HttpServletResponse response) {
        response.setStatus(p.status().value());
        model.addAttribute("flashError", text.detail(p));
        model.addAttribute("flashArticle", p.article());
        model.addAttribute("errorField", p.field());
    }

    private String render(long caseId, Actor actor, Model model, Step requested, Map<String, Object> form) {
        CaseDetail c = queries.detail(caseId, actor);
        Long me = officers.officerByUsername(actor.username()).map(Officer::id).orElse(null);
        boolean handler = me != null && c.handlers().stream().anyMatch(h -> h.officerId() == me);
        List<TaskView> tasks = new ArrayList<>();
        for (OpenTask t : c.openTasks()) {
            Step step = Step.byTaskKey(t.step()).orElse(null);
            if (step == null) {
                continue;
            }
            boolean role = switch (step.group()) {
                case HANDLER -> handler;
                case HEAD -> actor.inGroup("head");
                case REVIEWER -> actor.inGroup("reviewer") && !handler;
            };
            boolean claimNeeded = step.group() == Step.Group.REVIEWER && !actor.username().equals(t.assignee());
            tasks.add(new TaskView(t, step, role, role && !claimNeeded, role && claimNeeded && t.assignee() == null,
                    t.assignee() != null && (actor.username().equals(t.assignee()) || actor.inGroup("head"))));
        }
        Step formStep = requested != null ? requested
                : tasks.stream().filter(TaskView::mayComplete).map(TaskView::step).findFirst().orElse(null);
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
        model.addAttribute("absenceReasons", org.sanxiang.evidence.AbsenceReason.values());
        // 撤销、变更决定登记: the latest decision on the merits, if it has not fallen yet (APL Art. 48 ¶2)
        Set<String> fallen = new java.util.HashSet<>();
        c.revocations().forEach(r -> fallen.add(r.decisionNumber()));
        model.addAttribute("revocableDecision", c.decisions().stream()
                .filter(d -> DECIDED_KINDS.contains(d.kind())).reduce((a, b) -> b)
                .map(d -> d.decisionNumber()).filter(n -> !fallen.contains(n)).orElse(null));
        model.addAttribute("revocationKinds", RevocationKind.values());
        evidence.addTo(model, c, actor);
        return "cases/case";
    }

    /** One open task as the page shows it: may the user complete it now, claim it, give it back. */
    record TaskView(OpenTask task, Step step, boolean myRole, boolean mayComplete, boolean mayClaim, boolean mayUnclaim) {
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
