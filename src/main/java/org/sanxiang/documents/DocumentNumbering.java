package org.sanxiang.documents;

import org.sanxiang.documents.persistence.DocumentSequenceMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out document numbers from a per-office, per-year, per-kind sequence. The sequence row is
 * locked for the rest of the caller's transaction, so numbers are gap-free when the caller commits
 * and never handed out twice.
 */
@Service
public class DocumentNumbering {

    private final DocumentSequenceMapper mapper;
    private final DocumentsProperties properties;

    DocumentNumbering(DocumentSequenceMapper mapper, DocumentsProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(long bodyId, String documentPrefix, String kind, int year) {
        String pattern = properties.patterns().get(kind);
        if (pattern == null) {
            throw new IllegalStateException("no number pattern configured for document kind " + kind
                    + " (sanxiang.documents.patterns." + kind + ")");
        }
        mapper.insertIfAbsent(bodyId, kind, year);
        int value = mapper.selectForUpdate(bodyId, kind, year) + 1;
        mapper.update(bodyId, kind, year, value);
        return pattern.replace("{prefix}", documentPrefix)
                .replace("{year}", Integer.toString(year))
                .replace("{seq}", Integer.toString(value));
    }
}
