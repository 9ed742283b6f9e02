package org.sanxiang.publicity;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.cases.DecisionMade;
import org.sanxiang.publicity.persistence.PublicationInputRow;
import org.sanxiang.publicity.persistence.PublicationRow;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * The start of a decision's publication (事后公开; G118; APL Art. 48; RULES §3): every decision is
 * stored and starts the {@code publicity} process inside the deciding transaction; its first step, the
 * automatic redaction (自动脱敏, an asynchronous job: a failure is retried and then a Cockpit incident,
 * never a rolled-back decision), drafts the publication from the stored decision.
 */
@Service
@RequiredArgsConstructor
public class PublicationDrafting {

    /** BPMN process key of {@code bpmn/publicity.bpmn}. */
    public static final String PROCESS_KEY = "publicity";

    private final PublicationAccess access;
    private final Redactor redactor;
    private final PublicityProperties properties;
    private final Deadlines deadlines;
    private final CaseRecord record;
    private final RuntimeService runtime;

    /**
     * Stores the decision and starts its publication process, inside the deciding transaction. The
     * unredacted decision stays in our table for the redaction job: it never becomes a process variable.
     */
    @EventListener
    public void onDecisionMade(DecisionMade decision) {
        access.mapper().insertInput(Drafts.input(decision, access.now()));
        runtime.startProcessInstanceByKey(PROCESS_KEY, decision.decisionNumber(), Variables.createVariables()
                .putValue(PublicityVariables.DECISION_NUMBER, decision.decisionNumber())
                .putValue(PublicityVariables.DECISION_CASE_ID, decision.caseId())
                .putValue(PublicityVariables.DECIDED_ON, deadlines.endOfDay(decision.decidedOn()))
                .putValue(PublicityVariables.DUE_RULE, Drafts.dueRule(decision.kind())));
    }

    /**
     * 自动脱敏, for the process: drafts the publication of the stored decision and deletes the stored,
     * unredacted copy. A job run twice drafts once.
     */
    @Transactional
    public Publication draft(String decisionNumber, String processInstanceId) {
        PublicationRow existing = access.mapper().selectByDecisionNumber(decisionNumber);
        if (existing != null) {
            return PublicationAccess.view(existing);
        }
        PublicationInputRow in = access.mapper().selectInput(decisionNumber);
        if (in == null) {
            throw new IllegalStateException("no stored decision " + decisionNumber + " to redact");
        }
        PublicationRow row = Drafts.compose(in, redactor, properties, deadlines.due(Drafts.dueRule(in.decisionKind), in.decidedOn),
                access.bodyName(in.bodyId));
        row.processInstanceId = processInstanceId;
        row.createdAt = access.now();
        access.mapper().insert(row);
        access.mapper().deleteInput(decisionNumber);
        // the draft itself is not an act of the case (it is the engine's, and the publication row keeps
        // it); a decision not to publish is, with its reason
        if (row.blockReason != null) {
            record.append(row.caseId, new Act("PUBLICATION_BLOCKED", "ServiceTask_AutoRedact", "system", "G118",
                    PublicityTexts.text("record.publication.blocked", BlockReason.WARNING_ONLY.label()),
                    PublicationAccess.payload("decisionNumber", row.decisionNumber, "reason", BlockReason.WARNING_ONLY.name())));
        }
        return PublicationAccess.view(row);
    }
}
