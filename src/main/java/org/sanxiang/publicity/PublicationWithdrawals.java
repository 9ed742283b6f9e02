package org.sanxiang.publicity;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.cases.DecisionRevoked;
import org.sanxiang.process.Actor;
import org.sanxiang.process.NotFound;
import org.sanxiang.publicity.PublicityProblems.PublicationNotInStatus;
import org.sanxiang.publicity.PublicityProblems.WithdrawalReasonRequired;
import org.sanxiang.publicity.persistence.PublicationRow;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * 撤回 (APL Art. 48 ¶2): a decision that was changed, revoked, confirmed unlawful or void is taken off
 * the public list within 3 working days, with its reason; one not yet published is never published.
 */
@Service
@RequiredArgsConstructor
public class PublicationWithdrawals {

    /** Message that starts the withdrawal, correlated by the decision number. */
    public static final String DECISION_REVOKED = "DecisionRevoked";
    static final String WITHDRAWAL_TASK = "Task_Withdrawal";
    static final String RULE_WITHDRAWAL = "withdrawal";

    private final PublicationAccess access;
    private final Redactor redactor;
    private final PublicityProperties properties;
    private final Deadlines deadlines;
    private final CaseRecord record;
    private final RuntimeService runtime;

    /**
     * The decision was changed, revoked, confirmed unlawful or void on {@code on}: correlates
     * {@code DecisionRevoked}, which opens the 撤回 task (3 working days) for a published decision and
     * blocks one not yet published.
     */
    @Transactional
    public Publication decisionRevoked(String decisionNumber, WithdrawalReason reason, String detail, LocalDate on, Actor actor) {
        PublicationAccess.requireStaff(actor); // who may act first: a caller without the role learns nothing of the input or the decision
        if (reason == null) {
            throw new WithdrawalReasonRequired();
        }
        PublicationRow found = access.mapper().selectByDecisionNumber(decisionNumber);
        if (found == null) {
            throw new NotFound("publication", decisionNumber);
        }
        access.requireOwnBody(found, actor);
        PublicationRow row = access.locked(found.id);
        if (fallen(row)) {
            throw new PublicationNotInStatus(row.decisionNumber, row.status, "PUBLISHED");
        }
        String redacted = detail == null ? null : redactor.redact(detail, null, properties.partyNamePolicy()).text();
        return revoked(row, reason, redacted, null, on, actor.username());
    }

    /**
     * The cases module recorded that a decision fell (APL Art. 48 ¶2; 复议、诉讼或自行纠正): the same as
     * {@link #decisionRevoked}, inside the recording transaction, with the reason and the document it
     * fell by redacted like the decision (the party per policy, the other persons named in the case
     * removed). A publication already withdrawn, or never to be published, has nothing left to do.
     */
    @EventListener
    @Transactional
    public void onDecisionRevoked(DecisionRevoked event) {
        PublicationRow found = access.mapper().selectByDecisionNumber(event.decisionNumber());
        if (found == null) {
            return;
        }
        PublicationRow row = access.locked(found.id);
        if (fallen(row)) {
            return;
        }
        RedactionSubject subject = new RedactionSubject(event.partyKind(), event.partyName(), event.partyIdNumber(),
                event.partyCreditCode(), event.legalRepresentative(), event.otherPersons());
        String reason = redactor.redact(event.reason(), subject, properties.partyNamePolicy()).text();
        String source = redactor.redact(event.sourceDocument(), subject, properties.partyNamePolicy()).text();
        revoked(row, WithdrawalReason.valueOf(event.kind()), reason, source, event.effectiveOn(), event.revokedBy());
    }

    /** Withdrawn already, never to be published, or its fall already reported. */
    private static boolean fallen(PublicationRow row) {
        PublicationStatus status = PublicationStatus.valueOf(row.status);
        return status == PublicationStatus.WITHDRAWN || status == PublicationStatus.BLOCKED || row.withdrawalReason != null;
    }

