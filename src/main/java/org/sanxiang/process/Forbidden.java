package org.sanxiang.process;

import org.springframework.http.HttpStatus;

/** The acting user may not perform this act (role, separation of duties, certificate). */
public class Forbidden extends Problem {

    public Forbidden(String slug, String article, String defaultDetail, Object... args) {
        super(slug, HttpStatus.FORBIDDEN, article, null, defaultDetail, args);
    }
}
