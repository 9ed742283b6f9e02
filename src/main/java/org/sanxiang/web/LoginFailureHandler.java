package org.sanxiang.web;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Counts a failed form login; the failure that reaches the limit shows the lock message at once. */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    private final LoginThrottle throttle;

    LoginFailureHandler(LoginThrottle throttle) {
        super("/login?error");
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        boolean locked = throttle.failed(request.getParameter("username"), request.getRemoteAddr());
        org.slf4j.LoggerFactory.getLogger("org.sanxiang.security").debug("failure counted for {} locked={}",
                request.getParameter("username"), locked);
        if (locked) {
            getRedirectStrategy().sendRedirect(request, response, "/login?locked");
            return;
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
