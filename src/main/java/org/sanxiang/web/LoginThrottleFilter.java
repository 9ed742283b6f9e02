package org.sanxiang.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.sanxiang.process.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a password check for a blocked username + address (or address) before the password is even
 * looked at: the login form's post goes back to the login page with the wait, an HTTP Basic request gets
 * 429 problem+json with {@code Retry-After}. Camunda's webapp login has no username this filter could read
 * without consuming its form, so it is throttled by address ({@link #camundaWebapps}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("org.sanxiang.security");

    enum Kind { FORM, BASIC, CAMUNDA_WEBAPPS }

    /** Too many failed logins from this address (for this username): wait, or ask an administrator. */
    static class LoginThrottled extends Problem {
        LoginThrottled(long seconds) {
            super("login-throttled", HttpStatus.TOO_MANY_REQUESTS, null, null,
                    "too many failed logins from this address; retry in " + seconds + " s", seconds);
        }
    }

    private final LoginThrottle throttle;
    private final Kind kind;
    private final ProblemText text;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    private LoginThrottleFilter(LoginThrottle throttle, Kind kind, ProblemText text, ObjectMapper json,
            LocaleResolver locales) {
        this.throttle = throttle;
        this.kind = kind;
        this.text = text;
        this.json = json;
        this.locales = locales;
    }

    static LoginThrottleFilter form(LoginThrottle throttle) {
        return new LoginThrottleFilter(throttle, Kind.FORM, null, null, null);
    }

    static LoginThrottleFilter basic(LoginThrottle throttle, ProblemText text, ObjectMapper json, LocaleResolver locales) {
        return new LoginThrottleFilter(throttle, Kind.BASIC, text, json, locales);
    }

    static LoginThrottleFilter camundaWebapps(LoginThrottle throttle, ProblemText text, ObjectMapper json,
            LocaleResolver locales) {
        return new LoginThrottleFilter(throttle, Kind.CAMUNDA_WEBAPPS, text, json, locales);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return switch (kind) {
            case FORM -> !("POST".equals(request.getMethod()) && "/login".equals(path));
            case BASIC -> basicUsername(request) == null;
            case CAMUNDA_WEBAPPS -> !("POST".equals(request.getMethod())
                    && path.matches("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?"));
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        String username = switch (kind) {
            case FORM -> request.getParameter("username");
            case BASIC -> basicUsername(request);
            case CAMUNDA_WEBAPPS -> LoginThrottle.ANY_USER;
        };
        Instant until = throttle.blockedUntil(username, address);
        if (until != null) {
            long seconds = throttle.secondsUntil(until);
            log.warn("login refused while throttled: kind={} user={} address={} until={}", kind, username, address, until);
            if (kind == Kind.FORM) {
                response.sendRedirect(request.getContextPath() + "/login?locked=" + seconds);
            } else {
                refuse(request, response, seconds);
            }
            return;
        }
        chain.doFilter(request, response);
        if (kind == Kind.CAMUNDA_WEBAPPS) {
            if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
                throttle.failed(LoginThrottle.ANY_USER, address);
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        try {
            LoginThrottled p = new LoginThrottled(seconds);
            response.setStatus(p.status().value());
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), ProblemDetailsAdvice.render(p, text));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** The username of an {@code Authorization: Basic} header; null without one (or unreadable). */
    static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
