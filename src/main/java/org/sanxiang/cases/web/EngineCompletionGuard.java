package org.sanxiang.cases.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
 * The one gate in front of Camunda's engine REST API and the webapps' APIs (G118; APL Art. 47): a request
 * that would complete, submit the form of or resolve an existing task of any process is answered with the
 * {@link CompletionGuard}'s problem+json (4xx) before the engine is touched; every other write — variables,
 * modification, migration, deletion, jobs, suspension, messages, signals, deployments, external tasks,
 * incidents, starts — is refused with {@code engine-write-refused} ({@link EngineWrites} says which
 * requests are writes: all but reads, Camunda's POST queries and identity administration). A case's engine
 * state is repaired only through {@code POST /api/cases/{id}/repairs}, which records its reason in the
 * case's chain. A problem the engine's listeners raise inside a request that passes also comes back as
 * problem+json, never as 500.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
@RequiredArgsConstructor
class EngineCompletionGuard extends OncePerRequestFilter {

    private static final org.slf4j.Logger security = org.slf4j.LoggerFactory.getLogger("org.sanxiang.security");

    /** Headers some JAX-RS stacks read as the method: judged too, so an override cannot turn a query into a write. */
    static final List<String> METHOD_OVERRIDES = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

    private final CompletionGuard guard;
    private final ProblemText text;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !EngineWrites.judges(path(request));
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
        String path = path(request);
        EngineWrites.Verdict verdict = verdict(request, path);
        if (verdict == EngineWrites.Verdict.COMPLETION) {
            String taskId = EngineWrites.completedTask(path).orElse("?");
            // an existing task: the guard's refusal; no such task: 404 (the engine itself would answer 500)
            write(guard.refusal(taskId).orElseGet(() -> new org.sanxiang.process.NotFound("task", taskId)),
                    request, response);
            return;
        }
        if (verdict == EngineWrites.Verdict.REFUSED) {
            security.warn("engine write refused: {} {} by {}", request.getMethod(), path, request.getRemoteUser());
            write(new EngineWriteRefused(request.getMethod().toUpperCase(java.util.Locale.ROOT), path), request, response);
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

    /** The stricter verdict of the request's method and any method-override header it carries. */
    static EngineWrites.Verdict verdict(HttpServletRequest request, String path) {
        EngineWrites.Verdict verdict = EngineWrites.judge(request.getMethod(), path);
        for (String header : METHOD_OVERRIDES) {
            String override = request.getHeader(header);
            if (override != null && verdict != EngineWrites.Verdict.COMPLETION) {
                EngineWrites.Verdict asked = EngineWrites.judge(override.trim().isEmpty() ? "POST" : override.trim(), path);
                if (asked == EngineWrites.Verdict.COMPLETION || asked == EngineWrites.Verdict.REFUSED) {
                    verdict = asked == EngineWrites.Verdict.COMPLETION && EngineWrites.completedTask(path).isEmpty()
                            ? EngineWrites.Verdict.REFUSED : asked;
                }
            }
        }
        return verdict;
    }

    /**
     * G118; APL Art. 47: the engine's state of a case changes only through the services that check and record
     * the act; the engine APIs write nothing (a repair goes through {@code POST /api/cases/{id}/repairs}).
     */
    static class EngineWriteRefused extends org.sanxiang.process.Forbidden {
        EngineWriteRefused(String method, String path) {
            super("engine-write-refused", "G118; APL Art. 47",
                    "[urn:sanxiang:problem:engine-write-refused] " + method + " " + path
                            + ": the engine APIs change no case; repairs go through POST /api/cases/{id}/repairs",
                    method, path);
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
