package org.sanxiang.calendar.web;

import java.time.LocalDate;

import org.sanxiang.calendar.DeadlineRule;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.calendar.Due;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/** A case's deadlines with their articles, and a due-date calculator for the forms. */
@RestController
@RequiredArgsConstructor
class CaseDeadlineController {

    private final Deadlines deadlines;

    /**
     * Every deadline rule the engine counts, with its article, counting kind (working days under APL Art. 85 and
     * ACL Art. 69, or calendar days), length, start event, expiry action and extension.
     */
    @GetMapping("/api/deadline-rules")
    java.util.List<DeadlineRule> rules() {
        return deadlines.rules().stream().sorted(java.util.Comparator.comparing(DeadlineRule::key)).toList();
    }

    @GetMapping("/api/deadlines/{ruleKey}/due")
    Due due(@PathVariable String ruleKey, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start) {
        return deadlines.due(ruleKey, start);
    }
}
