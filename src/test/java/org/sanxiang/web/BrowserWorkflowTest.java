package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.sanxiang.SanxiangTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workspace in a real browser (Debian's headless Chromium through ChromeDriver): a major case
 * from 案源登记 to 负责人决定, with evidence uploaded on the case page (a photo and a sound
 * recording, through htmx) and a legal review that returns the case once; then the supervisor's
 * dashboard, whose charts must all render. The browser's console must show no CSP violation and no
 * JavaScript error on any page. Screenshots of the inbox, the case page (with its evidence), the
 * reviewer's page and the dashboard go to {@code target/screenshots/}. Runs in both passes (H2 and the
 * MySQL-compatible server).
 */
@SanxiangTest
class BrowserWorkflowTest {

    static final Path SHOTS = Path.of("target/screenshots");

    static WebDriver browser;

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

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

    @Test
    void takesAMajorCaseThroughReturnAndApprovalToTheHeadsDecision() throws Exception {
        // an officer registers a lead with a fine large enough to be a major decision
        login("zhangwei");
        open("/cases/new");
        select("matterId", "占道经营");
        type("actDate", today().minusDays(5).toString());
        type("place", "三张镇人民路 18 号门前");
        type("facts", "当事人在三张镇人民路占用人行道摆摊经营，经劝阻未改正。");
        type("partyName", "王某某");
        type("idNumber", "11010519491231002X");
        type("phone", "13800000000");
        type("address", "三张镇人民路 18 号");
        click("handler-liqiang");
        click("lead-submit");
        assertNoServerError();
        assertThat(text("case-status")).isEqualTo("待立案审批");
        String casePath = path();
        assertThat(casePath).matches("/cases/\\d+");
        logout();

        // the head approves filing
        login("liuyang");
        open(casePath);
        click("f-approved-yes");
        type("f-opinion", "同意立案，由张伟、李强承办。");
        click("submit-filing-approval");
        assertOk();
        logout();

        // the officer adds an on-site record, ends the investigation and proposes a 6,000-yuan fine
        login("zhangwei");
        // the inbox is sorted by due date over every test's open cases: page on until this case's row
        open(casePath);
        String caseNumber = text("case-number");
        String row = null;
        for (int page = 0; row == null && page < 50; page++) {
            open("/inbox?page=" + page);
            row = browser.findElement(By.id("inbox")).getText().lines().filter(l -> l.startsWith(caseNumber + " "))
                    .findFirst().orElse(null);
        }
        assertThat(row).as("the case in the inbox").isNotNull().contains("调查取证");
        shot("inbox");
        assertCleanConsole();
        open(casePath);
        assertHtmxReady();
        uploadEvidence("物证", "现场照片.png", photo(), null);
        uploadEvidence("视听资料", "现场录音.wav", sound(), "2");
        assertThat(browser.findElement(By.id("evidence-list")).getText()).contains("现场照片.png").contains("现场录音.wav")
                .contains("物证").contains("视听资料").contains("张伟、李强");
        assertThat(browser.findElements(By.cssSelector("#evidence-list audio.player"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#evidence-list img.thumb"))).hasSize(1);
        // the photo was served to the page (session-authenticated, object-level checked) and decoded
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "var i = document.querySelector('#evidence-list img.thumb'); return i.complete && i.naturalWidth > 0;")));
        // the player reads the recording with HTTP ranges
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(document.querySelector('#evidence-list audio.player').src, {headers: {Range: 'bytes=0-11'}})"
                        + ".then(function (r) { done(r.status + ' ' + r.headers.get('Content-Range')); });"))
                .asString().startsWith("206 bytes 0-11/");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('evidence').scrollIntoView()");
        shot("case-evidence");
        assertCleanConsole();
        select("f-kind", "现场检查（勘验）笔录");
        type("f-content", "现场检查发现当事人占道摆摊约 6 平方米，已拍照取证。");
        click("record-submit");
        assertOk();
        type("f-summary", "现场检查一次，事实清楚。");
        click("submit-investigation");
        assertOk();
        endInvestigation();
        logout();

        // the reviewer claims the review from the task list and returns it for correction
        login("chenjing");
        open("/review?filter=UNCLAIMED");
        // the shared test context holds other tests' review tasks: page on (htmx swaps the list only) to this case's row
        String caseId = casePath.substring("/cases/".length());
        for (int i = 0; i < 50 && browser.findElements(By.id("claim-" + caseId)).isEmpty(); i++) {
            WebElement list = browser.findElement(By.id("review-results"));
            click("review-next");
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(list));
            assertThat(browser.getCurrentUrl()).as("the page's address follows the list").contains("page=" + (i + 1));
        }
        assertThat(browser.findElement(By.id("review-tasks")).getText()).contains("王某某");
        shot("review-tasks");
        // claiming from the list swaps the list only (htmx): the page stays, the row shows the reviewer
        click("claim-" + caseId);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#review-results .alert.ok")).isEmpty());
        assertThat(path()).isEqualTo("/review");
        assertThat(browser.findElement(By.id("review-results")).getText()).contains("任务已领取");
        assertThat(browser.findElements(By.id("claim-" + caseId))).isEmpty();
        assertOk();
        assertCleanConsole();
        open(casePath);
        answerChecklist();
        select("f-outcome", "退回补正");
        type("f-opinion", "证据不足，退回补正。");
        type("f-corrections", "补充当事人询问笔录。");
        click("submit-legal-review");
        assertOk();
        logout();

        // the officer corrects and resubmits
        login("zhangwei");
        open(casePath);
        select("f-kind", "询问笔录");
        type("f-content", "询问当事人王某某，其承认在人民路占道经营。");
        click("record-submit");
        assertOk();
        type("f-summary", "已按审核意见补充询问笔录。");
        click("submit-investigation");
        assertOk();
        endInvestigation();
        logout();

        // the reviewer approves on all eight points: the resubmission came back to them, no claim needed
        login("chenjing");
        open(casePath);
        assertThat(browser.findElements(By.id("claim-task"))).isEmpty();
        answerChecklist();
        select("f-outcome", "同意");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1700));
        type("f-opinion", "事实清楚，证据确凿，程序合法，同意拟处理意见。");
        shot("review-form");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
        click("submit-legal-review");
        assertOk();
        assertThat(browser.findElement(By.id("review-rounds")).getText()).contains("退回补正").contains("同意");
        logout();

        // the officer notifies the party and records the statement
        login("zhangwei");
        open(casePath);
        check("f-proposedPenaltyTypes-FINE");
        type("f-factsAndReasons", "违反《城市市容和环境卫生管理条例》第十四条，拟罚款 6000 元。");
        click("submit-prior-notice");
        assertOk();
        select("f-response", "当事人提出陈述申辩");
        type("f-content", "当事人称系初犯，请求从轻处罚。");
        click("submit-statement-defence");
        assertOk();
        logout();

        // the head decides
        login("liuyang");
        open(casePath);
        check("f-penaltyTypes-FINE");
        type("f-reasons", "依据《城市市容和环境卫生管理条例》第三十六条，决定罚款 6000 元。");
        select("f-correctionKind", "责令改正"); // APL Art. 28
        type("f-correctionRequirement", "立即停止占道经营，恢复人行道通行。");
        click("submit-head-decision");
        assertOk();
        assertThat(text("case-status")).isEqualTo("已决定");
        assertThat(text("chain-status")).startsWith("校验通过");
        assertThat(browser.findElement(By.id("evidence-list")).getText()).contains("现场照片.png");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 3000));
        shot("case");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
        assertCleanConsole();
        logout();

        // the supervisor's dashboard: every chart drawn (canvas or svg), no CSP violation, no script error
        login("sunli");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1500));
        open("/supervision");
        java.util.List<WebElement> charts = browser.findElements(By.cssSelector(".chart[data-source]"));
        assertThat(charts).hasSizeGreaterThanOrEqualTo(7);
        assertThat(charts).extracting(c -> c.getAttribute("id")).contains("chart-timeliness", "chart-coverage",
                "chart-categories");
        for (WebElement chart : charts) {
            String id = chart.getAttribute("id");
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15)).until(
                    d -> !d.findElements(By.cssSelector("#" + id + " canvas, #" + id + " svg")).isEmpty());
        }
        Thread.sleep(500); // let the charts' entry animation finish for the screenshot
        shot("dashboard");
        assertCleanConsole();
    }

    /** Uploads a file through the evidence card (htmx) and waits for the refreshed card. */
    private void uploadEvidence(String type, String fileName, byte[] content, String durationSeconds) throws IOException {
        Path file = Files.createTempDirectory("evidence").resolve(fileName);
        Files.write(file, content);
        select("ev-type", type);
        type("ev-capturedAt", java.time.LocalDateTime.now(clock).minusHours(1)
                .withSecond(0).withNano(0).toString());
        type("ev-place", "三张镇人民路 18 号门前");
        if (durationSeconds != null) {
            type("ev-duration", durationSeconds);
        }
        for (WebElement officer : browser.findElements(By.cssSelector("#evidence-form input[name=officerIds]"))) {
            if (!officer.isSelected()) {
                officer.click();
            }
        }
        type("ev-description", "占道经营现场" + ("视听资料".equals(type) ? "录音" : "照片"));
        browser.findElement(By.id("ev-file")).sendKeys(file.toAbsolutePath().toString());
        WebElement card = browser.findElement(By.id("evidence"));
        String page = path();
        click("evidence-submit");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(card));
        assertThat(text("evidence-ok")).contains("证据已上传").contains(fileName);
        assertThat(path()).as("htmx swapped the card, the page stayed").isEqualTo(page);
    }

    /** htmx is loaded from the WebJar and sends the page's CSRF token on every request. */
    private void assertHtmxReady() {
        Object headers = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return window.htmx ? document.body.getAttribute('hx-headers') : null;");
        assertThat(headers).asString().contains("X-CSRF-TOKEN");
    }

    /** No CSP violation, no script error, no failed request in the browser's console since the last check. */
    private void assertCleanConsole() {
        java.util.List<String> bad = new java.util.ArrayList<>();
        for (org.openqa.selenium.logging.LogEntry e : browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
            String m = e.getMessage();
            if (e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue() || m.contains("Content Security Policy")
                    || m.contains("Refused to")) {
                bad.add(e.getLevel() + " " + m);
            }
        }
        assertThat(bad).as("console on " + path()).isEmpty();
    }

    /** A real PNG (a small drawing), so the page shows a thumbnail. */
    private static byte[] photo() throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(160, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(0xd9e6f5));
        g.fillRect(0, 0, 160, 100);
        g.setColor(new java.awt.Color(0x8a5a2b));
        g.fillRect(30, 45, 100, 30);
        g.setColor(new java.awt.Color(0xc0392b));
        g.fillRect(40, 25, 80, 20);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A real WAV: two seconds of a 440 Hz tone, 8 kHz mono 16-bit. */
    private static byte[] sound() {
        int rate = 8000;
        int samples = rate * 2;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(44 + samples * 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            b.putShort((short) (Math.sin(2 * Math.PI * 440 * i / rate) * 8000));
        }
        return b.array();
    }

    private void endInvestigation() {
        select("f-outcome", "给予行政处罚");
        type("f-report", "事实清楚，证据确凿，拟予罚款。");
        // a resubmission comes back prefilled from the last one: check the penalty only where it is not yet
        if (!browser.findElement(By.id("f-proposedPenaltyTypes-FINE")).isSelected()) {
            click("f-proposedPenaltyTypes-FINE");
        }
        type("f-proposedFine", "6000");
        click("submit-investigation-end");
        assertOk();
    }

    private void answerChecklist() {
        for (org.sanxiang.review.ChecklistPoint p : org.sanxiang.review.ChecklistPoint.values()) {
            click("ok-" + p.name());
        }
    }

    // ---------------------------------------------------------------- browser helpers

    private void login(String username) {
        open("/login");
        type("username", username);
        type("password", "demo1234");
        click("login-submit");
        waitForPath("/inbox");
    }

    private void logout() {
        // the page may still be replacing itself (an htmx swap or a redirect just issued): find the button afresh
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(By.cssSelector(".topbar form button")).click();
                    return true;
                });
        waitForPath("/login");
    }

    private void waitForPath(String expected) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> expected.equals(path()));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        assertNoServerError();
    }

    private void type(String id, String value) {
        WebElement e = browser.findElement(By.id(id));
        if ("date".equals(e.getAttribute("type")) || "datetime-local".equals(e.getAttribute("type"))) {
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", e, value);
            return;
        }
        e.clear();
        e.sendKeys(value);
    }

    private void select(String id, String visibleText) {
        new Select(browser.findElement(By.id(id))).selectByContainsVisibleText(visibleText);
    }

    /** Ticks a check box that may already be ticked (the forms come prefilled from the earlier steps). */
    private void check(String id) {
        if (!browser.findElement(By.id(id)).isSelected()) {
            click(id);
        }
    }

    private void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private String path() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }

    /** After an action: no error message on the page and no error page. */
    private void assertOk() {
        assertNoServerError();
        if (browser.getPageSource().contains("class=\"alert error\"")) {
            throw new AssertionError("error on " + path() + ": " + browser.findElement(By.cssSelector(".alert.error")).getText());
        }
    }

    private void assertNoServerError() {
        String page = browser.getPageSource();
        if (page.contains("class=\"error-page\"")) {
            throw new AssertionError("error page at " + path() + ": " + browser.findElement(By.id("error-detail")).getText());
        }
        assertThat(page).doesNotContain("Whitelabel").doesNotContain("Exception");
    }

    private void shot(String name) throws IOException {
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static LocalDate today() {
        return org.sanxiang.OfficeTestClock.TODAY;
    }
}
