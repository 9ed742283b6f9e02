package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.sanxiang.web.persistence.LoginThrottleMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 15 finding 6, issue 21 (login), issue 18 item 2: the login throttle counts per user and address in the
 * database, a stranger cannot lock the owner out, Camunda's own lock is gone, an administrator unlocks.
 */
@SanxiangTest
class LoginThrottleTest {

    static final String STRANGER = "203.0.113.66";

    @Autowired
    MockMvc mvc;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    LoginThrottleMapper counts;
    @Autowired
    IdentityService identity;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    ResultActions formLogin(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address)));
    }

    @AfterEach
    void clear() {
        for (String u : List.of("admin", "zhaomin", "chenjing", "wangfang", "racer", "zhangwei")) {
            throttle.unlockUser(u);
        }
        for (String a : List.of("127.0.0.1", STRANGER, "198.51.100.7")) {
            throttle.unlockAddress(a);
        }
        for (int i = 1; i <= 30; i++) {
            throttle.unlockAddress("203.0.113." + i);
        }
    }

    @Test
    void aCorrectPasswordOneSecondAfterAWrongOneSignsIn() throws Exception {
        formLogin("wangfang", "typo", "127.0.0.1").andExpect(redirectedUrl("/login?error"));
        Thread.sleep(1000);
        formLogin("wangfang", "demo1234", "127.0.0.1").andExpect(redirectedUrl("/inbox"));
        // the same on the API: a wrong Basic password, then the right one
        mvc.perform(get("/api/inbox").with(httpBasic("chenjing", "typo"))).andExpect(status().isUnauthorized());
        Thread.sleep(1000);
        mvc.perform(get("/api/inbox").with(httpBasic("chenjing", "demo1234"))).andExpect(status().isOk());
    }

    @Test
    void camundasOwnLockNoLongerRefusesTheRightPassword() {
        for (int i = 0; i < 15; i++) {
            assertThat(identity.checkPassword("zhaomin", "wrong" + i)).isFalse();
        }
        assertThat(identity.checkPassword("zhaomin", "demo1234")).isTrue();
        User user = identity.createUserQuery().userId("zhaomin").singleResult();
        assertThat(user).isNotNull();
    }

    @Test
    void aStreamOfWrongPasswordsFromOtherAddressesDoesNotLockTheAdministrator() throws Exception {
        // an anonymous stranger tries admin's password from thirty addresses, form and Basic alike: each attempt
        // is checked (none is throttled), more than Camunda's old limit of ten that locked an account for good
        for (int i = 1; i <= 30; i++) {
            String address = "203.0.113." + i;
            if (i % 2 == 0) {
                formLogin("admin", "guess" + i, address).andExpect(redirectedUrl("/login?error"));
            } else {
                mvc.perform(get("/api/inbox").with(httpBasic("admin", "guess" + i)).with(from(address)))
                        .andExpect(status().isUnauthorized());
            }
        }
        // and keeps going from one address until it is throttled there
        for (int i = 0; i < 6; i++) {
            mvc.perform(get("/api/inbox").with(httpBasic("admin", "more" + i)).with(from(STRANGER)));
        }
        mvc.perform(get("/api/inbox").with(httpBasic("admin", "demo1234")).with(from(STRANGER)))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:login-throttled"));
        // the administrator, from their own address, signs in at once
        formLogin("admin", "demo1234", "127.0.0.1").andExpect(redirectedUrl("/inbox"));
        mvc.perform(get("/api/admin/login-throttle").with(httpBasic("admin", "demo1234"))).andExpect(status().isOk());
    }

    @Test
    void thePairIsPausedAfterTheFreeFailuresOnlyFromThatAddress() throws Exception {
        for (int i = 0; i < throttle.freeFailures(); i++) {
            formLogin("zhaomin", "bad" + i, "198.51.100.7").andExpect(redirectedUrl("/login?error"));
        }
        formLogin("zhaomin", "bad", "198.51.100.7").andExpect(redirectedUrlPattern("/login?locked=*"));
        // while paused even the right password is not checked from that address
        formLogin("zhaomin", "demo1234", "198.51.100.7").andExpect(redirectedUrlPattern("/login?locked=*"));
        mvc.perform(get("/login").param("locked", "2")).andExpect(org.springframework.test.web.servlet.result
                .MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString("请 2 秒后再试")));
        // another username from that address, and the owner from elsewhere, sign in
        formLogin("wangfang", "demo1234", "198.51.100.7").andExpect(redirectedUrl("/inbox"));
        formLogin("zhaomin", "demo1234", "127.0.0.1").andExpect(redirectedUrl("/inbox"));
    }

    @Test
    void anAdministratorUnlocksAUsernameAndAnAddress() throws Exception {
        for (int i = 0; i <= throttle.freeFailures(); i++) {
            formLogin("zhaomin", "bad" + i, "198.51.100.7");
        }
        formLogin("zhaomin", "demo1234", "198.51.100.7").andExpect(redirectedUrlPattern("/login?locked=*"));
        // not for anyone else
        mvc.perform(delete("/api/admin/login-throttle").param("username", "zhaomin").with(httpBasic("zhangwei", "demo1234")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/admin/login-throttle").with(httpBasic("admin", "demo1234")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sanxiang:problem:login-unlock-target-missing"));
        mvc.perform(delete("/api/admin/login-throttle").param("username", "zhaomin").with(httpBasic("admin", "demo1234")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cleared").value(1));
        formLogin("zhaomin", "demo1234", "198.51.100.7").andExpect(redirectedUrl("/inbox"));

        // the admin page lists a paused address and its button clears it
        LoginThrottle strict = new LoginThrottle(counts, clock, 3, 2, Duration.ofSeconds(30), Duration.ofMinutes(15),
                Duration.ofHours(1));
        strict.failed("nobody1", STRANGER);
        strict.failed("nobody2", STRANGER);
        assertThat(strict.failed("nobody3", STRANGER)).isNotNull();
        assertThat(throttle.blockedUntil("wangfang", STRANGER)).isNotNull();
        var admin = SecurityPagesTest.as("admin", org.sanxiang.process.Roles.ADMIN);
        String page = mvc.perform(get("/admin/failed-logins").with(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(STRANGER).contains("该地址的全部账号").contains("解除");
        mvc.perform(post("/admin/failed-logins/unlock").param("address", STRANGER).with(csrf()).with(admin))
                .andExpect(redirectedUrl("/admin/failed-logins")).andExpect(org.springframework.test.web.servlet.result
                        .MockMvcResultMatchers.flash().attribute("flashOk", "已解除登录限制（清除 4 条计数）。"));
        assertThat(throttle.blockedUntil("wangfang", STRANGER)).isNull();
        mvc.perform(get("/admin/failed-logins").with(SecurityPagesTest.as("zhangwei", org.sanxiang.process.Roles.OFFICER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePauseDoublesIsCappedAndEndsNeverAPermanentLock() {
        MutableClock time = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
        LoginThrottle t = new LoginThrottle(counts, time, 3, 20, Duration.ofSeconds(2), Duration.ofMinutes(15),
                Duration.ofHours(1));
        // the edges: the 3rd failure costs nothing, the 4th pauses 2 s, the 5th 4 s
        assertThat(t.failed("chenjing", "192.0.2.1")).isNull();
        assertThat(t.failed("chenjing", "192.0.2.1")).isNull();
        assertThat(t.failed("chenjing", "192.0.2.1")).isNull();
        assertThat(t.failed("chenjing", "192.0.2.1")).isEqualTo(time.instant().plusSeconds(2));
        assertThat(t.failed("chenjing", "192.0.2.1")).isEqualTo(time.instant().plusSeconds(4));
        assertThat(t.delayAfter(13, 3)).isEqualTo(Duration.ofMinutes(15));
        assertThat(t.delayAfter(60, 3)).isEqualTo(Duration.ofMinutes(15));
        // a day of guessing from one address, one guess whenever the pause ends: never more than 15 minutes
        for (int i = 0; i < 100; i++) {
            Instant until = t.blockedUntil("chenjing", "192.0.2.1");
            if (until != null) {
                time.set(until.plusSeconds(1));
            }
            Instant next = t.failed("chenjing", "192.0.2.1");
            assertThat(Duration.between(time.instant(), next)).isLessThanOrEqualTo(Duration.ofMinutes(15));
        }
        time.set(time.instant().plus(Duration.ofMinutes(15)).plusSeconds(1));
        assertThat(t.blockedUntil("chenjing", "192.0.2.1")).isNull();
        // an hour without a failure and the count starts again: one failure costs nothing
        time.set(time.instant().plus(Duration.ofHours(1)).plusSeconds(1));
        assertThat(t.failed("chenjing", "192.0.2.1")).isNull();
        t.unlockUser("chenjing");
        t.unlockAddress("192.0.2.1");
    }

    @Test
    void failuresRacingOnOneAccountDoNot500AndAreAllCounted() throws Exception {
        if (identity.createUserQuery().userId("racer").count() == 0) {
            User racer = identity.newUser("racer");
            racer.setPassword("racer-password-1");
            identity.saveUser(racer);
        }
        HttpClient client = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString("racer:wrong".getBytes(StandardCharsets.UTF_8));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(() -> client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/inbox"))
                        .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).allMatch(s -> s == 401 || s == 429);
            // the throttle's own counter under a race: every failure counted once
            LoginThrottle t = new LoginThrottle(counts, clock, 1000, 1000, Duration.ofSeconds(2), Duration.ofMinutes(15),
                    Duration.ofHours(1));
            AtomicReference<Throwable> error = new AtomicReference<>();
            List<Callable<Object>> failures = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                failures.add(() -> t.failed("racer", "192.0.2.99"));
            }
            for (Future<Object> f : pool.invokeAll(failures)) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    error.set(e.getCause());
                }
            }
            assertThat(error.get()).isNull();
            assertThat(counts.selectFailures("racer", "192.0.2.99")).isEqualTo(24);
            assertThat(counts.selectFailures("", "192.0.2.99")).isEqualTo(24);
            t.unlockAddress("192.0.2.99");
        } finally {
            pool.shutdownNow();
        }
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            this.now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
