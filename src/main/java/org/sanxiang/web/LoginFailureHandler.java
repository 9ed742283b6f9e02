package org.sanxiang.web;

import java.io.IOException;
import java.time.Instant;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A failed form login (already counted by {@link SecurityEventLog}): back to the login page, with the wait
 * when this failure started a block.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    private final LoginThrottle throttle;

    LoginFailureHandler(LoginThrottle throttle) {
        super("/login?error");
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        Instant until = throttle.blockedUntil(request.getParameter("username"), request.getRemoteAddr());
        if (until != null) {
            long seconds = throttle.secondsUntil(until);
            getRedirectStrategy().sendRedirect(request, response, "/login?locked=" + seconds);
            return;
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
