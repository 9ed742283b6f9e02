package org.sanxiang.web;

import org.camunda.bpm.engine.IdentityService;
import org.sanxiang.process.Actor;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.RequiredArgsConstructor;

/** 登录限制: the administrator's list of failed-login counts, each with a button that clears it. */
@WorkspacePage
@RequiredArgsConstructor
class LoginThrottlePages {

    private final LoginThrottle throttle;
    private final IdentityService identity;
    private final ProblemText text;

    @GetMapping("/admin/failed-logins")
    String logins(Model model) {
        model.addAttribute("counts", throttle.counts(200));
        model.addAttribute("freeFailures", throttle.freeFailures());
        model.addAttribute("maxDelayMinutes", throttle.maxDelayMinutes());
        return "admin/logins";
    }

    @PostMapping("/admin/failed-logins/unlock")
    String unlock(@RequestParam(required = false) String username, @RequestParam(required = false) String address,
            Actor actor, RedirectAttributes redirect) {
        LoginThrottleController.requireAdmin(actor, "解除登录限制");
        try {
            int cleared = LoginThrottleController.unlock(throttle, identity, username, address, actor);
            redirect.addFlashAttribute("flashOk", text.message("ui.logins.cleared", cleared));
        } catch (org.sanxiang.process.Problem p) {
            text.flash(redirect, p);
        }
        return "redirect:/admin/failed-logins";
    }
}
