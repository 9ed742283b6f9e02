package org.sanxiang.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.SanxiangApplication;
import org.sanxiang.cases.CaseSupervision;
import org.sanxiang.cases.Investigations;
import org.sanxiang.cases.LeadRegistration;
import org.sanxiang.cases.StepCompletion;
import org.sanxiang.cases.ReviewTaskCountCache;
import org.sanxiang.cases.Scenario;
import org.sanxiang.cases.PenaltyType;
import org.sanxiang.cases.StepInput;
import org.sanxiang.recording.RecordCheckpoints;
import org.sanxiang.review.ReviewOutcome;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application contexts — two nodes — on one database (an H2 file database in AUTO_SERVER mode, or the
 * MySQL-compatible server under the {@code mysql} profile), as a cluster runs them: a workspace session
 * signed in on one node is signed in on the other and signed out on both; a password changed on one node
 * is refused from the other node's verified-credentials cache within the check interval although its TTL is
 * ten minutes; reviewer counts cached on one node follow a write committed on the other; the scheduled
 * checkpoint, fired on both nodes, is taken once; failed logins counted on one node pause the login on the
 * other, and an administrator's unlock on either clears them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    @TempDir
    static Path shared;
    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static boolean onMysql() {
        return String.valueOf(System.getProperty("spring.profiles.active")).contains("mysql")
                || String.valueOf(System.getenv("SPRING_PROFILES_ACTIVE")).contains("mysql");
    }

    ConfigurableApplicationContext node(String name, String h2Url) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.jmx.enabled=false",
                "--spring.datasource.hikari.pool-name=" + name,
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--sanxiang.cluster.cache-check-interval=PT0.2S",
                "--sanxiang.security.verified-credentials-ttl=PT10M",
                "--sanxiang.evidence.blob-root=" + shared.resolve("blobs"),
                "--sanxiang.recording.key-file=" + shared.resolve("keys/checkpoint.key"),
                "--sanxiang.recording.checkpoint-file=" + shared.resolve("checkpoints/checkpoints.jsonl")));
        if (h2Url != null) {
            args.add("--spring.datasource.url=" + h2Url);
        }
        return new SpringApplicationBuilder(SanxiangApplication.class).run(args.toArray(String[]::new));
    }

    @BeforeAll
    void start() {
        String h2 = onMysql() ? null
                : "jdbc:h2:file:" + shared.resolve("db/two-nodes") + ";MODE=MySQL;AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
        a = node("node-a", h2);
        b = node("node-b", h2);
    }

    @AfterAll
    void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    static String base(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base(node) + path)).GET();
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(ConfigurableApplicationContext node, String path, String cookie, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base(node) + path))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sessionCookie(HttpResponse<?> response, String otherwise) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(otherwise);
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aWorkspaceSessionSignedInOnOneNodeIsSignedInOnTheOtherAndSignedOutOnBoth() throws Exception {
        HttpResponse<String> loginPage = get(a, "/login", null);
        String cookie = sessionCookie(loginPage, null);
        assertThat(cookie).as("a session cookie (Spring Session)").isNotNull();
        HttpResponse<String> login = post(a, "/login", cookie,
                "username=zhangwei&password=demo1234&_csrf=" + enc(csrf(loginPage.body())));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/inbox");
        cookie = sessionCookie(login, cookie);

        HttpResponse<String> inboxOnB = get(b, "/inbox", cookie);
        assertThat(inboxOnB.statusCode()).as("node B knows the session node A signed in").isEqualTo(200);
        assertThat(inboxOnB.body()).contains("张伟");

        HttpResponse<String> logout = post(b, "/logout", cookie, "_csrf=" + enc(csrf(inboxOnB.body())));
        assertThat(logout.statusCode()).isEqualTo(302);
        HttpResponse<String> inboxOnA = get(a, "/inbox", cookie);
        assertThat(inboxOnA.statusCode()).as("signed out on B: signed out on A").isEqualTo(302);
        assertThat(inboxOnA.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    @Test
    void aPasswordChangedOnOneNodeIsRefusedByTheOthersCacheWithinTheCheckInterval() throws Exception {
        String user = "cluster" + UUID.randomUUID().toString().substring(0, 8);
        IdentityService identityB = b.getBean(IdentityService.class);
        User u = identityB.newUser(user);
        u.setFirstName("集群");
        u.setLastName("测试");
        u.setPassword("first-password-1");
        identityB.saveUser(u);
        String basicFirst = "Basic " + Base64.getEncoder().encodeToString((user + ":first-password-1").getBytes(StandardCharsets.UTF_8));
        // twice on A: the second answer comes from A's verified-credentials cache (TTL ten minutes)
        for (int i = 0; i < 2; i++) {
            assertThat(api(a, "/api/inbox", basicFirst).statusCode()).isNotEqualTo(401);
        }
        User changed = identityB.createUserQuery().userId(user).singleResult();
        changed.setPassword("second-password-2");
        identityB.saveUser(changed);
        long deadline = System.nanoTime() + 3_000_000_000L;
        int status;
        do {
            Thread.sleep(100);
            status = api(a, "/api/inbox", basicFirst).statusCode();
        } while (status != 401 && System.nanoTime() < deadline);
        assertThat(status).as("the old password refused on A within the bound, though its cache TTL is 10 min").isEqualTo(401);
        String basicSecond = "Basic " + Base64.getEncoder().encodeToString((user + ":second-password-2").getBytes(StandardCharsets.UTF_8));
        // the new password works on A; the failed attempt with the old one has Camunda lock the account for a few
        // seconds (its login delay), so this waits that out
        deadline = System.nanoTime() + 20_000_000_000L;
        do {
            Thread.sleep(500);
            status = api(a, "/api/inbox", basicSecond).statusCode();
        } while (status == 401 && System.nanoTime() < deadline);
        assertThat(status).isNotEqualTo(401);
        identityB.deleteUser(user);
    }

    @Test
    void failedLoginsCountedOnOneNodePauseTheLoginOnTheOtherAndAnUnlockOnEitherClearsThem() throws Exception {
        String user = "throttle" + UUID.randomUUID().toString().substring(0, 8);
        IdentityService identityA = a.getBean(IdentityService.class);
        User u = identityA.newUser(user);
        u.setFirstName("限制");
        u.setLastName("测试");
        u.setPassword("right-password-1");
        identityA.saveUser(u);
        String wrong = "Basic " + Base64.getEncoder().encodeToString((user + ":wrong-password").getBytes(StandardCharsets.UTF_8));
        String right = "Basic " + Base64.getEncoder().encodeToString((user + ":right-password-1").getBytes(StandardCharsets.UTF_8));
        org.sanxiang.web.LoginThrottle throttleA = a.getBean(org.sanxiang.web.LoginThrottle.class);
        for (int i = 0; i < throttleA.freeFailures(); i++) {
            assertThat(api(a, "/api/inbox", wrong).statusCode()).isEqualTo(401);
        }
        JdbcTemplate jdbc = new JdbcTemplate(b.getBean(javax.sql.DataSource.class));
        String address = jdbc.queryForObject("SELECT address FROM login_throttle WHERE username = ?", String.class, user);
        // further failures on node A (counted straight on its throttle, so the pause is long enough for a slow machine)
        for (int i = 0; i < 4; i++) {
            throttleA.failed(user, address);
        }
        HttpResponse<String> onB = api(b, "/api/inbox", right);
        assertThat(onB.statusCode()).as("node B sees the failures node A counted").isEqualTo(429);
        assertThat(onB.body()).contains("login-throttled");

        String admin = "Basic " + Base64.getEncoder().encodeToString("admin:demo1234".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> unlock = http.send(HttpRequest.newBuilder(URI.create(base(b) + "/api/admin/login-throttle?username=" + enc(user)))
                .header("Authorization", admin).header("Accept", "application/json").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unlock.statusCode()).as(unlock.body()).isBetween(200, 299);
        assertThat(api(a, "/api/inbox", right).statusCode()).as("unlocked on B: node A lets the owner in").isEqualTo(200);
        identityA.deleteUser(user);
    }

    HttpResponse<String> api(ConfigurableApplicationContext node, String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base(node) + path)).header("Authorization", authorization)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void reviewerCountsCachedOnOneNodeFollowAWriteCommittedOnTheOther() throws Exception {
        JdbcTemplate jdbcB = b.getBean(JdbcTemplate.class);
        long caseId = new Scenario(b.getBean(LeadRegistration.class), b.getBean(StepCompletion.class),
                b.getBean(Investigations.class), b.getBean(CaseSupervision.class), jdbcB).registerAndFile(Scenario.person()).id();
        ReviewTaskCountCache cacheA = a.getBean(ReviewTaskCountCache.class);
        LocalDateTime now = LocalDateTime.of(2026, 11, 18, 10, 0);
        String reviewer = "nobody-" + UUID.randomUUID();
        long before = cacheA.counts(reviewer, -1L, null, now, now.plusDays(3)).total();
        long loaded = System.nanoTime();

        // node B's write of the inbox, as its projection does it: the row, and the cache told in the same transaction
        ReviewTaskCountCache cacheB = b.getBean(ReviewTaskCountCache.class);
        String pid = jdbcB.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, caseId);
        new TransactionTemplate(b.getBean(org.springframework.transaction.PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            jdbcB.update("INSERT INTO inbox_task (task_id, case_id, process_instance_id, step, name, candidate_group, created_at)"
                    + " VALUES (?, ?, ?, 'Task_LegalReview', '法制审核', 'reviewer', ?)", "two-nodes-" + UUID.randomUUID(), caseId, pid, now);
            cacheB.inboxChanged();
            if (System.nanoTime() - loaded < 1_000_000_000L) {
                // uncommitted on B and within A's own maximum age: A still answers from its cache
                assertThat(cacheA.counts(reviewer, -1L, null, now, now.plusDays(3)).total()).isEqualTo(before);
            }
        });
        long deadline = System.nanoTime() + 1_500_000_000L;
        long after;
        do {
            after = cacheA.counts(reviewer, -1L, null, now, now.plusDays(3)).total();
        } while (after == before && System.nanoTime() < deadline && sleep(50));
        assertThat(after).as("A sees B's committed write within the check interval").isEqualTo(before + 1);
    }

    static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }

    @Test
    void theScheduledCheckpointFiredOnBothNodesIsTakenOnce() throws Exception {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        jdbc.update("DELETE FROM sanxiang_shedlock WHERE name = 'record-checkpoint'");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM record_checkpoint", Long.class);
        // as each node's scheduler calls it (through the bean, where the lock applies), at the same moment
        Thread onA = new Thread(() -> a.getBean(RecordCheckpoints.class).scheduled());
        Thread onB = new Thread(() -> b.getBean(RecordCheckpoints.class).scheduled());
        onA.start();
        onB.start();
        onA.join();
        onB.join();
        // and once more on each, later in the same period
        a.getBean(RecordCheckpoints.class).scheduled();
        b.getBean(RecordCheckpoints.class).scheduled();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM record_checkpoint", Long.class)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sanxiang_shedlock WHERE name = 'record-checkpoint'", Long.class))
                .isEqualTo(1);
        assertThat(Files.readAllLines(shared.resolve("checkpoints/checkpoints.jsonl"))).hasSize(1);
    }

    /**
     * An engine timer run by both nodes' job executors at once (a job's lock expired while its first run was
     * still going) records once: the delegate's record entry is in the job's transaction, so the run that loses
     * the engine's optimistic lock rolls it back with its own.
     */
    @Test
    void aTimerJobRunOnBothNodesAtOnceRecordsOnce() throws Exception {
        JdbcTemplate jdbc = b.getBean(JdbcTemplate.class);
        StepCompletion steps = b.getBean(StepCompletion.class);
        Scenario scenario = new Scenario(b.getBean(LeadRegistration.class), steps, b.getBean(Investigations.class),
                b.getBean(CaseSupervision.class), jdbc);
        long id = scenario.registerAndFile(Scenario.person()).id();
        scenario.investigate(id);
        steps.completeStep(id, Scenario.penalty(new BigDecimal("6000")), Scenario.ZHANG);
        scenario.reviewAs(Scenario.REVIEWER, id, Scenario.review(ReviewOutcome.AGREE, "同意", null));
        steps.completeStep(id, new StepInput.PriorNotice(Scenario.today(), List.of(PenaltyType.FINE), new BigDecimal("6000"),
                "拟罚款"), Scenario.ZHANG);
        String pid = jdbc.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, id);
        Job window = b.getBean(ManagementService.class).createJobQuery().processInstanceId(pid).timers()
                .activityId("BoundaryTimer_HearingRequestWindow").singleResult();
        ClockUtil.setCurrentTime(new Date(window.getDuedate().getTime() + 1000));
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Throwable> losers = new CopyOnWriteArrayList<>();
            List<Thread> runs = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(a, b)) {
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                        node.getBean(ManagementService.class).executeJob(window.getId());
                    } catch (Throwable e) {
                        losers.add(e);
                    }
                });
                t.start();
                runs.add(t);
            }
            go.countDown();
            for (Thread t : runs) {
                t.join(60_000);
            }
            assertThat(losers).as("one run wins, at most one loses").hasSizeLessThanOrEqualTo(1);
        } finally {
            ClockUtil.reset();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM record_entry WHERE case_id = ? AND act = 'DEADLINE_EXPIRED'",
                Long.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = ? AND JOB_STATE_ = 2",
                Long.class, window.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE ID_ = ?", Long.class, window.getId())).isZero();
    }
}
