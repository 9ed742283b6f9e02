package org.sanxiang.cases.web;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanxiang.cases.CaseQueries;
import org.sanxiang.process.Problem;
import org.sanxiang.web.ProblemDetailsAdvice;
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

/**
 * Camunda's engine REST API and the Tasklist's own API can complete tasks directly. For a Sanxiang
 * case task that would skip the step's validation and record, and for a major decision the legal
 * review (APL Art. 58), so such requests are refused here with problem+json (4xx) before the engine
 * is touched; the task listener in the engine remains the last line behind this filter.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class EngineCompletionGuard extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form|resolve)$");

    private final CaseQueries queries;
    private final org.sanxiang.web.ProblemText text;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    EngineCompletionGuard(CaseQueries queries, org.sanxiang.web.ProblemText text, ObjectMapper json, LocaleResolver locales) {
        this.locales = locales;
        this.queries = queries;
        this.text = text;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = COMPLETION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        Optional<Problem> refusal = m.matches() ? queries.directCompletionRefusal(m.group(1)) : Optional.empty();
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Problem p = refusal.get();
        // outside the DispatcherServlet: resolve the language as Spring MVC would (zh-CN unless asked otherwise)
        org.springframework.context.i18n.LocaleContextHolder.setLocale(locales.resolveLocale(request));
        response.setStatus(p.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ProblemDetailsAdvice.render(p, text));
    }
}
