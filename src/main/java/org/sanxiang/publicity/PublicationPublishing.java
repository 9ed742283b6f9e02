package org.sanxiang.publicity;

import java.time.LocalDate;

import org.sanxiang.process.Actor;
import org.sanxiang.publicity.PublicityProblems.PublicationBeforeCheck;
import org.sanxiang.publicity.PublicityProblems.PublicationBlocked;
import org.sanxiang.publicity.PublicityProblems.PublicationNotInStatus;
import org.sanxiang.publicity.persistence.PublicationRow;
import org.sanxiang.recording.Act;
import org.sanxiang.recording.CaseRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * 发布 (APL Art. 48; G118): puts a checked publication on the public list and starts its display
 * period; refused before the check and for a blocked decision. Late publication (after the due date)
 * is flagged.
 */
@Service
@RequiredArgsConstructor
public class PublicationPublishing {

    private final PublicationAccess access;
    private final PublicityProperties properties;
    private final CaseRecord record;

    /** By hand: only an officer or the head of the publication's body publishes. */
    @Transactional
    public Publication publish(long id, Actor actor) {
        PublicationAccess.requireStaff(actor);
        PublicationRow row = access.locked(id);
        access.requireOwnBody(row, actor);
        return published(row, actor.username());
    }

    /** For the process: publish if checked and not yet published (a job may run twice). */
    @Transactional
    public Publication publishIfChecked(long id) {
        PublicationRow row = access.locked(id);
        return PublicationStatus.CHECKED.name().equals(row.status) ? published(row, "system") : PublicationAccess.view(row);
    }

    private Publication published(PublicationRow row, String by) {
        switch (PublicationStatus.valueOf(row.status)) {
            case DRAFT -> throw new PublicationBeforeCheck(row.decisionNumber);
            case BLOCKED -> throw new PublicationBlocked(row.decisionNumber, BlockReason.valueOf(row.blockReason).label());
            case CHECKED -> {
            }
            default -> throw new PublicationNotInStatus(row.decisionNumber, row.status, PublicationStatus.CHECKED.name());
        }
        LocalDate today = access.today();
        row.status = PublicationStatus.PUBLISHED.name();
        row.publishedBy = by;
        row.publishedAt = access.now();
        row.publishedOn = today;
        row.displayUntil = today.plus(properties.displayFor(row.fineAmount));
        boolean late = today.isAfter(row.dueDate);
        row.overdue = row.overdue || late;
        access.save(row);
        record.append(row.caseId, new Act("PUBLICATION_PUBLISHED", "ServiceTask_Publish", by, "APL Art. 48",
                PublicityTexts.text("record.publication.published", row.decisionNumber,
                        late ? PublicityTexts.text("record.publication.late") : "", row.displayUntil.toString()),
                PublicationAccess.payload("decisionNumber", row.decisionNumber, "dueDate", row.dueDate.toString(), "late", late,
                        "displayUntil", row.displayUntil.toString())));
        return PublicationAccess.view(row);
    }
}
