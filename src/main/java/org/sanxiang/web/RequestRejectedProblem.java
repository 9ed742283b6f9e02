package org.sanxiang.web;

import java.io.IOException;

import org.sanxiang.process.RuleViolation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

/**
 * What Spring Security's firewall rejects (a path with {@code //}, {@code ;jsessionid=…}, an encoded slash…)
 * answers, on the JSON API and the engine REST API, a 400 problem+json of the stable type
 * {@code urn:sanxiang:problem:request-rejected} in the request's language — like every other refusal of the
 * API — instead of the container's plain page. Pages keep the plain 400.
 */
@Component
@RequiredArgsConstructor
class RequestRejectedProblem implements RequestRejectedHandler {

    private final ProblemText text;
    private final ObjectMapper json;
    private final LocaleResolver locales;
    private final RequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();

    /** The firewall refused the request's path or headers; nothing was done. */
    static class RequestRejected extends RuleViolation {
        RequestRejected() {
            super("request-rejected", null, null, "the request's path or headers are not accepted");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException, jakarta.servlet.ServletException {
        if (!isApi(request)) {
            pages.handle(request, response, rejected);
            return;
        }
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        try {
            RequestRejected p = new RequestRejected();
            response.setStatus(p.status().value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), ProblemDetailsAdvice.render(p, text));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** {@code /api/**} or {@code /engine-rest/**}, read as the servlet would: no {@code ;params}, no doubled slash. */
    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length())
                .replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/engine-rest") || path.startsWith("/engine-rest/");
    }
}
