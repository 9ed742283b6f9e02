package org.sanxiang.cases.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import org.sanxiang.calendar.CaseDeadline;
import org.sanxiang.calendar.Deadlines;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The case's statutory deadlines as the models and the case commands use them. Bean
 * {@code stepDeadlines}: every user task's {@code camunda:dueDate} and every timer's {@code timeDate}
 * is {@code ${stepDeadlines.due(caseId, '<rule>')}} — the due day of the case's running deadline of
 * that rule, started today if it is not running yet.
 */
@Component("stepDeadlines")
@RequiredArgsConstructor
public class StepDeadlines {

    private final Deadlines deadlines;
    private final Clock clock;

    public Date due(Object caseId, String rule) {
        long id = ((Number) caseId).longValue();
        CaseDeadline running = running(id, rule)
                .orElseGet(() -> deadlines.start(id, rule, LocalDate.now(clock)));
        return deadlines.endOfDay(running.due());
    }

    public Optional<CaseDeadline> running(long caseId, String rule) {
        return deadlines.list(caseId).stream()
                .filter(d -> d.ruleKey().equals(rule) && d.finishedOn() == null) // open, even if already overdue
                .reduce((a, b) -> b);
    }

    /** Starts the rule's period on {@code start}, closing a period of the same rule still running. */
    public CaseDeadline restart(long caseId, String rule, LocalDate start) {
        finish(caseId, rule, start);
        return deadlines.start(caseId, rule, start);
    }

    /** The act the period was for was done on {@code on} (MET, or MISSED if late); no-op when not running. */
    public void finish(long caseId, String rule, LocalDate on) {
        running(caseId, rule).ifPresent(d -> deadlines.met(caseId, rule, on.isBefore(d.start()) ? d.start() : on));
    }
}
