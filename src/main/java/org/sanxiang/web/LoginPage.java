package org.sanxiang.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import lombok.RequiredArgsConstructor;

/** The workspace's login page (zh-CN), and the root, which sends a signed-in user to the inbox. */
@Controller
@RequiredArgsConstructor
class LoginPage {

    /** Where a denial is forwarded to (any method: the denied request's own). */
    static final String DENIED = "/denied";

    private final LoginThrottle throttle;

    @GetMapping("/login")
    String login(Authentication auth, Model model) {
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return "redirect:/inbox";
        }
        model.addAttribute("maxFailures", throttle.maxFailures());
        model.addAttribute("lockMinutes", throttle.lockMinutes());
        return "login";
    }

    @org.springframework.web.bind.annotation.RequestMapping(DENIED)
    String denied(jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(403);
        return "error/403";
    }

    @GetMapping("/")
    String root() {
        return "redirect:/inbox";
    }
}
