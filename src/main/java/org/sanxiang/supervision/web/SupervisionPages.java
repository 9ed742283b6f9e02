package org.sanxiang.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanxiang.cases.CaseStatistics;
import org.sanxiang.cases.CaseStatistics.Count;
import org.sanxiang.officers.CertificateSupervision;
import org.sanxiang.officers.CertificateWarning;
import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.review.ReviewStatistics;
import org.sanxiang.web.WorkspacePage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import lombok.RequiredArgsConstructor;

/**
 * The supervisor's dashboard (执法监督): ECharts charts fed by small JSON endpoints. A head sees
 * their own body; the supervisor and the administrator see every body.
 */
@WorkspacePage
@RequiredArgsConstructor
class SupervisionPages {

    /** A chart's data: labels and one value per label. */
    record Series(List<String> labels, List<Long> values) {
        static Series of(List<Count> counts) {
            return new Series(counts.stream().map(Count::label).toList(), counts.stream().map(Count::value).toList());
        }
    }

    private final CaseStatistics cases;
    private final ReviewStatistics reviews;
    private final CertificateSupervision certificates;
    private final OfficerDirectory officers;
    private final MessageSource messages;
    private final Clock clock;

    @GetMapping("/supervision")
    String dashboard(Actor actor, Model model) {
        List<CertificateWarning> warnings = certificates.warnings(LocalDate.now(clock), actor);
        model.addAttribute("warnings", warnings);
        model.addAttribute("byStatus", cases.casesByStatus(scope(actor)));
        return "cases/supervision";
    }

    @GetMapping("/supervision/data/cases-by-month")
    @ResponseBody
    Series casesByMonth(Actor actor) {
        return Series.of(cases.casesByMonth(scope(actor), LocalDate.now(clock).minusMonths(11)
                .withDayOfMonth(1).atStartOfDay()));
    }

    @GetMapping("/supervision/data/overdue-steps")
    @ResponseBody
    Series overdueSteps(Actor actor) {
        return Series.of(cases.overdueSteps(scope(actor), LocalDateTime.now(clock)));
    }

    @GetMapping("/supervision/data/review-outcomes")
    @ResponseBody
    Series reviewOutcomes(Actor actor) {
        return Series.of(reviews.outcomes(scope(actor)).stream().map(o -> new Count(
                messages.getMessage("label.review." + o.outcome(), null, o.outcome(), LocaleContextHolder.getLocale()),
                o.count())).toList());
    }

    @GetMapping("/supervision/data/certificate-warnings")
    @ResponseBody
    Series certificateWarnings(Actor actor) {
        Map<String, Long> byKind = certificates.warnings(LocalDate.now(clock), actor).stream()
                .collect(Collectors.groupingBy(CertificateWarning::kind, java.util.TreeMap::new, Collectors.counting()));
        return new Series(byKind.keySet().stream().map(k -> messages.getMessage("ui.supervision.warning." + k, null, k,
                LocaleContextHolder.getLocale())).toList(),
                List.copyOf(byKind.values()));
    }

    /**
     * Officers by certificate state (in force, annual review overdue, suspended, expired, revoked,
     * cancelled, none); every state listed, zero included (RULES §6).
     */
    @GetMapping("/supervision/data/certificate-coverage")
    @ResponseBody
    Series certificateCoverage(Actor actor) {
        Map<String, Long> byState = certificates.coverage(LocalDate.now(clock), scope(actor), actor).officersByState();
        return new Series(byState.keySet().stream().map(k -> messages.getMessage("ui.supervision.coverage." + k, null, k,
                LocaleContextHolder.getLocale())).toList(), List.copyOf(byState.values()));
    }

    /** Per enforcement category, the officers holding a certificate in force for it (annual review not overdue). */
    @GetMapping("/supervision/data/category-coverage")
    @ResponseBody
    Series categoryCoverage(Actor actor) {
        Map<String, Long> byCategory = certificates.coverage(LocalDate.now(clock), scope(actor), actor).validByCategory();
        return new Series(List.copyOf(byCategory.keySet()), List.copyOf(byCategory.values()));
    }

    /** A head's own body; null (all bodies) for the supervisor and the administrator. */
    private Long scope(Actor actor) {
        return officers.bodyScope(actor);
    }
}
