package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.CaseServices;
import org.sanxiang.cases.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15, finding 9: Camunda Cockpit works for the administrator in a real browser (Debian's headless Chromium,
 * as {@link BrowserWorkflowTest}): {@code admin} signs in on Cockpit's own login page, stays signed in (no
 * detour to the workspace's {@code /login}), sees the deployed procedures and a running case's process instance
 * by its case number. A write Cockpit offers (here: suspending the instance) is refused by the engine API gate and
 * changes nothing. Screenshot {@code target/screenshots/cockpit.png}.
 */
@SanxiangTest
class CockpitBrowserTest extends CaseServices {

    static final Path SHOTS = Path.of("target/screenshots");

    static WebDriver browser;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(SHOTS);
        browser = HeadlessChromium.start(1440, 1000);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(180)); // Cockpit's bundle is large; a loaded CI machine is slow
    }

    /**
     * The suite's other tests fail logins from this machine's address on the same database; their counts would
     * pause Cockpit's own session check from 127.0.0.1 (issue 15 finding 6), so this test starts from none.
     */
    @org.junit.jupiter.api.BeforeEach
    void noThrottledAddress() {
        jdbc.update("DELETE FROM login_throttle");
    }

    /**
     * The webapps find their engine through static runtime delegates that a closed application context of an
     * earlier test class (TwoNodesTest, the H2-file start-up tests) leaves unset in this shared JVM: one
     * application per JVM, as in production, has them set at start-up. Set them again, as that start-up does.
     */
    @Autowired
    org.camunda.bpm.engine.ProcessEngine processEngine;

    @org.junit.jupiter.api.BeforeEach
    void webappDelegates() {
        // a closed context with an engine of the same name also unregistered this context's engine
        if (org.camunda.bpm.engine.ProcessEngines.getProcessEngine(processEngine.getName()) == null) {
            org.camunda.bpm.engine.ProcessEngines.registerProcessEngine(processEngine);
        }
        if (org.camunda.bpm.cockpit.Cockpit.getRuntimeDelegate() == null) {
            org.camunda.bpm.cockpit.Cockpit.setCockpitRuntimeDelegate(new org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate());
        }
        if (org.camunda.bpm.admin.Admin.getRuntimeDelegate() == null) {
            org.camunda.bpm.admin.Admin.setAdminRuntimeDelegate(new org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate());
        }
        if (org.camunda.bpm.tasklist.Tasklist.getRuntimeDelegate() == null) {
            org.camunda.bpm.tasklist.Tasklist.setTasklistRuntimeDelegate(new org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate());
        }
    }

    @Test
    void theAdministratorSignsInToCockpitAndSeesTheRunningCases() throws Exception {
        Scenario s = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        long id = s.registerAndFile(Scenario.person()).id();
        String caseNumber = jdbc.queryForObject("SELECT case_number FROM enf_case WHERE id = ?", String.class, id);
        String pi = jdbc.queryForObject("SELECT process_instance_id FROM enf_case WHERE id = ?", String.class, id);

        browser.get(url("/camunda/app/cockpit/default/"));
        try {
            waiting().until(d -> !d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                    SHOTS.resolve("cockpit-no-login-form.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(SHOTS.resolve("cockpit-no-login-form.html"), browser.getPageSource());
            throw e;
        }
        browser.findElement(By.cssSelector("input[ng-model='username']")).sendKeys("admin");
        browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo1234");
        browser.findElement(By.cssSelector("form button[type='submit']")).click();

        // signed in: Cockpit's dashboard, and the session holds across the next calls
        waiting().until(d -> d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty()
                && d.getPageSource().contains("admin"));
        browser.get(url("/camunda/app/cockpit/default/#/processes"));
        waiting().until(d -> d.getPageSource().contains("一般程序") || d.getPageSource().contains("general-procedure"));
        assertThat(browser.getCurrentUrl()).contains("/camunda/app/cockpit/").doesNotContain("/login");

        browser.get(url("/camunda/app/cockpit/default/#/process-instance/" + pi + "/runtime"));
        waiting().until(d -> d.getPageSource().contains(caseNumber));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("cockpit.png"),
                StandardCopyOption.REPLACE_EXISTING);

        // the session's engine API answers reads, and refuses a write Cockpit would send
        Object read = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('/camunda/api/engine/engine/default/process-instance/" + pi + "', {credentials: 'same-origin'})"
                        + ".then(function (r) { done(r.status); });");
        assertThat(read).isEqualTo(200L);
        Object write = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var token = (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1];"
                        + "fetch('/camunda/api/engine/engine/default/process-instance/" + pi + "/suspended', {method: 'PUT',"
                        + " credentials: 'same-origin', headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': token || ''},"
                        + " body: JSON.stringify({suspended: true})}).then(function (r) { return r.text().then(function (t) {"
                        + " done(r.status + ' ' + t); }); });");
        assertThat((String) write).startsWith("403").contains("urn:sanxiang:problem:engine-write-refused");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).active().count()).isEqualTo(1);

        List<String> failed = new ArrayList<>();
        for (org.openqa.selenium.logging.LogEntry e : browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
            // a request sent to a login, or refused for want of a session (Cockpit's own #/login route is no request)
            if (e.getMessage().contains("Failed to load resource") && (e.getMessage().contains("/login")
                    || e.getMessage().contains("status of 401"))) {
                failed.add(e.getMessage());
            }
        }
        assertThat(failed).as("no request of Cockpit's was sent to a login").isEmpty();
    }
}
