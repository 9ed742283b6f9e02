package org.sanxiang.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

/**
 * While the database cannot be reached, every request that needs it gets 503 with {@code Retry-After},
 * never 500 and never an empty 200: problem+json ({@code urn:sanxiang:problem:database-unavailable}) for
 * the APIs, a short page for the workspace. The connection pool reconnects by itself once the database is
 * back, so no restart is needed (issue 9's drill, bench/drill-db-stop).
 *
 * <p>As a {@link HandlerExceptionResolver} it answers before Spring MVC's own resolvers: a lost connection
 * ends in an {@code EOFException} from the driver, which Spring's {@code DefaultHandlerExceptionResolver}
 * takes for a client that went away and answers with an empty 200 — a rolled-back step would look done.
 * {@link DatabaseUnavailableFilter} answers the same for what fails outside Spring MVC (a login checked
 * against Camunda's identity tables inside Spring Security).
 *
 * <p>Recognised anywhere in the cause chain: Spring's {@link CannotCreateTransactionException} and
 * {@link DataAccessResourceFailureException} (e.g. {@code CannotGetJdbcConnectionException}), the pool's
 * {@link SQLTransientConnectionException} and closed connections, the driver's lost or refused
 * connections ({@link SQLNonTransientConnectionException}, {@link SQLRecoverableException}, Connector/J's
 * communications and closed-connection exceptions, {@link ConnectException}, any SQLSTATE of class 08) —
 * also when Camunda or MyBatis wrapped them, or a failed rollback hid them ({@link TransactionSystemException}).
 *
 * <p>A 503 does not say that nothing happened: a step whose transaction committed just before the
 * connection was lost (e.g. while its answer, the case's open tasks, was being read) is done; retrying it
 * answers 409 step-not-current, and the case page shows the act.
 */
@Component
@RequiredArgsConstructor
public class DatabaseUnavailable implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    static final String RETRY_AFTER_SECONDS = "5";
    static final String SLUG = "database-unavailable";

    private final ObjectMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    /** Whether the failure is the database being out of reach (as opposed to a bug or a rule). */
    public static boolean isCause(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 30; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException se) {
                if (se.getSQLState() != null && se.getSQLState().startsWith("08")) {
                    return true; // SQLSTATE class 08: connection exception
                }
                if ("Connection is closed".equals(se.getMessage())) {
                    return true; // HikariCP: the connection was evicted as broken while in use
                }
            }
            if (t instanceof TransactionSystemException tse && tse.getApplicationException() != null
                    && tse.getApplicationException() != t && isCause(tse.getApplicationException())) {
                return true; // the failure that started the rollback, hidden by the rollback's own failure
            }
            String name = t.getClass().getName();
            if (name.startsWith("com.mysql.cj.") && (name.contains("CommunicationsException")
                    || name.endsWith(".ConnectionIsClosedException") || name.endsWith(".StatementIsClosedException"))) {
                return true; // Connector/J's own exceptions are no SQLExceptions
            }
        }
        return false;
    }

    /** Before Spring MVC's resolvers (whose "client went away" guess would answer an empty 200). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!isCause(ex) || response.isCommitted()) {
            return null;
        }
        try {
            answer(request, response, ex);
        } catch (IOException e) {
            log.debug("could not write the 503", e);
        }
        return new ModelAndView();
    }

    /** Writes the 503 (the response must not be committed yet). */
    void answer(HttpServletRequest request, HttpServletResponse response, Throwable cause) throws IOException {
        log.warn("database unavailable, answered 503: {} {}: {}", request.getMethod(), request.getRequestURI(),
                rootCause(cause).toString());
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String title = messages.getMessage("title." + SLUG, null, "Database unavailable", LocaleContextHolder.getLocale());
        String detail = messages.getMessage("problem." + SLUG, new Object[] {RETRY_AFTER_SECONDS},
                "The database cannot be reached; retry in a few seconds.", LocaleContextHolder.getLocale());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        boolean page = !path.startsWith("/api/") && !path.startsWith("/engine-rest/") && !path.startsWith("/camunda/api/")
                && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
        if (page) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + LocaleContextHolder.getLocale().toLanguageTag()
                    + "\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>" + title
                    + "</h1><p>" + detail + "</p></body></html>");
            response.getWriter().flush();
            return;
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        body.setType(URI.create(ProblemDetailsAdvice.TYPE_PREFIX + SLUG));
        body.setTitle(title);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        for (int i = 0; i < 30 && t.getCause() != null && t.getCause() != t; i++) {
            t = t.getCause();
        }
        return t;
    }
}
