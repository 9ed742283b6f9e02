package org.sanxiang.publicity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.sanxiang.officers.OfficerDirectory;
import org.sanxiang.process.Actor;
import org.sanxiang.publicity.AnnualStatistics;
import org.sanxiang.publicity.MonthTimeliness;
import org.sanxiang.web.WorkspacePage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import lombok.RequiredArgsConstructor;

/**
 * The supervisor dashboard's publication-timeliness chart (G118; RULES §3): per month of the due
 * date, publications published on time, late, and still overdue, for the last 12 months. Lives here
 * rather than beside the other charts because the cases module may not depend on publicity (publicity
 * depends on cases). A head sees their own body; the supervisor and the administrator every body.
 */
@WorkspacePage
@RequiredArgsConstructor
class PublicationTimelinessData {

    /** A stacked chart: category labels and named series of one value per label. */
    record Stacked(List<String> labels, List<Named> series) {
    }

    record Named(String key, String name, List<Long> values) {
    }

    private final AnnualStatistics statistics;
    private final OfficerDirectory officers;
    private final MessageSource messages;
    private final Clock clock;

    @GetMapping("/supervision/data/publication-timeliness")
    @ResponseBody
    Stacked timeliness(Actor actor) {
        List<MonthTimeliness> months = statistics.timelinessByMonth(scope(actor), LocalDate.now(clock), 12);
        return new Stacked(months.stream().map(MonthTimeliness::month).toList(), List.of(
                named("onTime", months.stream().map(MonthTimeliness::onTime).toList()),
                named("late", months.stream().map(MonthTimeliness::late).toList()),
                named("overdue", months.stream().map(MonthTimeliness::overdue).toList())));
    }

    private Named named(String key, List<Long> values) {
        return new Named(key, messages.getMessage("ui.supervision.timeliness." + key, null, key,
                LocaleContextHolder.getLocale()), values);
    }

    /** A head's own body; null (all bodies) for the supervisor and the administrator. */
    private Long scope(Actor actor) {
        return officers.bodyScope(actor);
    }
}
