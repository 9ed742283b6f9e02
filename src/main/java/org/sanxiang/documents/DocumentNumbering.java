package org.sanxiang.documents;

import org.sanxiang.documents.persistence.DocumentSequenceMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Hands out document numbers from a per-office, per-year, per-kind sequence. The sequence row stays
 * locked until the caller's transaction ends, so numbers are gap-free when the caller commits and
 * never handed out twice.
 */
@Service
@RequiredArgsConstructor
public class DocumentNumbering {

    private final DocumentSequenceMapper mapper;
    private final DocumentsProperties properties;
    private final SequenceRows rows;

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(long bodyId, String documentPrefix, String kind, int year) {
        String pattern = properties.patterns().get(kind);
        if (pattern == null) {
            throw new IllegalStateException("no number pattern configured for document kind " + kind
                    + " (sanxiang.documents.patterns." + kind + ")");
        }
        // Increment first: the UPDATE takes the row's exclusive lock directly. The year's row is created,
        // when missing, in its own committed transaction, so no caller ever holds a shared lock on it.
        if (mapper.increment(bodyId, kind, year) == 0) {
            rows.ensureExists(bodyId, kind, year);
            mapper.increment(bodyId, kind, year);
        }
        int value = mapper.selectCurrent(bodyId, kind, year);
        return pattern.replace("{prefix}", documentPrefix)
                .replace("{year}", Integer.toString(year))
                .replace("{seq}", Integer.toString(value));
    }
}
