package org.sanxiang.cases.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanxiang.cases.process.CompletionGuard;
import org.sanxiang.process.Problem;
import org.sanxiang.web.ProblemDetailsAdvice;
import org.sanxiang.web.ProblemText;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

/**
 * A thin adapter of the {@link CompletionGuard} in front of Camunda's engine REST API and the
 * Tasklist's own API: a POST that would complete, submit the form of or resolve an existing task of
 * any process is answered with the guard's problem+json (4xx) before the engine is touched. A problem
 * the engine's listeners raise inside such a request also comes back as problem+json, never as 500.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
@RequiredArgsConstructor
class EngineCompletionGuard extends OncePerRequestFilter {

    private static final Pattern ENGINE_API = Pattern.compile("^(?:/engine-rest|/camunda/api/engine)(?:/.*)?$");

    private static final Pattern COMPLETION = Pattern.compile(
            "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form|resolve)$");

    private final CompletionGuard guard;
    private final ProblemText text;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equalsIgnoreCase(request.getMethod()) || !ENGINE_API.matcher(path(request)).matches();
    }

    /** The request's path inside the application, normalised: no {@code ;params}, decoded, no {@code //}, no trailing slash. */
    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return normalise(uri);
    }

    static String normalise(String uri) {
        String path = uri.replaceAll(";[^/]*", "");
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // left as sent: a malformed escape matches nothing below
        }
        path = path.replaceAll("/{2,}", "/");
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = COMPLETION.matcher(path(request));
        if (m.matches()) {
            // an existing task: the guard's refusal; no such task: 404 (the engine itself would answer 500)
            write(guard.refusal(m.group(1)).orElseGet(() -> new org.sanxiang.process.NotFound("task", m.group(1))),
                    request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Problem p = Problem.in(e);
            if (p == null || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            write(p, request, response);
        }
    }

    private void write(Problem p, HttpServletRequest request, HttpServletResponse response) throws IOException {
        // outside the DispatcherServlet: resolve the language as Spring MVC would (zh-CN unless asked otherwise)
        org.springframework.context.i18n.LocaleContextHolder.setLocale(locales.resolveLocale(request));
        response.setStatus(p.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ProblemDetailsAdvice.render(p, text));
    }

}
