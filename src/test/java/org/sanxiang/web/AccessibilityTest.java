package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * WCAG AA on the workspace and the portal (issue 21): axe-core (npm {@code axe-core}, pinned in
 * {@code scripts/a11y/package.json}; {@code scripts/test} runs {@code npm ci} there) is injected into the
 * login, inbox, case, review, dashboard and portal pages in headless Chromium at 1366×768, in Chinese and in
 * English, and must report no serious or critical violation — contrast at least 4.5:1, labels on every input,
 * names on links and buttons. The skip link and the focus ring are checked by hand: the first Tab reaches the
 * skip link, and a focused control draws an outline.
 */
@SanxiangTest
class AccessibilityTest extends org.sanxiang.cases.CaseServices {

    static final Path AXE = Path.of("scripts/a11y/node_modules/axe-core/axe.min.js");

    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(1366, 768);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void workspaceAndPortalPagesHaveNoSeriousOrCriticalViolationInEitherLanguage() throws Exception {
        assertThat(AXE).as("axe-core installed: (cd scripts/a11y && npm ci)").exists();
        String axe = Files.readString(AXE, StandardCharsets.UTF_8);
        Scenario s = new Scenario(leadRegistration, stepCompletion, investigations, caseSupervision, jdbc);
        long caseId = s.registerAndFile(Scenario.person()).id();
        long reviewCase = s.registerAndFile(Scenario.company()).id();
        s.investigate(reviewCase);
        stepCompletion.completeStep(reviewCase, Scenario.penalty(new BigDecimal("60000")), Scenario.ZHANG);

        List<String> failures = new ArrayList<>();
        for (String lang : List.of("zh-CN", "en")) {
            open("/login?lang=" + lang);
            failures.addAll(violations(axe, "login " + lang));
            login("zhangwei");
            failures.addAll(check(axe, "/inbox", lang));
            failures.addAll(check(axe, "/cases/" + caseId, lang));
            failures.addAll(check(axe, "/cases/summary", lang));
            failures.addAll(check(axe, "/publications", lang));
            logout();
            login("chenjing");
            failures.addAll(check(axe, "/review", lang));
            failures.addAll(check(axe, "/cases/" + reviewCase, lang));
            logout();
            login("sunli");
            failures.addAll(check(axe, "/supervision", lang));
            logout();
            failures.addAll(check(axe, "/portal", lang));
            failures.addAll(check(axe, "/portal/decisions", lang));
        }
        assertThat(failures).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void theFirstTabReachesTheSkipLinkAndFocusIsVisible() {
        open("/login?lang=zh-CN");
        login("zhangwei");
        open("/inbox");
        browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        var focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("skip-link");
        assertThat(focused.getAttribute("href")).endsWith("#main");
        assertThat(focused.getCssValue("top")).isNotEqualTo("-40px");
        browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        var next = browser.switchTo().activeElement();
        assertThat(next.getCssValue("outline-style")).isEqualTo("solid");
        logout();
    }

    private List<String> check(String axe, String path, String lang) {
        open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        return violations(axe, path + " " + lang);
    }

    @SuppressWarnings("unchecked")
    private List<String> violations(String axe, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 4)"
                + "      .map(function (n) { return n.target.join(' '); }).join(' | '); }));"
                + "}).catch(function (e) { done(['axe failed: ' + e]); });");
        List<String> out = new ArrayList<>();
        for (Object v : (List<Object>) result) {
            out.add(page + " — " + v);
        }
        return out;
    }

    private void login(String username) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo1234");
        browser.findElement(By.id("login-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/inbox"));
    }

    private void logout() {
        open("/inbox");
        browser.findElement(By.id("logout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/login"));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
