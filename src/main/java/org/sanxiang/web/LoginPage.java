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
    String login(Authentication auth, Model model,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String locked) {
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return "redirect:/inbox";
        }
        model.addAttribute("waitSeconds", waitSeconds(locked, throttle.maxDelayMinutes() * 60));
        return "login";
    }

    /** The wait the throttle put in the redirect, as a number within bounds (the page never echoes the text). */
    static long waitSeconds(String locked, long max) {
        try {
            return Math.max(1, Math.min(Long.parseLong(locked == null ? "" : locked.strip()), max));
        } catch (NumberFormatException e) {
            return max;
        }
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
