package org.sanxiang.cases;

import java.util.Map;
import java.util.Set;

import org.sanxiang.process.Actor;
import org.sanxiang.process.Problem;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every act refused on a case — for who was acting (an uncertified or unqualified officer, too few certified
 * officers, certificates not shown, a handler reviewing, an investigator chairing; APL Art. 42, 55, 58, 64, 76)
 * and for any other rule (a decision without prior notice, APL Art. 62; a hearing notice too late, APL Art. 64; a
 * fine outside the benchmark without reasons; missing data) — is itself recorded in the case's chain as
 * {@code ACT_REFUSED} with the rule, its article and the field, in its own transaction, because the refused act's
 * transaction rolls back. {@link RefusalRecording} calls {@link #recordRefusal} once for every use case marked
 * {@link RefusalsOnRecord}; a case the actor may not see (404) records nothing.
 */
@Component
class RefusedActs {

    private static final Set<String> BLOCKS = Set.of("certificate-not-valid", "too-few-handlers",
            "certificates-shown-mismatch", "hearing-chair-is-investigator", "not-a-handler", "reviewer-is-handler",
            "reviewer-not-qualified", "not-an-officer-of-body",
            // G118; APL Art. 47: a step without the recording its model requires
            "audio-video-required", "required-records-missing");

    /**
     * Refusals recorded in the office record when no case exists yet (registration, on-the-spot
     * decision): the blocks above, and the rules that keep an act out of the body's competence.
     */
    private static final Set<String> OFFICE_BLOCKS = Set.of("matter-not-on-power-list", "summary-procedure-kind",
            "summary-procedure-limit", "fine-not-provided");

    /**
     * Answers that refuse no act but say the request came too late — the step was completed meanwhile, or a concurrent
     * act won the race (409): the act that won is on the record, the stale one is not an act.
     */
    private static final Set<String> STALE = Set.of("step-not-current", "concurrent-change");

    private final CaseRecord record;
    private final org.sanxiang.recording.OfficeRecord office;
    private final org.springframework.transaction.support.TransactionTemplate newTransaction;
    private final org.springframework.context.MessageSource messages;
    private final org.sanxiang.cases.persistence.CaseMapper cases;
    private final org.sanxiang.cases.persistence.InboxMapper inbox;
    private final org.sanxiang.officers.OfficerDirectory officers;
    /** The problems already on the record (by identity), so a refusal seen by two layers is recorded once. */
    private final Set<Problem> recorded = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    RefusedActs(CaseRecord record, org.sanxiang.recording.OfficeRecord office,
            org.springframework.transaction.PlatformTransactionManager transactions,
            org.springframework.context.MessageSource messages,
            org.sanxiang.cases.persistence.CaseMapper cases, org.sanxiang.cases.persistence.InboxMapper inbox,
            org.sanxiang.officers.OfficerDirectory officers) {
        this.messages = messages;
        this.record = record;
        this.office = office;
        this.cases = cases;
        this.inbox = inbox;
        this.officers = officers;
        this.newTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static boolean isBlock(Problem p) {
        return BLOCKS.contains(p.slug());
    }

    static boolean isOfficeBlock(Problem p) {
        return isBlock(p) || OFFICE_BLOCKS.contains(p.slug());
    }

    /**
     * A refusal before any case exists, in the body's office record (its own transaction): the rule, its
     * article and the problem's text, with what the caller adds ({@code context}: the actor's and the
     * named officers' certificate numbers, the SHA-256 of the refused input — no party data in clear).
     */
    public void recordForOffice(long bodyId, String step, Actor actor, Problem p, String act, Map<String, ?> context) {
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("type", p.type());
        payload.put("rule", p.slug());
        payload.put("article", p.article());
        payload.put("field", p.field());
        payload.put("detail", p.getMessage());
        payload.put("refusedAct", act);
        payload.putAll(context);
        office.append(bodyId, new Act("ACT_REFUSED", step, actor.username(), p.article(),
                "拒绝办理（" + act + "）：" + chinese(p), payload));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(long caseId, String step, Actor actor, Problem p) {
        if (recorded.add(p)) {
            append(caseId, step, actor.username(), p, null);
        }
    }

    /**
     * A use case refused {@code p}: recorded on the case the call names ({@code caseId}, or the case of its
     * {@code taskId}) when the actor may see that case, in a new transaction after the refused one has ended.
     * Not recorded: a case not found (404 — nothing to record it on, nothing to tell), a stale request ({@link #STALE}),
     * a refusal already recorded.
     */
    void recordRefusal(java.lang.reflect.Method method, Object[] args, Problem p) {
        if (p instanceof org.sanxiang.process.NotFound || STALE.contains(p.slug()) || recorded.contains(p)) {
            return;
        }
        Long caseId = null;
        Actor actor = null;
        String step = null;
        java.lang.reflect.Parameter[] params = method.getParameters();
        for (int i = 0; i < params.length && i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Actor a) {
                actor = a;
            } else if (arg instanceof StepInput in) {
                step = in.step().taskKey();
            } else if (arg instanceof Long id && "caseId".equals(params[i].getName())) {
                caseId = id;
            } else if (arg instanceof String taskId && "taskId".equals(params[i].getName())) {
                var task = inbox.selectByTaskId(taskId);
                if (task != null) {
                    caseId = task.caseId;
                    step = task.step;
                }
            }
        }
        if (caseId == null || actor == null) {
            return;
        }
        var c = cases.selectCaseById(caseId);
        Long scope = officers.bodyScope(actor);
        if (c == null || (scope != null && scope != c.bodyId)) {
            return;
        }
        if (recorded.add(p)) {
            long id = caseId;
            String username = actor.username();
            String at = step;
            String act = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            Runnable write = () -> newTransaction.executeWithoutResult(status -> append(id, at, username, p, act));
            afterTheRefusedTransaction(write);
        }
    }

    /**
     * For a refusal inside the engine (a task listener), whose transaction may already have appended to
     * the chain: recorded in a new transaction once the refused one has ended, so the two never contend
     * for the chain's next sequence number.
     */
    public void recordAfterCompletion(long caseId, String step, String actor, Problem p) {
        if (!recorded.add(p)) {
            return;
        }
        afterTheRefusedTransaction(() -> newTransaction.executeWithoutResult(status -> append(caseId, step, actor, p, null)));
    }

    private static void afterTheRefusedTransaction(Runnable write) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            write.run();
                        }
                    });
        } else {
            write.run();
        }
    }

    private void append(long caseId, String step, String actor, Problem p, String refusedAct) {
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("type", p.type());
        payload.put("rule", p.slug());
        payload.put("article", p.article());
        payload.put("field", p.field());
        payload.put("status", p.status().value());
        payload.put("detail", p.getMessage());
        if (refusedAct != null) {
            payload.put("refusedAct", refusedAct);
        }
        record.append(caseId, new Act("ACT_REFUSED", step, actor, p.article(), "拒绝办理：" + chinese(p), payload));
    }

    /** The refusal in the record's words: the Chinese message of the problem (the English one stays in the payload). */
    private String chinese(Problem p) {
        String text = messages.getMessage(p.messageCode(), p.args(), p.getMessage(), java.util.Locale.SIMPLIFIED_CHINESE);
        return text.length() > 480 ? text.substring(0, 480) : text;
    }
}
