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
 * Every act refused for who was acting — an uncertified or unqualified officer, too few certified
 * officers, certificates not shown, a handler reviewing, an investigator chairing (APL Art. 42, 55, 58,
 * 64, 76) — is itself recorded in the case's chain, in its own transaction, because the refused
 * act's transaction rolls back. The caller records only before appending its own entry.
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
            "summary-procedure-limit");

    private final CaseRecord record;
    private final org.sanxiang.recording.OfficeRecord office;
    private final org.springframework.transaction.support.TransactionTemplate newTransaction;
    private final org.springframework.context.MessageSource messages;

    RefusedActs(CaseRecord record, org.sanxiang.recording.OfficeRecord office,
            org.springframework.transaction.PlatformTransactionManager transactions,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.record = record;
        this.office = office;
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
        append(caseId, step, actor.username(), p);
    }

    /**
     * For a refusal inside the engine (a task listener), whose transaction may already have appended to
     * the chain: recorded in a new transaction once the refused one has ended, so the two never contend
     * for the chain's next sequence number.
     */
    public void recordAfterCompletion(long caseId, String step, String actor, Problem p) {
        Runnable write = () -> newTransaction.executeWithoutResult(status -> append(caseId, step, actor, p));
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

    private void append(long caseId, String step, String actor, Problem p) {
        record.append(caseId, new Act("ACT_REFUSED", step, actor, p.article(),
                "拒绝办理：" + chinese(p), Map.of("type", p.type(), "detail", p.getMessage())));
    }

    /** The refusal in the record's words: the Chinese message of the problem (the English one stays in the payload). */
    private String chinese(Problem p) {
        String text = messages.getMessage(p.messageCode(), p.args(), p.getMessage(), java.util.Locale.SIMPLIFIED_CHINESE);
        return text.length() > 480 ? text.substring(0, 480) : text;
    }
}
