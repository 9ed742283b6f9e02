package org.sanxiang.process;

import org.springframework.http.HttpStatus;

/** The request was valid but the case has moved on (a concurrent or stale completion). */
public class Conflict extends Problem {

    public Conflict(String slug, String article, String defaultDetail, Object... args) {
        super(slug, HttpStatus.CONFLICT, article, null, defaultDetail, args);
    }
}
