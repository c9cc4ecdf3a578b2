package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.thidua.support.DatabaseProfiles;
import vn.thidua.support.TestOrganization;

/**
 * The main journey in real Chromium: a unit officer browses the tree, finds a person by a name typed without
 * diacritics, proposes a Giấy khen and submits it; the director approves; the decision PDF is downloaded. And an
 * administrator creates an account, then reads the page in English.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommendationJourneyBrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
            "--no-first-run", "--disable-dev-shm-usage");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    Playwright playwright;
    Browser browser;
    TestOrganization org;

    @BeforeAll
    void start() throws Exception {
        org = new TestOrganization(context);
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(chromium())).setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void officerProposesDirectorApprovesDecisionDownloads() throws Exception {
        Page officer = signIn(org.officerA);
        officer.navigate(url("/units"));
        officer.locator("a", new Page.LocatorOptions().setHasText("Tỉnh Thử " + org.suffix)).first().isVisible();
        officer.locator("button[hx-get$='/units/" + org.province + "/children']").click();
        officer.locator("a:has-text('Sở Giao thông vận tải')").first().waitFor();
        shot(officer, "01-unit-tree");

        officer.navigate(url("/people?unit=" + org.agencyA));
        officer.fill("#q", "nguyen thi hong nhung");
        officer.press("#q", "Enter");
        officer.locator("a:has-text('Nguyễn Thị Hồng Nhung')").first().click();
        officer.waitForURL("**/people/" + org.personA);
        shot(officer, "02-person");

        officer.locator("a[href*='/proposals/new']").click();
        officer.selectOption("#awardCode", "GIAY_KHEN");
        officer.fill("#summary", "Hoàn thành xuất sắc nhiệm vụ thanh toán trực tuyến năm 2026");
        officer.locator("form[action$='/proposals'] button[type=submit]").click();
        officer.locator("#submit-proposal").click();
        assertThat(officer.locator("#proposal-status").textContent()).isEqualTo("Đã trình");
        String proposalUrl = officer.url();
        shot(officer, "03-submitted");

        Page director = signIn(org.directorA);
        director.navigate(proposalUrl);
        director.locator("#approve-proposal").click();
        assertThat(director.locator("#proposal-status").textContent()).isEqualTo("Đã có quyết định");
        String number = director.locator("#decision-number").textContent();
        assertThat(number).endsWith("/QĐ-SGTVT");
        shot(director, "04-decided");

        Download download = director.waitForDownload(() -> director.locator("#decision-pdf").click());
        Path pdf = SCREENSHOTS.resolve("decision.pdf");
        download.saveAs(pdf);
        try (var document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", number, "Nguyễn Thị Hồng Nhung");
        }
    }

    @Test
    void administratorCreatesAnAccountAndSwitchesToEnglish() {
        Page admin = signIn(org.admin);
        admin.locator("nav a[href='/accounts']").click();
        admin.waitForURL(url("/accounts"));
        String username = "browser.viewer." + org.suffix.toLowerCase();
        admin.fill("#username", username);
        admin.fill("#displayName", "Trịnh Thu Hương");
        admin.fill("#password", "Mat-khau-2026");
        admin.selectOption("#role", "VIEWER");
        admin.fill("#unitCode", org.code("A"));
        admin.locator("#create-account button[type=submit]").click();
        admin.waitForURL("**/accounts/*");
        assertThat(admin.locator("h1").textContent()).isEqualTo("Tài khoản " + username);
        assertThat(admin.locator("table").first().textContent()).contains("Người xem", "Sở Giao thông vận tải");
        shot(admin, "05-account");

        admin.locator("nav a[href*='lang=en']").click();
        assertThat(admin.locator("h1").textContent()).isEqualTo("Account " + username);
        assertThat(admin.locator("table").first().textContent()).contains("Viewer");
        shot(admin, "06-account-en");
    }

    private Page signIn(String username) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                .setViewportSize(1366, 768)).newPage();
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", TestOrganization.PASSWORD);
        page.locator("form button[type=submit]").click();
        page.waitForURL(url("/"));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private static String chromium() {
        for (String candidate : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (Files.isExecutable(Paths.get(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Chromium is not installed (apt-get install chromium)");
    }
}
