package org.sanxiang.process;

import org.springframework.http.HttpStatus;

/** A case, task, officer or matter that does not exist (or that the caller may not see). */
public class NotFound extends Problem {

    public NotFound(String what, Object id) {
        super("not-found", HttpStatus.NOT_FOUND, null, null, what + " " + id + " not found", what, id);
    }
}