    private Publication revoked(PublicationRow row, WithdrawalReason reason, String detail, String source, LocalDate on,
            String actor) {
        PublicationStatus status = PublicationStatus.valueOf(row.status);
        LocalDate start = on == null ? access.today() : on;
        if (status == PublicationStatus.PUBLISHED || status == PublicationStatus.EXPIRED) {
            row.withdrawalReason = reason.name();
            row.withdrawalDetail = detail;
            row.withdrawalSource = source;
            row.withdrawalStartedOn = start;
            row.withdrawalDue = deadlines.due(RULE_WITHDRAWAL, start).dueDate();
            record.append(row.caseId, new Act("WITHDRAWAL_STARTED", WITHDRAWAL_TASK, actor, "APL Art. 48",
                    PublicityTexts.text("record.publication.withdrawal-started", reason.label(), row.withdrawalDue.toString()),
                    PublicationAccess.payload("decisionNumber", row.decisionNumber, "reason", reason.name(),
                            "source", source == null ? "" : source, "due", row.withdrawalDue.toString())));
        } else {
            row.status = PublicationStatus.BLOCKED.name();
            row.blockReason = BlockReason.DECISION_REVOKED.name();
            row.blockDetail = detail == null ? reason.label()
                    : PublicityTexts.text("publication.block-detail.revoked", reason.label(), detail);
            row.withdrawalSource = source;
            record.append(row.caseId, new Act("PUBLICATION_BLOCKED", "BoundaryEvent_DecisionRevoked", actor, "APL Art. 48",
                    PublicityTexts.text("record.publication.blocked", BlockReason.DECISION_REVOKED.label()),
                    PublicationAccess.payload("decisionNumber", row.decisionNumber, "reason", reason.name())));
        }
        access.save(row);
        if (status != PublicationStatus.EXPIRED) {
            runtime.createMessageCorrelation(DECISION_REVOKED)
                    .processInstanceVariableEquals(PublicityVariables.DECISION_NUMBER, row.decisionNumber)
                    .setVariable(PublicityVariables.REVOKED_ON, deadlines.endOfDay(start))
                    .correlate();
        }
        return PublicationAccess.view(access.byId(row.id));
    }

    /**
     * 撤回: takes a published decision down with its reason (APL Art. 48). Without a reason: refused.
     * If the decision's fall was not reported yet, it is reported today first.
     */
    @Transactional
    public Publication withdraw(long id, WithdrawalReason reason, String detail, Actor actor) {
        PublicationAccess.requireStaff(actor);
        if (reason == null) {
            throw new WithdrawalReasonRequired();
        }
        PublicationRow row = access.locked(id);
        access.requireOwnBody(row, actor);
        if (row.withdrawalReason == null) {
            PublicationAccess.requireStatus(row, PublicationStatus.PUBLISHED);
            decisionRevoked(row.decisionNumber, reason, detail, access.today(), actor);
            row = access.locked(id);
        } else if (!PublicationStatus.PUBLISHED.name().equals(row.status) && !PublicationStatus.EXPIRED.name().equals(row.status)) {
            throw new PublicationNotInStatus(row.decisionNumber, row.status, "PUBLISHED");
        }
        boolean late = access.today().isAfter(row.withdrawalDue);
        row.status = PublicationStatus.WITHDRAWN.name();
        row.withdrawalReason = reason.name();
        // the notice is public: the detail is redacted like the decision; without one, the reason given
        // when the decision fell stands
        if (detail != null && !detail.isBlank()) {
            row.withdrawalDetail = redactor.redact(detail, null, properties.partyNamePolicy()).text();
        }
        row.withdrawnBy = actor.username();
        row.withdrawnOn = access.today();
        access.save(row);
        record.append(row.caseId, new Act("PUBLICATION_WITHDRAWN", WITHDRAWAL_TASK, actor.username(), "APL Art. 48",
                PublicityTexts.text("record.publication.withdrawn", row.decisionNumber, reason.label(),
                        late ? PublicityTexts.text("record.publication.late") : ""),
                PublicationAccess.payload("decisionNumber", row.decisionNumber, "reason", reason.name(),
                        "detail", detail == null ? "" : detail, "due", row.withdrawalDue.toString(), "late", late)));
        access.completeTask(row, WITHDRAWAL_TASK, Map.of());
        return PublicationAccess.view(row);
    }
}
