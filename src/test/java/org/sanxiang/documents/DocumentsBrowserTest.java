package org.sanxiang.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.SanxiangTest;
import org.sanxiang.cases.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * In a real browser (Debian's headless Chromium, as BrowserWorkflowTest starts it): the interviewee signs a
 * 询问笔录 on the canvas with the pointer, and the officer issues and prints the 行政处罚决定书 from the case page's
 * documents card; the printed PDF is the issued one.
 */
@SanxiangTest
class DocumentsBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = org.sanxiang.web.HeadlessChromium.start(1280, 1000);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signsAnInquiryRecordOnTheCanvasAndPrintsTheDecisionFromTheCasePage() throws Exception {
        DocumentsApi api = new DocumentsApi(mvc, json, jdbc);
        long id = api.filedCase("卫某某", "SR-001");
        login("zhangwei");

        browser.get(url("/cases/" + id + "/documents/INQUIRY_RECORD/sign"));
        WebElement pad = browser.findElement(By.id("pad-0"));
        new Actions(browser).moveToElement(pad, -200, 0).clickAndHold().moveByOffset(80, 30).moveByOffset(80, -40)
                .moveByOffset(100, 20).release().perform();
        browser.findElements(By.cssSelector("form.signature-form button.signature-save")).get(0).click();
        assertThat(browser.findElement(By.id("sign-ok")).getText()).contains("被询问人");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_signature WHERE case_id = ? AND signer = '被询问人'"
                + " AND sha256 IS NOT NULL", Integer.class, id)).isEqualTo(1);

        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/investigation-end", Map.of(
                "outcome", "PENALTY", "report", "事实清楚。", "proposedPenaltyTypes", List.of("FINE"), "proposedFine", 1000), 200);
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/prior-notice", Map.of(
                "noticeDate", Scenario.today().toString(), "proposedPenaltyTypes", List.of("FINE"), "proposedFine", 1000,
                "factsAndReasons", "拟予罚款。"), 200);
        api.call("zhangwei", "POST", "/api/cases/" + id + "/steps/statement-defence", Map.of(
                "response", "WAIVED", "hearingRequested", false), 200);
        api.call("liuyang", "POST", "/api/cases/" + id + "/steps/head-decision", Map.of(
                "decidedOn", Scenario.today().toString(), "penaltyTypes", List.of("FINE"), "fineAmount", 1000,
                "reasons", "依法处罚。", "correction", Map.of("kind", "CORRECT", "requirement", "立即停止占道经营",
                        "periodDays", 0)), 200); // APL Art. 28

        browser.get(url("/cases/" + id));
        WebElement row = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("document-PENALTY_DECISION")));
        row.findElement(By.cssSelector("button.issue-document")).click();
        WebElement issuedRow = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.cssSelector("#document-PENALTY_DECISION a.print-document")));
        String printHref = issuedRow.getAttribute("href");
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("documents-card.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        HttpResponse<byte[]> printed = fetch(printHref);
        assertThat(printed.statusCode()).isEqualTo(200);
        assertThat(printed.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(printed.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline");
        String number = jdbc.queryForObject("SELECT decision_number FROM case_decision WHERE case_id = ?", String.class, id);
        assertThat(DocumentsApi.text(printed.body()).replaceAll("\\s+", "")).contains("行政处罚决定书", number, "卫某某");
        String sha = jdbc.queryForObject("SELECT sha256 FROM issued_document WHERE case_id = ? AND kind = 'PENALTY_DECISION'",
                String.class, id);
        assertThat(DocumentIssuing.sha256(printed.body())).isEqualTo(sha);
    }

    private void login(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo1234");
        browser.findElement(By.id("login-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/inbox"));
    }

    /** Fetches what the link points at with the browser's session cookie. */
    private HttpResponse<byte[]> fetch(String href) throws IOException, InterruptedException {
        // the session lives in the database (Spring Session JDBC), under its SESSION cookie
        String cookie = browser.manage().getCookieNamed("SESSION").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "SESSION=" + cookie)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
