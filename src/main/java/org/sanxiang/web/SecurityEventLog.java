package org.sanxiang.web;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

/**
 * The security log ({@code org.sanxiang.security}): logins, failed logins, denials (including
 * refused CSRF tokens), from the events Spring Security publishes. Never logs a password.
 */
@Component
@RequiredArgsConstructor
class SecurityEventLog implements AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger("org.sanxiang.security");

    /**
     * Forwards to the Chinese 403 page rather than sending an error: the error dispatch of a POST
     * would meet the CSRF check a second time.
     */
    private final AccessDeniedHandler delegate = deniedPage();

    private static AccessDeniedHandler deniedPage() {
        AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage(LoginPage.DENIED);
        return handler;
    }
    private final LoginThrottle throttle;

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        log.info("login ok: user={} address={}", auth.getName(), address(auth));
        if (auth.getDetails() instanceof WebAuthenticationDetails d) {
            throttle.succeeded(auth.getName(), d.getRemoteAddress());
        }
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        log.warn("login failed: user={} address={} reason={}", event.getAuthentication().getName(),
                address(event.getAuthentication()), event.getException().getClass().getSimpleName());
        // a wrong password on the form or on HTTP Basic counts towards the throttle of its user and address
        if (event.getException() instanceof BadCredentialsException
                && event.getAuthentication().getDetails() instanceof WebAuthenticationDetails d) {
            throttle.failed(event.getAuthentication().getName(), d.getRemoteAddress());
        }
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        log.info("logout: user={}", event.getAuthentication().getName());
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication auth = event.getAuthentication().get();
        if (auth == null || "anonymousUser".equals(auth.getName())) {
            return; // an anonymous request is sent to the login page; not a denial worth logging
        }
        log.warn("access denied: user={} object={}", auth.getName(), describe(event.getSource()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        log.warn("access denied: user={} {} {} reason={}", auth == null ? "-" : auth.getName(), request.getMethod(),
                request.getRequestURI(), e instanceof CsrfException ? "csrf" : e.getClass().getSimpleName());
        delegate.handle(request, response, e);
    }

    private static String address(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "-";
    }

    private static String describe(Object source) {
        if (source instanceof HttpServletRequest r) {
            return r.getMethod() + " " + r.getRequestURI();
        }
        return String.valueOf(source);
    }
}
