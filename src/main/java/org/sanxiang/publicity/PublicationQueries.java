package org.sanxiang.publicity;

import org.sanxiang.officers.Page;
import org.sanxiang.process.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/** The staff's reads of publications: one by id or decision number, and lists by status (RULES §6: own body). */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PublicationQueries {

    private final PublicationAccess access;

    public Publication get(long id) {
        return PublicationAccess.view(access.byId(id));
    }

    /** As {@link #get(long)}, for staff: another body's publication is not found (object-level access, RULES §6). */
    public Publication get(long id, Actor actor) {
        var row = access.byId(id);
        access.requireOwnBody(row, actor);
        return PublicationAccess.view(row);
    }

    public Publication byDecisionNumber(String number) {
        return PublicationAccess.view(access.byNumber(number));
    }

    /** Staff list, newest first; {@code status} null for all. */
    public Page<Publication> list(PublicationStatus status, int page, int size) {
        return list(status, null, page, size);
    }

    /** Staff list of the actor's own body (supervisors and the administrator see every body's), newest first. */
    public Page<Publication> list(PublicationStatus status, int page, int size, Actor actor) {
        return list(status, access.bodyScope(actor), page, size);
    }

    private Page<Publication> list(PublicationStatus status, Long bodyId, int page, int size) {
        Paging.check(page, size);
        String s = status == null ? null : status.name();
        return new Page<>(access.mapper().selectByStatus(s, bodyId, (long) page * size, size).stream()
                .map(PublicationAccess::view).toList(), page, size, access.mapper().countByStatus(s, bodyId));
    }
}
