package org.sanxiang.documents;

import org.sanxiang.documents.persistence.DocumentSequenceMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Creates a year's sequence row in its own short transaction. Racing inserts of the first number of a
 * year would otherwise hold shared locks on the duplicate key inside the callers' transactions and
 * deadlock on the following update (seen with three or more concurrent registrations on InnoDB).
 */
@Component
@RequiredArgsConstructor
class SequenceRows {

    private final DocumentSequenceMapper mapper;

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureExists(long bodyId, String kind, int year) {
        mapper.insertIfAbsent(bodyId, kind, year);
    }
}
