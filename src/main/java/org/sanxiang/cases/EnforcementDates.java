package org.sanxiang.cases;

import java.time.LocalDate;
import java.util.Date;

import org.sanxiang.calendar.Deadlines;
import org.sanxiang.cases.steps.EnforcementContext;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Bean {@code enforcementDates}: the due dates and timer dates of the follow-up inspection (APL Art. 28) and of
 * forced demolition (ACL Art. 35, 44), read from the case's stored order and demolition — not from variables.
 * Each is the end (23:59:59 office time) of the period's last day, so a timer fires on the day after it.
 */
@Component("enforcementDates")
@RequiredArgsConstructor
public class EnforcementDates {

    private final EnforcementActs acts;
    private final Deadlines deadlines;

    private static long id(Object caseId) {
        return ((Number) caseId).longValue();
    }

    /** The last day of the order to correct; the follow-up inspection is due then. */
    public Date correctionDue(Object caseId) {
        return acts.correctionOrder(id(caseId)).map(EnforcementContext.OrderToCorrect::dueOn).map(deadlines::endOfDay)
                .orElse(null);
    }

    /** ACL Art. 44: the end of the notice's period and of both remedy periods, whichever is later. */
    public Date remedyPeriodsOver(Object caseId) {
        EnforcementContext.Demolition d = acts.demolition(id(caseId)).orElseThrow();
        LocalDate last = d.remedyLapsesOn().isAfter(d.noticeEndsOn()) ? d.remedyLapsesOn() : d.noticeEndsOn();
        return deadlines.endOfDay(last);
    }

    /** ACL Art. 35, 37: the end of the period the reminder gave. */
    public Date reminderPeriodOver(Object caseId) {
        return acts.demolition(id(caseId)).map(EnforcementContext.Demolition::reminderEndsOn).map(deadlines::endOfDay)
                .orElse(null);
    }
}
