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
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.Role;
import vn.thidua.identity.RoleGrant;
import vn.thidua.identity.SystemActor;
import vn.thidua.support.DatabaseProfiles;
import vn.thidua.support.TestOrganization;

/**
 * The main journeys in real Chromium: a unit officer browses the tree, finds a person by a name typed without
 * diacritics, proposes a Giấy khen and submits it; the director approves; the decision PDF is downloaded. Tây Ninh's
 * interim review from the dossier to the honour board. And an administrator creates an account, then reads the
 * page in English.
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
        admin.locator("#nav-admin").click();
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

    /**
     * Tây Ninh's digital-transformation movement, interim review (sơ kết 2023): the unit sends a dossier online, the
     * office returns it, the unit supplements and resends, the office appraises, the provincial council votes (one
     * nominee below the threshold), the chairman signs the drafted decision, a certificate is verified through the
     * code it prints, and the public honour board shows the awardee.
     */
    @Test
    void tayNinhInterimReviewFromDossierToTheHonourBoard() throws Exception {
        String s = org.suffix.toLowerCase();
        String office = "office.tn." + s;
        String secretary = "secretary.tn." + s;
        String chairman = "chairman.tn." + s;
        List<String> members = List.of("member1.tn." + s, "member2.tn." + s, "member3.tn." + s);
        AccountManagement accounts = context.getBean(AccountManagement.class);
        SystemActor.run(() -> {
            accounts.createAccount(new AccountManagement.NewAccount(office, "Ban Thi đua", TestOrganization.PASSWORD,
                    List.of(RoleGrant.of(Role.TDKT_OFFICE, org.province))));
            accounts.createAccount(new AccountManagement.NewAccount(secretary, "Thư ký", TestOrganization.PASSWORD,
                    List.of(RoleGrant.of(Role.COUNCIL_SECRETARY, org.province))));
            accounts.createAccount(new AccountManagement.NewAccount(chairman, "Phạm Văn Chính",
                    TestOrganization.PASSWORD, List.of(new RoleGrant(Role.SIGNING_LEADER, org.province, "Chủ tịch",
                            "TM. ỦY BAN NHÂN DÂN"))));
            members.forEach(m -> accounts.createAccount(new AccountManagement.NewAccount(m, m,
                    TestOrganization.PASSWORD, List.of(RoleGrant.of(Role.COUNCIL_MEMBER, org.province)))));
        });

        Page officer = signIn(org.officerA);
        officer.navigate(url("/dossiers/new?unitCode=" + org.code("A")));
        officer.fill("#title", "Đề nghị tặng Bằng khen sơ kết phong trào Chuyển đổi số");
        officer.selectOption("#awardCode", "BANG_KHEN_TINH");
        officer.fill("#achievementYear", "2023");
        officer.fill("#campaignCode", "TN-CDS-2022-2025");
        officer.locator("#create-dossier").click();
        officer.waitForURL(java.util.regex.Pattern.compile(".*/dossiers/\\d+$"));
        String dossier = officer.url();
        addNominee(officer, "INDIVIDUAL", org.personA, "Chủ trì số hóa 100 % hồ sơ thủ tục hành chính");
        addNominee(officer, "COLLECTIVE", org.roomA, "Đạt 80 % hồ sơ trực tuyến năm 2023");
        for (String component : List.of("TO_TRINH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOP")) {
            attach(officer, component, component.toLowerCase() + ".pdf");
        }
        for (int i = 0; i < 2; i++) {
            var form = officer.locator("form[action*='/justification']").nth(i);
            form.locator("input[name=text]").fill("Thành tích nổi bật trong chuyển đổi số");
            form.locator("button").click();
            officer.waitForLoadState();
        }
        officer.locator("#submit-dossier").click();
        assertThat(officer.locator("#dossier-status").textContent()).isEqualTo("Đã gửi");
        shot(officer, "10-dossier-sent");

        Page clerk = signIn(office);
        assertThat(clerk.locator("#tasks").textContent()).contains("Kiểm tra, tiếp nhận hoặc trả lại hồ sơ",
                "Đề nghị tặng Bằng khen sơ kết phong trào Chuyển đổi số");
        shot(clerk, "10b-office-to-do");
        clerk.navigate(dossier);
        clerk.locator("input[name=reason]").fill("Bổ sung biên bản họp có chữ ký");
        clerk.locator("form[action$='/return'] button").click();
        assertThat(clerk.locator("#dossier-status").textContent()).isEqualTo("Bị trả lại để bổ sung");
        shot(clerk, "11-dossier-returned");

        officer.navigate(dossier);
        attach(officer, "BIEN_BAN_HOP", "bien-ban-co-chu-ky.pdf");
        officer.locator("#submit-dossier").click();
        assertThat(officer.locator("#dossier-status").textContent()).isEqualTo("Đã gửi");

        clerk.navigate(dossier);
        clerk.locator("#receive-dossier").click();
        assertThat(clerk.locator("#dossier-status").textContent()).isEqualTo("Đã tiếp nhận, đang thẩm định");
        for (int i = 0; i < 2; i++) {
            var form = clerk.locator("form[action*='/appraisal']").nth(i);
            form.locator("select[name=eligible]").selectOption("true");
            form.locator("input[name=note]").fill("Đủ điều kiện theo HDLN 1753");
            form.locator("button").click();
            clerk.waitForLoadState();
        }
        clerk.locator("form[action$='/appraised'] button").click();
        assertThat(clerk.locator("#dossier-status").textContent()).isEqualTo("Đã thẩm định");
        shot(clerk, "12-dossier-appraised");

        Page council = signIn(secretary);
        council.navigate(url("/council/new"));
        council.fill("#councilUnitCode", org.code("P"));
        council.fill("#title", "Phiên họp xét khen thưởng sơ kết phong trào Chuyển đổi số");
        council.fill("#heldOn", java.time.LocalDate.now().toString());
        council.selectOption("#kind", "AWARD");
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < members.size(); i++) {
            list.append(members.get(i)).append(" | Thành viên ").append(i + 1).append(" | ").append(org.code("P"))
                    .append(i == 0 ? " | chủ tịch\n" : "\n");
        }
        council.fill("#members", list.toString());
        council.locator("form[action$='/council'] button[type=submit]").click();
        council.waitForURL(java.util.regex.Pattern.compile(".*/council/\\d+$"));
        String session = council.url();
        council.locator("#items-from-dossiers").click();
        assertThat(council.locator("#agenda").textContent()).contains("Nguyễn Thị Hồng Nhung", "Phòng Quản lý vận tải");
        for (int i = 0; i < members.size(); i++) {
            var form = council.locator("form[action*='/attendance']").nth(i);
            form.locator("select[name=attendance]").selectOption("PRESENT");
            form.locator("button").click();
            council.waitForLoadState();
        }
        council.locator("#start-voting").click();
        for (int i = 0; i < members.size(); i++) {
            Page member = signIn(members.get(i));
            member.navigate(session);
            member.locator("#ballot input[value=YES]").nth(0).check();
            member.locator("#ballot input[value=" + (i == 0 ? "YES" : "NO") + "]").nth(1).check();
            member.locator("#cast-ballot").click();
            assertThat(member.locator("#ballot-receipt").textContent()).matches("[0-9a-f]{32}");
            member.context().close();
        }
        council.navigate(session);
        council.locator("#close-session").click();
        assertThat(council.locator("#result-1").textContent()).contains("Đề nghị khen thưởng");
        assertThat(council.locator("#result-2").textContent()).contains("Không đạt ngưỡng");
        shot(council, "13-council-closed");

        Page leader = signIn(chairman);
        leader.navigate(url("/decisions/drafts"));
        leader.locator("a[href^='/decisions/drafts/']").first().click();
        leader.locator("#approve-draft").click();
        assertThat(leader.locator("#draft-status").textContent()).isEqualTo("Đã ký ban hành");
        shot(leader, "14-decision-signed");
        // the certificates open in the browser's PDF viewer; the test fetches the same link with the leader's session
        String link = leader.locator("#draft-certificates").getAttribute("href");
        Path certificate = SCREENSHOTS.resolve("tay-ninh-certificate.pdf");
        Files.write(certificate, leader.context().request().get(url(link)).body());
        String code;
        try (var document = Loader.loadPDF(Files.readAllBytes(certificate))) {
            assertThat(document.getNumberOfPages()).as("only the selected nominee").isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Nguyễn Thị Hồng Nhung");
            var matcher = java.util.regex.Pattern.compile("Mã xác thực: ([0-9A-Z]+)").matcher(text);
            assertThat(matcher.find()).as(text).isTrue();
            code = matcher.group(1);
        }

        String draftPage = leader.url();
        leader.navigate(url("/reports?unit=" + org.province));
        assertThat(leader.locator("#by-campaign").textContent()).as("the award came through Tây Ninh's movement")
                .contains("Chuyển đổi số trên địa bàn tỉnh Tây Ninh");
        shot(leader, "14b-statistics");
        leader.navigate(draftPage);
        leader.locator("#draft-decision-page").click();
        assertThat(leader.locator("#recipients").textContent()).contains("Nguyễn Thị Hồng Nhung");
        assertThat(leader.locator("#annul-form").isVisible()).as("the leader may record an annulment").isTrue();

        Page visitor = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN")).newPage();
        visitor.navigate(url("/verify/" + code));
        assertThat(visitor.locator("#verified").textContent()).contains("Nguyễn Thị Hồng Nhung", "Bằng khen");
        shot(visitor, "15-certificate-verified");
        visitor.navigate(url("/public/awards"));
        assertThat(visitor.content()).contains("Nguyễn Thị Hồng Nhung");
        shot(visitor, "16-honour-board");
        visitor.navigate(url("/public/campaigns/TN-CDS-2022-2025"));
        assertThat(visitor.locator("h1").textContent()).contains("Chuyển đổi số");
        assertThat(visitor.locator(".honour-board").first().textContent()).contains("Nguyễn Thị Hồng Nhung");
        shot(visitor, "17-campaign-honour-board");
    }

    private void addNominee(Page page, String type, long subjectId, String achievement) {
        var form = page.locator("form[action$='/nominees']");
        form.locator("select[name=type]").selectOption(type);
        form.locator("input[name=subjectId]").fill(String.valueOf(subjectId));
        form.locator("input[name=achievement]").fill(achievement);
        form.locator("button[type=submit]").click();
        page.waitForLoadState();
    }

    private void attach(Page page, String component, String fileName) {
        var form = page.locator("form[action$='/attachments']");
        form.locator("select[name=component]").selectOption(component);
        form.locator("input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(fileName,
                "application/pdf", "%PDF-1.7\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        form.locator("button[type=submit]").click();
        page.waitForLoadState();
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
