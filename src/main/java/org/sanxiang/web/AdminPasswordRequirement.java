package org.sanxiang.web;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Issue 15, finding 3: outside the demo ({@code sanxiang.demo-data=false}) the application refuses to start
 * unless the Camunda administrator's password is configured ({@code SANXIANG_ADMIN_PASSWORD}), is not a demo
 * password and has at least {@value #MIN_LENGTH} characters.
 *
 * <p>Refusing, not generating one: a generated password would be printed to a log that is kept and shipped
 * (so it is no secret), and on two nodes each would print its own while only the first one's takes effect.
 * A start that fails with this message costs one line of configuration. Runs before the context is built,
 * so nothing (not the engine, not the admin account) is created with a weak password.
 */
public class AdminPasswordRequirement implements EnvironmentPostProcessor {

    static final int MIN_LENGTH = 12;
    static final Set<String> DEMO_PASSWORDS = Set.of("demo1234", "admin", "password");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        check(env.getProperty("sanxiang.demo-data", Boolean.class, false), env.getProperty("camunda.bpm.admin-user.id"),
                env.getProperty("camunda.bpm.admin-user.password"));
    }

    /** Throws when a non-demo start would create or keep an administrator with a weak or missing password. */
    static void check(boolean demo, String adminId, String password) {
        if (demo || adminId == null || adminId.isBlank()) {
            return;
        }
        if (password == null || password.isBlank()) {
            throw new AdminPasswordMissing("no administrator password is configured: set SANXIANG_ADMIN_PASSWORD "
                    + "(at least " + MIN_LENGTH + " characters) or run the demo (sanxiang.demo-data=true)");
        }
        if (DEMO_PASSWORDS.contains(password) || password.equalsIgnoreCase(adminId)) {
            throw new AdminPasswordMissing("the administrator password is a demo password: set SANXIANG_ADMIN_PASSWORD "
                    + "to a password of your own (at least " + MIN_LENGTH + " characters)");
        }
        if (password.length() < MIN_LENGTH) {
            throw new AdminPasswordMissing("the administrator password has fewer than " + MIN_LENGTH
                    + " characters: set SANXIANG_ADMIN_PASSWORD to a longer one");
        }
    }

    /** The reason the application does not start. */
    public static class AdminPasswordMissing extends IllegalStateException {
        AdminPasswordMissing(String message) {
            super("Sanxiang does not start: " + message);
        }
    }
}
