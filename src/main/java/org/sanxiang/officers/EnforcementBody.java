package org.sanxiang.officers;

/** An enforcement body (执法主体): statutory, authorised or entrusted, with its area and legal basis. */
public record EnforcementBody(long id, String code, String name, String kind, String area, String legalBasis,
        String documentPrefix) {
}
