package org.sanxiang.web;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

/**
 * The outermost filter: what fails for want of the database outside Spring MVC — above all the login,
 * checked against Camunda's identity tables inside Spring Security — gets the same 503 with Retry-After as
 * inside it ({@link DatabaseUnavailable}), not Tomcat's 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@RequiredArgsConstructor
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private final DatabaseUnavailable unavailable;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e) || response.isCommitted()) {
                throw e;
            }
            unavailable.answer(request, response, e);
        }
    }
}
