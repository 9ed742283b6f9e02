package org.sanxiang.process;

import org.springframework.http.HttpStatus;

/**
 * Base of every business error. Each subclass names one rule: a stable {@code type} slug (the
 * problem+json {@code type} is {@code urn:sanxiang:problem:<slug>}), the article it enforces and a
 * message code whose zh-CN / en texts live in {@code messages*.properties}.
 */
public abstract class Problem extends RuntimeException {

    private final String slug;
    private final HttpStatus status;
    private final String article;
    private final String field;
    private final Object[] args;

    protected Problem(String slug, HttpStatus status, String article, String field, String defaultDetail, Object... args) {
        super(defaultDetail);
        this.slug = slug;
        this.status = status;
        this.article = article;
        this.field = field;
        this.args = args;
    }

    public String slug() {
        return slug;
    }

    public String type() {
        return "urn:sanxiang:problem:" + slug;
    }

    public HttpStatus status() {
        return status;
    }

    /** The legal source of the rule, e.g. {@code APL Art. 51}; null for purely technical rules. */
    public String article() {
        return article;
    }

    /** The request field at fault, when there is one. */
    public String field() {
        return field;
    }

    /** Message code in the bundles: {@code problem.<slug>}. */
    public String messageCode() {
        return "problem." + slug;
    }

    public Object[] args() {
        return args;
    }

    /** The problem in {@code e}'s cause chain (an engine or REST layer wraps a listener's problem); null if none. */
    public static Problem in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Problem p) {
                return p;
            }
        }
        return null;
    }
}
