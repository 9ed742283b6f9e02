package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.OfficeTestClock;
import org.sanxiang.SanxiangTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office's whole day through the pages only, in headless Chromium at 1366×768 (issue 21's Done-when): one
 * general-procedure case from 案源登记 to the decision on the public portal — officer → head → the reviewer
 * returns once → the officer resubmits the prefilled forms → the same reviewer (the task comes back to them)
 * approves → the head decides → service → a second person checks the redaction and publishes → the portal shows
 * the redacted decision — and one 当场处罚 case through its page, refused above the APL 51 limit first. The
 * only thing the test does beside the pages is what the job executor would do: run the 自动脱敏 job. Screenshots
 * of every step go to {@code target/screenshots/journey-*.png}.
 */
@SanxiangTest
class JourneyBrowserTest {

    static final Path SHOTS = Path.of("target/screenshots");

    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(SHOTS);
        browser = HeadlessChromium.start(1366, 768);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void carriesAGeneralCaseFromLeadToThePortalAndASummaryCaseThroughTheirPages() throws Exception {
        // ---- 案源登记 (officer)
        login("zhangwei");
        assertThat(text("user-name")).as("the top bar names the person, not the login").isEqualTo("张伟");
        open("/cases/new");
        select("matterId", "占道经营");
        type("actDate", today().minusDays(5).toString());
        type("place", "三张镇人民路 20 号门前");
        type("facts", "当事人王建国在三张镇人民路占用人行道摆摊经营，经劝阻未改正，联系电话 13912345678。");
        type("partyName", "王建国");
        type("idNumber", "11010519491231002X");
        type("phone", "13912345678");
        type("address", "三张镇人民路 20 号");
        click("handler-liqiang");
        shot("journey-01-lead");
        click("lead-submit");
        assertOk();
        String casePath = path();
        assertThat(casePath).matches("/cases/\\d+");
        long caseId = Long.parseLong(casePath.substring("/cases/".length()));
        assertThat(text("facts")).contains("张伟").doesNotContain("zhangwei");
        logout();

        // ---- 立案审批 (head)
        login("liuyang");
        open(casePath);
        click("f-approved-yes");
        type("f-opinion", "同意立案。");
        shot("journey-02-filing");
        click("submit-filing-approval");
        assertOk();
        logout();

        // ---- 调查取证 and 调查终结 (officer): the record form and the finishing form are separate cards
        login("zhangwei");
        open(casePath);
        assertThat(browser.findElements(By.cssSelector("#step-form-card #record-submit"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#investigation-work #record-submit"))).hasSize(1);
        assertThat(text("submit-investigation")).isEqualTo("结束调查取证");
        select("f-kind", "现场检查（勘验）笔录");
        type("f-content", "现场检查发现当事人占道摆摊约 6 平方米。");
        click("record-submit");
        assertOk();
        type("f-summary", "现场检查一次，事实清楚。");
        shot("journey-03-investigation");
        click("submit-investigation");
        assertOk();
        assertThat(value("f-report")).as("the summary is carried to the report").isEqualTo("现场检查一次，事实清楚。");
        select("f-outcome", "给予行政处罚");
        type("f-report", "当事人占道经营，事实清楚，证据确凿，拟罚款 6000 元。");
        click("f-proposedPenaltyTypes-FINE");
        type("f-proposedFine", "6000");
        click("submit-investigation-end");
        assertOk();
        logout();

        // ---- 法制审核, first round (reviewer): returned for correction
        login("chenjing");
        open(casePath);
        click("claim-task");
        assertOk();
        assertThat(text("dossier")).as("the materials as a dossier, not JSON").contains("拟罚款 6000 元")
                .contains("张伟").contains("李强").contains("有效").contains("现场检查（勘验）笔录").doesNotContain("{\"");
        answerChecklist();
        select("f-outcome", "退回补正");
        type("f-opinion", "证据不足。");
        type("f-corrections", "补充当事人询问笔录。");
        shot("journey-04-review-return");
        click("submit-legal-review");
        assertOk();
        logout();

        // ---- the officer sees the case came back and why, and resubmits the prefilled forms
        login("zhangwei");
        String caseNumber = jdbc.queryForObject("SELECT case_number FROM enf_case WHERE id = ?", String.class, caseId);
        String row = inboxRow(caseNumber);
        assertThat(row).as("the inbox row").contains("退回补正").contains("补充当事人询问笔录。");
        shot("journey-05-inbox-returned");
        open(casePath);
        assertThat(text("returned-notice")).contains("补充当事人询问笔录。");
        select("f-kind", "询问笔录");
        type("f-content", "询问当事人王建国，其承认占道经营。");
        click("record-submit");
        assertOk();
        assertThat(value("f-summary")).as("prefilled from the last submission").isEqualTo("现场检查一次，事实清楚。");
        type("f-summary", "已补充询问笔录。");
        click("submit-investigation");
        assertOk();
        assertThat(value("f-report")).as("the last report comes back").isEqualTo("当事人占道经营，事实清楚，证据确凿，拟罚款 6000 元。");
        assertThat(new Select(browser.findElement(By.id("f-outcome"))).getFirstSelectedOption().getText()).isEqualTo("给予行政处罚");
        assertThat(value("f-proposedFine")).startsWith("6000");
        assertThat(browser.findElement(By.id("f-proposedPenaltyTypes-FINE")).isSelected()).isTrue();
        shot("journey-06-resubmit-prefilled");
        click("submit-investigation-end");
        assertOk();
        logout();

        // ---- 法制审核, second round: already with the reviewer who returned it
        login("chenjing");
        open(casePath);
        assertThat(browser.findElements(By.id("claim-task"))).as("no claim needed: routed to the same reviewer").isEmpty();
        assertThat(text("open-tasks")).contains("陈静");
        assertThat(text("dossier-previous")).contains("退回补正").contains("补充当事人询问笔录。");
        answerChecklist();
        select("f-outcome", "同意");
        type("f-opinion", "事实清楚，证据确凿，同意。");
        shot("journey-07-review-approve");
        click("submit-legal-review");
        assertOk();
        logout();

        // ---- 事先告知 and 陈述申辩 (officer): the proposal is carried forward
        login("zhangwei");
        open(casePath);
        assertThat(browser.findElement(By.id("f-proposedPenaltyTypes-FINE")).isSelected()).isTrue();
        assertThat(value("f-factsAndReasons")).contains("拟罚款 6000 元");
        shot("journey-08-prior-notice");
        click("submit-prior-notice");
        assertOk();
        select("f-response", "当事人提出陈述申辩");
        type("f-content", "当事人称系初犯。");
        click("submit-statement-defence");
        assertOk();
        logout();

        // ---- 负责人决定 (head): the decision form starts from the notice
        login("liuyang");
        open(casePath);
        assertThat(browser.findElement(By.id("f-penaltyTypes-FINE")).isSelected()).isTrue();
        assertThat(value("f-fineAmount")).startsWith("6000");
        assertThat(value("f-reasons")).contains("拟罚款 6000 元");
        type("f-reasons", "依据《城市市容和环境卫生管理条例》第三十六条，决定罚款 6000 元。");
        select("f-correctionKind", "责令改正"); // APL Art. 28: the decision carries the order to correct
        type("f-correctionRequirement", "立即停止占道经营，恢复人行道通行。");
        shot("journey-09-decision");
        click("submit-head-decision");
        assertOk();
        assertThat(text("case-status")).isEqualTo("已决定");
        logout();

        // ---- 送达 (officer)
        login("zhangwei");
        open(casePath);
        select("f-method", "直接送达");
        type("f-recipient", "王建国");
        shot("journey-10-service");
        click("submit-service");
        assertOk();

        // ---- 脱敏复核 and 发布: the job executor's 自动脱敏, then the officer (not the decider) from the inbox
        String decisionNumber = jdbc.queryForObject(
                "SELECT decision_number FROM case_decision WHERE case_id = ? ORDER BY id DESC LIMIT 1", String.class, caseId);
        runRedactionJob(decisionNumber);
        open("/inbox");
        WebElement work = browser.findElement(By.id("work-items"));
        assertThat(work.getText()).contains("脱敏复核").contains(decisionNumber);
        shot("journey-11-inbox-publication");
        work.findElement(By.linkText(decisionNumber)).click();
        assertOk();
        assertThat(text("original")).contains("王建国").contains("13912345678");
        assertThat(text("redacted")).contains("王某").doesNotContain("王建国").doesNotContain("13912345678");
        assertThat(text("removed")).contains("手机号码").contains("自然人当事人姓名");
        browser.manage().window().setSize(new Dimension(1366, 1400));
        shot("journey-12-publication-check");
        browser.manage().window().setSize(new Dimension(1366, 768));
        click("check-approve");
        click("check-submit");
        assertOk();
        assertThat(text("publication-status")).isEqualTo("已公示");
        logout();

        // ---- the public portal shows the redacted decision
        open("/portal/decisions/" + URLEncoder.encode(decisionNumber, StandardCharsets.UTF_8));
        String portal = browser.findElement(By.tagName("main")).getText();
        assertThat(portal).contains(decisionNumber).contains("王某").doesNotContain("王建国").doesNotContain("13912345678");
        shot("journey-13-portal");
        browser.manage().window().setSize(new Dimension(390, 844));
        shot("journey-13-portal-390");
        browser.manage().window().setSize(new Dimension(1366, 768));

        // ---- 当场处罚: the limits before the form; above the limit refused with its reason, then decided
        login("zhangwei");
        open("/cases/summary");
        assertThat(text("summary-limits")).contains("200").contains("3000").contains("第五十一条");
        select("matterId", "占道经营");
        type("place", "三张镇市场路口");
        type("facts", "当事人在市场路口占道摆放货物。");
        type("partyName", "李小明");
        type("idNumber", "11010519491231002X");
        click("summary-officer-liqiang");
        type("fineAmount", "300");
        click("summary-submit");
        assertThat(browser.findElement(By.cssSelector(".alert.error")).getText()).contains("200");
        assertThat(value("facts")).as("the form keeps what was typed").isEqualTo("当事人在市场路口占道摆放货物。");
        shot("journey-14-summary-refused");
        type("fineAmount", "150");
        click("summary-submit");
        assertOk();
        assertThat(path()).matches("/cases/\\d+");
        assertThat(text("case-status")).isEqualTo("已决定");
        shot("journey-15-summary-decided");
        // 我发起的 and 已办 list the general case; the case list exports it as CSV with its current step
        open("/inbox?view=STARTED");
        assertThat(text("mine")).contains(caseNumber);
        open("/inbox?view=DONE");
        assertThat(text("mine")).contains(caseNumber);
        shot("journey-16-inbox-done");
        Object csv = ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/cases/export.csv?caseNumber=' + encodeURIComponent(arguments[0])).then(function (r) { return r.text(); })"
                + ".then(done);", caseNumber);
        assertThat((String) csv).contains("案件编号").contains(caseNumber).contains("王建国");
        logout();
    }

    // ---------------------------------------------------------------- helpers

    private void runRedactionJob(String decisionNumber) {
        var process = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("publicity")
                .processInstanceBusinessKey(decisionNumber).singleResult();
        assertThat(process).as("the publication process of " + decisionNumber).isNotNull();
        for (var job : engine.getManagementService().createJobQuery().processInstanceId(process.getId())
                .activityId("ServiceTask_AutoRedact").list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    /** The inbox is sorted by due date over every test's open cases: page on until this case's row. */
    private String inboxRow(String caseNumber) {
        for (int page = 0; page < 50; page++) {
            open("/inbox?page=" + page);
            for (WebElement tr : browser.findElements(By.cssSelector("#inbox tbody tr"))) {
                if (tr.getText().startsWith(caseNumber + " ")) {
                    return tr.getText();
                }
            }
            if (browser.findElements(By.id("inbox-next")).isEmpty()) {
                break;
            }
        }
        return null;
    }

    private void answerChecklist() {
        for (org.sanxiang.review.ChecklistPoint p : org.sanxiang.review.ChecklistPoint.values()) {
            click("ok-" + p.name());
        }
    }

    private void login(String username) {
        open("/login");
        type("username", username);
        type("password", "demo1234");
        click("login-submit");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "/inbox".equals(path()));
    }

    private void logout() {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(By.id("logout")).click();
                    return true;
                });
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "/login".equals(path()));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        assertNoServerError();
    }

    private void type(String id, String value) {
        WebElement e = browser.findElement(By.id(id));
        if ("date".equals(e.getAttribute("type"))) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", e, value);
            return;
        }
        e.clear();
        e.sendKeys(value);
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private void select(String id, String visibleText) {
        new Select(browser.findElement(By.id(id))).selectByContainsVisibleText(visibleText);
    }

    private void click(String id) {
        WebElement e = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private String path() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }

    private void assertOk() {
        assertNoServerError();
        List<WebElement> errors = browser.findElements(By.cssSelector(".alert.error"));
        if (!errors.isEmpty()) {
            throw new AssertionError("error on " + path() + ": " + errors.get(0).getText());
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
        return OfficeTestClock.TODAY;
    }
}
