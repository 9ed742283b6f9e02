package org.sanxiang.publicity;

import org.sanxiang.publicity.persistence.PublicationRow;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * What the two timers of the publicity process do: the due date passed before publication (逾期督办,
 * G118) and the display period ended (公示期满, RULES §3). Both are idempotent: a job may run twice.
 */
@Service
@RequiredArgsConstructor
public class PublicationTimers {

    private final PublicationAccess access;
    private final CaseRecord record;

    /** The timer on the due date fired before publication: flag it and record the escalation. */
    @Transactional
    public void escalateOverdue(long id) {
        PublicationRow row = access.locked(id);
        if (row.overdue || row.publishedOn != null || PublicationStatus.BLOCKED.name().equals(row.status)) {
            return;
        }
        row.overdue = true;
        access.save(row);
        record.append(row.caseId, new Act("PUBLICATION_OVERDUE", "BoundaryEvent_PublicationDue", "system", "G118; APL Art. 48",
                PublicityTexts.text("record.publication.overdue", row.dueDate.toString()),
                PublicationAccess.payload("decisionNumber", row.decisionNumber, "dueDate", row.dueDate.toString())));
    }

    /** The display period ended: off the public list, still in the record (RULES §3). */
    @Transactional
    public void expire(long id) {
        PublicationRow row = access.locked(id);
        if (!PublicationStatus.PUBLISHED.name().equals(row.status)) {
            return;
        }
        row.status = PublicationStatus.EXPIRED.name();
        access.save(row);
        record.append(row.caseId, new Act("PUBLICATION_EXPIRED", "ServiceTask_Expire", "system", "G118",
                PublicityTexts.text("record.publication.expired"),
                PublicationAccess.payload("decisionNumber", row.decisionNumber, "displayUntil", String.valueOf(row.displayUntil))));
    }
}
