package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.ServletException;

/** A database out of reach answers 503 with Retry-After, whichever layer noticed it, and nothing else does. */
@Tag("no-db")
class DatabaseUnavailableTest {

    final ObjectMapper json = new ObjectMapper();
    final DatabaseUnavailable unavailable = unavailable();
    final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(unavailable);

    DatabaseUnavailable unavailable() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
        locales.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return new DatabaseUnavailable(json, messages, locales);
    }

    MockHttpServletResponse run(String uri, String accept, Exception thrown) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            res.getWriter().write("partial"); // not committed yet: replaced by the 503
            if (thrown instanceof ServletException se) {
                throw se;
            }
            throw (RuntimeException) thrown;
        });
        return response;
    }

    @Test
    void aTransactionThatCannotStartIsA503ProblemWithRetryAfter() throws Exception {
        // Spring MVC wraps what a controller threw; the pool's timeout is the cause
        MockHttpServletResponse r = run("/api/cases/1/steps/investigation", null, new ServletException("Request processing failed",
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms"))));
        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getHeader("Retry-After")).isEqualTo("5");
        assertThat(r.getContentType()).startsWith("application/problem+json");
        JsonNode body = json.readTree(r.getContentAsByteArray());
        assertThat(body.get("type").asText()).isEqualTo("urn:sanxiang:problem:database-unavailable");
        assertThat(body.get("status").asInt()).isEqualTo(503);
        assertThat(body.get("title").asText()).isEqualTo("数据库暂不可用");
        assertThat(body.get("detail").asText()).contains("5 秒后重试");
        assertThat(r.getContentAsString()).doesNotContain("partial");
    }

    @Test
    void camundaAndMyBatisWrappedConnectionFailuresAreRecognisedToo() throws Exception {
        // a login checked against Camunda's identity tables, inside Spring Security's filters
        MockHttpServletResponse login = run("/api/inbox", null, new ProcessEngineException("ENGINE-03083 Exception while executing Batch",
                new PersistenceException(new ConnectException("Connection refused"))));
        assertThat(login.getStatus()).isEqualTo(503);
        MockHttpServletResponse mapper = run("/api/review-tasks", null, new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new java.sql.SQLNonTransientConnectionException("Could not create connection to database server")));
        assertThat(mapper.getStatus()).isEqualTo(503);
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(
                new com.mysql.cj.exceptions.CJCommunicationsException("Communications link failure")))).isTrue();
        // the commit lost with the connection, the rollback then failing on the closed connection
        org.springframework.transaction.TransactionSystemException rollbackFailed =
                new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                        new java.sql.SQLException("Connection is closed", "08003"));
        assertThat(run("/api/cases/1/steps/closing", null, new ServletException("Request processing failed", rollbackFailed))
                .getStatus()).isEqualTo(503);
        org.springframework.transaction.TransactionSystemException hidden =
                new org.springframework.transaction.TransactionSystemException("JDBC rollback failed", new java.sql.SQLException("closed"));
        hidden.initApplicationException(new org.springframework.dao.RecoverableDataAccessException("commit failed",
                new java.sql.SQLRecoverableException("Communications link failure")));
        assertThat(DatabaseUnavailable.isCause(hidden)).isTrue();
    }

    @Test
    void aWorkspacePageGetsAPageInTheRequestLanguage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/inbox");
        request.addHeader("Accept", "text/html,application/xhtml+xml");
        request.addHeader("Accept-Language", "en");
        MockHttpServletResponse r = new MockHttpServletResponse();
        filter.doFilter(request, r, (req, res) -> {
            throw new CannotCreateTransactionException("down", new SQLTransientConnectionException("timeout"));
        });
        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getHeader("Retry-After")).isEqualTo("5");
        assertThat(r.getContentType()).startsWith("text/html");
        assertThat(r.getContentAsString()).contains("Database unavailable");
    }

    /** What the database-stop drill found: a lost connection looks to Spring MVC like a client gone away. */
    @org.springframework.web.bind.annotation.RestController
    static class Steps {
        @org.springframework.web.bind.annotation.PostMapping("/api/cases/1/steps/head-decision")
        java.util.List<String> complete() {
            throw new org.springframework.dao.DataAccessResourceFailureException("JDBC rollback; No operations allowed after connection closed.",
                    new java.sql.SQLNonTransientConnectionException("No operations allowed after connection closed.", "08003",
                            new java.io.EOFException("Can not read response from server.")));
        }
    }

    @Test
    void aStepWhoseConnectionWasLostIsA503NotTheEmpty200OfAClientGoneAway() throws Exception {
        var post = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/cases/1/steps/head-decision");
        // Spring MVC alone: the driver's EOFException is taken for a client gone away, answered 200 with no body
        var plain = org.springframework.test.web.servlet.setup.MockMvcBuilders.standaloneSetup(new Steps()).build();
        assertThat(plain.perform(post).andReturn().getResponse().getStatus()).isEqualTo(200);
        // with the resolver in front, as in the application
        var guarded = org.springframework.test.web.servlet.setup.MockMvcBuilders.standaloneSetup(new Steps())
                .setHandlerExceptionResolvers(unavailable,
                        new org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver())
                .build();
        MockHttpServletResponse r = guarded.perform(post).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getHeader("Retry-After")).isEqualTo("5");
        assertThat(json.readTree(r.getContentAsByteArray()).get("type").asText()).isEqualTo("urn:sanxiang:problem:database-unavailable");
        assertThat(unavailable.getOrder()).isLessThan(0); // before Spring MVC's own resolvers (order 0)
    }

    @Test
    void otherFailuresAreNotDisguisedAs503() {
        assertThatThrownBy(() -> run("/api/cases", null, new DataIntegrityViolationException("duplicate")))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> run("/api/cases", null, new ServletException("bug", new NullPointerException())))
                .isInstanceOf(ServletException.class);
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("no"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new org.springframework.dao.CannotAcquireLockException("deadlock",
                new java.sql.SQLTransactionRollbackException("Deadlock found", "40001")))).isFalse();
        assertThat(unavailable.resolveException(new MockHttpServletRequest(), new MockHttpServletResponse(), null,
                new IllegalArgumentException("bug"))).isNull();
    }
}
