package org.sanxiang.officers;

/** One item of a body's published power list (职权清单), with the provisions it rests on. */
public record Matter(long id, long bodyId, String code, String name, String field, String legalBasis,
        String penaltyBasis) {
}
