package org.sanxiang.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * htmx requests (progressive enhancement): a page answers an htmx request with the fragment it
 * swaps, and any other request (no JavaScript, a reload, a history restore) with the whole page.
 */
public final class Htmx {

    private Htmx() {
    }

    /** Whether to answer with a fragment; marks the response as varying by the header either way. */
    public static boolean partial(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
