package org.sanxiang.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.calendar.persistence.CaseDeadlineEntity;
import org.sanxiang.calendar.persistence.DeadlineMapper;
import org.sanxiang.calendar.persistence.RecomputationRow;
import org.sanxiang.calendar.persistence.SuspensionRow;
import org.sanxiang.process.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Statutory deadlines: due dates of the rules in {@code deadline_rule}, each case's running and
 * finished deadlines, suspension of the 90-day decision clock (APL Art. 60) and the late fee
 * (APL Art. 72). Bean {@code deadlines}, for BPMN expressions such as
 * {@code ${deadlines.dueDate('service', decidedOn)}} (timer {@code timeDate}, task {@code dueDate}).
 */
@Service("deadlines")
@RequiredArgsConstructor
public class Deadlines {

    /** The decision period of APL Art. 60, the clock {@link #suspend} acts on. */
    public static final String DECISION = "decision";
    /** APL Art. 72: 3 % of the fine per day late. */
    static final BigDecimal LATE_FEE_RATE = new BigDecimal("0.03");

    private final DeadlineMapper mapper;
    private final WorkingCalendar calendar;
    private final CalendarProperties properties;
    private final Clock clock;
    private volatile Map<String, DeadlineRule> rules;

    /** The rules, read once from {@code deadline_rule} (seeded by Flyway; a change needs a restart). */
    public List<DeadlineRule> rules() {
        return List.copyOf(rulesByKey().values());
    }

    public DeadlineRule rule(String ruleKey) {
        DeadlineRule rule = rulesByKey().get(ruleKey);
        if (rule == null) {
            throw new NotFound("deadline rule", ruleKey);
        }
        return rule;
    }

    /** The due date of a rule's period starting on {@code start} (the start day not counted). */
    public Due due(String ruleKey, LocalDate start) {
        DeadlineRule rule = rule(ruleKey);
        ComputedDate due = rule.dueFrom(calendar, start, false, 0);
        return new Due(rule.key(), rule.article(), start, due.date(), due.provisional());
    }

    /**
     * For BPMN: the end (23:59:59 office time) of the rule's due day. {@code start} may be a
     * {@link Date}, {@link LocalDate}, {@link LocalDateTime}, {@link OffsetDateTime},
     * {@link ZonedDateTime}, {@link Instant} or an ISO string.
     */
    public Date dueDate(String ruleKey, Object start) {
        return endOfDay(due(ruleKey, toLocalDate(start)).dueDate());
    }

    /** For BPMN: the end of the due day of the case's running deadline (moved by suspensions). */
    @Transactional(readOnly = true)
    public Date caseDueDate(long caseId, String ruleKey) {
        return list(caseId).stream()
                .filter(d -> d.ruleKey().equals(ruleKey) && d.finishedOn() == null)
                .reduce((a, b) -> b)
                .map(d -> endOfDay(d.due()))
                .orElseThrow(() -> new DeadlineNotRunning(caseId, ruleKey));
    }

