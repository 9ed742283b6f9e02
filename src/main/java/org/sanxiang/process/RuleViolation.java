package org.sanxiang.process;

import org.springframework.http.HttpStatus;

/** Input that breaks a legal rule or a step's data requirements: 400 naming the field and the article. */
public class RuleViolation extends Problem {

    public RuleViolation(String slug, String article, String field, String defaultDetail, Object... args) {
        super(slug, HttpStatus.BAD_REQUEST, article, field, defaultDetail, args);
    }
}
