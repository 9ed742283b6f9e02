package org.sanxiang.publicity;

import java.util.List;
import java.util.Map;

import org.sanxiang.process.Actor;
import org.sanxiang.publicity.PublicityProblems.BlockReasonRequired;
import org.sanxiang.publicity.PublicityProblems.CheckByDecider;
import org.sanxiang.publicity.persistence.PublicationRow;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * 脱敏复核 (G118; OGI Art. 14–15): a second person — an officer or head who did not make the decision —
 * approves the redacted text or blocks publication with a reason (a minor party always blocks), and
 * completes the check task; an approved publication is then published by the process.
 */
@Service
@RequiredArgsConstructor
public class PublicationChecks {

    static final String CHECK_TASK = "Task_RedactionCheck";

    private final PublicationAccess access;
    private final Redactor redactor;
    private final CaseRecord record;

    @Transactional
    public Publication check(long id, boolean approved, boolean minor, BlockReason blockReason, String detail, Actor actor) {
        return check(id, approved, minor, blockReason, detail, List.of(), actor);
    }

    /**
     * As above; {@code removeTerms} are further words the checker removes from the published text
     * (a witness's name the automatic redaction could not know, a shop sign).
     */
    @Transactional
    public Publication check(long id, boolean approved, boolean minor, BlockReason blockReason, String detail,
            List<String> removeTerms, Actor actor) {
        PublicationRow row = access.locked(id);
        PublicationAccess.requireStaff(actor);
        access.requireOwnBody(row, actor);
        if (actor.username().equals(row.decidedBy)) {
            throw new CheckByDecider(actor.username(), row.decisionNumber);
        }
        PublicationAccess.requireStatus(row, PublicationStatus.DRAFT);
        BlockReason reason = outcome(approved, minor, blockReason);
        row.checkedBy = actor.username();
        row.checkedAt = access.now();
        if (removeTerms != null && !removeTerms.isEmpty()) {
            row.violation = redactor.removeTerms(row.violation, removeTerms);
            row.penaltyContent = redactor.removeTerms(row.penaltyContent, removeTerms);
        }
        if (reason == null) {
            row.status = PublicationStatus.CHECKED.name();
        } else {
            row.status = PublicationStatus.BLOCKED.name();
            row.blockReason = reason.name();
            row.blockDetail = detail;
        }
        access.save(row);
        record.append(row.caseId, new Act(reason == null ? "PUBLICATION_CHECKED" : "PUBLICATION_BLOCKED", CHECK_TASK,
                actor.username(), reason == null ? "G118" : "OGI Art. 14-15",
                reason == null ? PublicityTexts.text("record.publication.checked")
                        : PublicityTexts.text("record.publication.blocked", reason.label()),
                PublicationAccess.payload("decisionNumber", row.decisionNumber, "reason", reason == null ? "" : reason.name(),
                        "detail", detail == null ? "" : detail, "removedTerms", removeTerms == null ? 0 : removeTerms.size())));
        access.completeTask(row, CHECK_TASK, Map.of(PublicityVariables.APPROVED, reason == null));
        return PublicationAccess.view(access.byId(id));
    }

    /**
     * Why the check does not publish, or null when it does: a minor party always blocks (OGI Art. 15);
     * a rejection needs its reason (OGI Art. 14–15).
     */
    static BlockReason outcome(boolean approved, boolean minor, BlockReason blockReason) {
        if (minor) {
            return BlockReason.MINOR;
        }
        if (approved) {
            return null;
        }
        if (blockReason == null) {
            throw new BlockReasonRequired();
        }
        return blockReason;
    }
}
