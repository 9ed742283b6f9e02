package org.sanxiang.web;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.sanxiang.process.Actor;
import org.sanxiang.process.Forbidden;
import org.sanxiang.process.Roles;
import org.sanxiang.process.RuleViolation;
import org.sanxiang.web.persistence.LoginThrottleRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/**
 * An administrator sees the failed-login counts and clears those of a username (from every address) or of an
 * address; clearing a username also resets Camunda's own attempt count, in case one was left from before.
 */
@RestController
@RequestMapping("/api/admin/login-throttle")
@RequiredArgsConstructor
class LoginThrottleController {

    private static final Logger log = LoggerFactory.getLogger("org.sanxiang.security");

    private final LoginThrottle throttle;
    private final IdentityService identity;

    /** Neither a username nor an address to clear. */
    static class UnlockTargetMissing extends RuleViolation {
        UnlockTargetMissing() {
            super("login-unlock-target-missing", null, "username", "name a username or an address to unlock");
        }
    }

    @GetMapping
    List<LoginThrottleRow> counts(Actor actor) {
        requireAdmin(actor, "查看登录限制");
        return throttle.counts(200);
    }

    @DeleteMapping
    Map<String, Integer> unlock(@RequestParam(required = false) String username,
            @RequestParam(required = false) String address, Actor actor) {
        requireAdmin(actor, "解除登录限制");
        return Map.of("cleared", unlock(throttle, identity, username, address, actor));
    }

    static int unlock(LoginThrottle throttle, IdentityService identity, String username, String address, Actor actor) {
        boolean byUser = username != null && !username.isBlank();
        boolean byAddress = address != null && !address.isBlank();
        if (!byUser && !byAddress) {
            throw new UnlockTargetMissing();
        }
        int cleared = 0;
        if (byUser) {
            cleared += throttle.unlockUser(username);
            if (identity.createUserQuery().userId(username.strip()).count() > 0) {
                identity.unlockUser(username.strip());
            }
        }
        if (byAddress) {
            cleared += throttle.unlockAddress(address);
        }
        log.info("login throttle cleared by {}: user={} address={} counts={}", actor.username(), username, address, cleared);
        return cleared;
    }

    static void requireAdmin(Actor actor, String act) {
        if (!actor.inGroup(Roles.ADMIN)) {
            throw new Forbidden("role-required", null, act + " requires role " + Roles.ADMIN, act, Roles.ADMIN);
        }
    }
}