    /** 23:59:59 of the day in the office's zone, as the engine's {@link Date}. */
    public Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(properties.zone()).toInstant());
    }

    /**
     * APL Art. 72: 3 % of the fine for each day after the due date until payment, never more than
     * the fine itself. Rounded to the fen.
     */
    public BigDecimal lateFee(BigDecimal fine, LocalDate dueDate, LocalDate paidOn) {
        if (fine == null || fine.signum() <= 0) {
            throw new LateFeeInputInvalid("fine", fine);
        }
        if (dueDate == null) {
            throw new LateFeeInputInvalid("dueDate", null);
        }
        if (paidOn == null) {
            throw new LateFeeInputInvalid("paidOn", null);
        }
        long daysLate = Math.max(0, ChronoUnit.DAYS.between(dueDate, paidOn));
        BigDecimal fee = fine.multiply(LATE_FEE_RATE).multiply(BigDecimal.valueOf(daysLate));
        return fee.min(fine).setScale(2, RoundingMode.HALF_UP);
    }

    /** Starts a rule's period on a case. */
    @Transactional
    public CaseDeadline start(long caseId, String ruleKey, LocalDate startDate) {
        DeadlineRule rule = rule(ruleKey);
        if (mapper.selectRunningForUpdate(caseId, ruleKey) != null) {
            throw new DeadlineAlreadyRunning(caseId, ruleKey);
        }
        ComputedDate due = rule.dueFrom(calendar, startDate, false, 0);
        CaseDeadlineEntity e = new CaseDeadlineEntity();
        e.setCaseId(caseId);
        e.setRuleKey(ruleKey);
        e.setStartDate(startDate);
        e.setDueDate(due.date());
        e.setProvisional(due.provisional());
        e.setStatus(DeadlineStatus.RUNNING.name());
        e.setCreatedAt(LocalDateTime.now(clock));
        mapper.insertCaseDeadline(e);
        return view(e, rule);
    }

    /** The act the period was for was done on {@code onDate}: MET if in time, MISSED if late. */
    @Transactional
    public CaseDeadline met(long caseId, String ruleKey, LocalDate onDate) {
        DeadlineRule rule = rule(ruleKey);
        CaseDeadlineEntity e = running(caseId, ruleKey);
        if (onDate.isBefore(e.getStartDate())) {
            throw new DeadlineDateInvalid("onDate", onDate, e.getStartDate());
        }
        if (e.getOpenSuspensions() > 0) {
            // the act ends the suspension too: the clock cannot stand still after the decision
            resumeOpenSuspension(e, rule, onDate);
        }
        DeadlineStatus status = statusOfActOn(onDate, e.getDueDate());
        mapper.updateFinished(e.getId(), status.name(), onDate);
        e.setStatus(status.name());
        e.setFinishedOn(onDate);
        return view(e, rule);
    }

    /**
     * The one decision between in time and late: an act on {@code day} is MET up to and on the due day
     * and MISSED from the day after. A running deadline is shown MISSED once today is past its due day.
     */
    static DeadlineStatus statusOfActOn(LocalDate day, LocalDate dueDate) {
        return day.isAfter(dueDate) ? DeadlineStatus.MISSED : DeadlineStatus.MET;
    }

    /** Extends a running deadline by the rule's extension (on the head's approval, e.g. ACL Art. 25). */
    @Transactional
    public CaseDeadline extend(long caseId, String ruleKey) {
        DeadlineRule rule = rule(ruleKey);
        CaseDeadlineEntity e = running(caseId, ruleKey);
        if (rule.extensionLength() == null || e.isExtended()) {
            throw new DeadlineNotExtendable(ruleKey, rule.article());
        }
        e.setExtended(true);
        recompute(e, rule, calendar);
        mapper.updateDue(e);
        return view(e, rule);
    }

    /** The case's deadlines, running and finished, in start order. */
    @Transactional(readOnly = true)
    public List<CaseDeadline> list(long caseId) {
        return mapper.selectByCase(caseId).stream().map(e -> view(e, rule(e.getRuleKey()))).toList();
    }

    /**
     * Suspends the case's 90-day decision clock from {@code from} (中止: hearing, testing/appraisal,
     * public notice; APL Art. 60 with the province's rule).
     */
    @Transactional
    public Suspension suspend(long caseId, SuspensionReason reason, LocalDate from) {
        CaseDeadlineEntity e = running(caseId, DECISION);
        if (from.isBefore(e.getStartDate())) {
            throw new DeadlineDateInvalid("from", from, e.getStartDate());
        }
        SuspensionRow open = mapper.selectOpenSuspension(e.getId());
        if (open != null) {
            throw new ClockAlreadySuspended(caseId, open.fromDate());
        }
        mapper.insertSuspension(e.getId(), caseId, reason.name(), from, LocalDateTime.now(clock));
        return toSuspension(mapper.selectOpenSuspension(e.getId()), DECISION);
    }

    /** Resumes the decision clock on {@code on}: the due date moves by the suspended calendar days. */
    @Transactional
    public CaseDeadline resume(long caseId, LocalDate on) {
        DeadlineRule rule = rule(DECISION);
        CaseDeadlineEntity e = running(caseId, DECISION);
        if (e.getOpenSuspensions() == 0) {
            throw new ClockNotSuspended(caseId);
        }
        resumeOpenSuspension(e, rule, on);
        e.setOpenSuspensions(0);
        return view(e, rule);
    }

    @Transactional(readOnly = true)
    public List<Suspension> suspensions(long caseId) {
        return mapper.selectSuspensionsByCase(caseId).stream().map(s -> toSuspension(s, DECISION)).toList();
    }

    /** The recomputation history of the case's provisional deadlines. */
    @Transactional(readOnly = true)
    public List<Recomputation> recomputations(long caseId) {
        return mapper.selectRecomputationsByCase(caseId).stream()
                .map(r -> new Recomputation(r.caseDeadlineId(), r.caseId(), r.ruleKey(), r.noticeYear(),
                        r.oldDueDate(), r.newDueDate(), r.stillProvisional(), r.recomputedAt()))
                .toList();
    }

    /**
     * Recomputes, on the calendar as it stands after a year's notice was loaded, every running
     * deadline that is provisional or whose period overlaps the days that notice can list (the
     * year ±1 month: a notice lists the New Year days around it). A history row is left for each
     * provisional deadline and for each other deadline whose due date changed (a corrected notice).
     * Runs in the loading transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int recomputeAfterNotice(int noticeYear, WorkingCalendar updated) {
        LocalDate from = LocalDate.of(noticeYear - 1, 12, 1);
        LocalDate to = LocalDate.of(noticeYear + 1, 1, 31);
        int recomputed = 0;
        for (CaseDeadlineEntity e : mapper.selectRunningAffectedForUpdate(from, to)) {
            LocalDate oldDue = e.getDueDate();
            boolean wasProvisional = e.isProvisional();
            recompute(e, rule(e.getRuleKey()), updated);
            if (wasProvisional || !oldDue.equals(e.getDueDate())) {
                mapper.updateDue(e);
                mapper.insertRecomputation(new RecomputationRow(e.getId(), e.getCaseId(), e.getRuleKey(), noticeYear,
                        oldDue, e.getDueDate(), e.isProvisional(), LocalDateTime.now(clock)));
                recomputed++;
            }
        }
        return recomputed;
    }

    private void resumeOpenSuspension(CaseDeadlineEntity e, DeadlineRule rule, LocalDate on) {
        SuspensionRow open = mapper.selectOpenSuspension(e.getId());
        if (on.isBefore(open.fromDate())) {
            throw new DeadlineDateInvalid("on", on, open.fromDate());
        }
        mapper.closeSuspension(open.id(), on);
        e.setSuspendedDays(e.getSuspendedDays() + (int) ChronoUnit.DAYS.between(open.fromDate(), on));
        recompute(e, rule, calendar);
        mapper.updateDue(e);
    }

    private static void recompute(CaseDeadlineEntity e, DeadlineRule rule, WorkingCalendar on) {
        ComputedDate due = rule.dueFrom(on, e.getStartDate(), e.isExtended(), e.getSuspendedDays());
        e.setDueDate(due.date());
        e.setProvisional(due.provisional());
    }

    private CaseDeadlineEntity running(long caseId, String ruleKey) {
        CaseDeadlineEntity e = mapper.selectRunningForUpdate(caseId, ruleKey);
        if (e == null) {
            throw new DeadlineNotRunning(caseId, ruleKey);
        }
        return e;
    }

    private CaseDeadline view(CaseDeadlineEntity e, DeadlineRule rule) {
        DeadlineStatus status = DeadlineStatus.valueOf(e.getStatus());
        boolean suspended = e.getOpenSuspensions() > 0;
        if (status == DeadlineStatus.RUNNING && !suspended
                && statusOfActOn(LocalDate.now(clock), e.getDueDate()) == DeadlineStatus.MISSED) {
            status = DeadlineStatus.MISSED;
        }
        return new CaseDeadline(e.getId(), e.getCaseId(), rule.key(), rule.title(), rule.article(), rule.counting(),
                rule.length(), e.getStartDate(), e.getDueDate(), e.isProvisional(), status, e.getFinishedOn(),
                e.isExtended(), e.getSuspendedDays(), suspended, rule.onExpiry());
    }

    private static Suspension toSuspension(SuspensionRow s, String ruleKey) {
        return new Suspension(s.id(), s.caseId(), ruleKey, SuspensionReason.valueOf(s.reason()), s.fromDate(),
                s.toDate());
    }

    private Map<String, DeadlineRule> rulesByKey() {
        Map<String, DeadlineRule> r = rules;
        if (r == null) {
            Map<String, DeadlineRule> loaded = new LinkedHashMap<>();
            mapper.selectRules().forEach(rule -> loaded.put(rule.key(), rule));
            rules = r = Map.copyOf(loaded);
        }
        return r;
    }

    private LocalDate toLocalDate(Object start) {
        if (start instanceof LocalDate d) {
            return d;
        }
        if (start instanceof Date d) {
            return d.toInstant().atZone(properties.zone()).toLocalDate();
        }
        if (start instanceof LocalDateTime d) {
            return d.toLocalDate();
        }
        if (start instanceof OffsetDateTime d) {
            return d.atZoneSameInstant(properties.zone()).toLocalDate();
        }
        if (start instanceof ZonedDateTime d) {
            return d.withZoneSameInstant(properties.zone()).toLocalDate();
        }
        if (start instanceof Instant d) {
            return d.atZone(properties.zone()).toLocalDate();
        }
        if (start instanceof String s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                return OffsetDateTime.parse(s).atZoneSameInstant(properties.zone()).toLocalDate();
            }
        }
        throw new IllegalArgumentException("not a date: " + start + (start == null ? "" : " (" + start.getClass() + ")"));
    }
}
