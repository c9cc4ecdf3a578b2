package vn.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.Web.signIn;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.Role;
import vn.thidua.identity.RoleGrant;
import vn.thidua.identity.SystemActor;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestOrganization;

/** The dossier pages with signed-in sessions: one form sent twice makes one dossier; sent, returned with a reason. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    TestOrganization org;
    String office;

    @BeforeAll
    void organisation() {
        org = new TestOrganization(context);
        office = "office." + org.suffix.toLowerCase();
        AccountManagement accounts = context.getBean(AccountManagement.class);
        SystemActor.run(() -> accounts.createAccount(new AccountManagement.NewAccount(office, "Ban TĐKT",
                TestOrganization.PASSWORD, List.of(RoleGrant.of(Role.TDKT_OFFICE, org.province)))));
    }

    @Test
    void anOfficerBuildsAndSendsADossierAndTheOfficeReturnsIt() throws Exception {
        MockHttpSession officer = signIn(mvc, org.officerA);
        String form = page(officer, "/dossiers/new?unitCode=" + org.code("A"));
        Matcher key = Pattern.compile("name=\"creationKey\" value=\"([^\"]+)\"").matcher(form);
        assertThat(key.find()).isTrue();
        String first = createFrom(officer, key.group(1));
        assertThat(createFrom(officer, key.group(1))).as("the form sent twice").isEqualTo(first);

        String page = page(officer, first);
        mvc.perform(post(first + "/nominees").session(officer).with(csrf()).param("version", version(page))
                .param("type", "INDIVIDUAL").param("subjectId", String.valueOf(org.personA))
                .param("achievement", "Hoàn thành xuất sắc nhiệm vụ")).andExpect(status().is3xxRedirection());
        byte[] pdf = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        for (String component : List.of("TO_TRINH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOP")) {
            mvc.perform(multipart(first + "/attachments").file(new MockMultipartFile("file", component + ".pdf",
                    "application/pdf", pdf)).param("component", component).session(officer).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        page = page(officer, first);
        assertThat(page).contains("Nguyễn Thị Hồng Nhung", "TO_TRINH.pdf").doesNotContain("text-danger");
        mvc.perform(post(first + "/nominees/" + nominee(page) + "/justification").session(officer).with(csrf())
                .param("version", version(page)).param("text", "Thành tích nổi bật"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(first + "/submit").session(officer).with(csrf()).param("version", version(page(officer, first))))
                .andExpect(status().is3xxRedirection());
        assertThat(page(officer, first)).contains("Nộp trực tuyến từ tài khoản đơn vị");

        MockHttpSession clerk = signIn(mvc, office);
        String home = page(clerk, "/");
        assertThat(home).contains("Kiểm tra, tiếp nhận hoặc trả lại hồ sơ").doesNotContain("Quá hạn");
        // ten days later (the sending moved back in time), the five working days to check it are over
        long dossierId = Long.parseLong(first.substring(first.lastIndexOf('/') + 1));
        new org.springframework.jdbc.core.JdbcTemplate(context.getBean(javax.sql.DataSource.class)).update(
                "update dos_transition set at = ? where dossier_id = ? and to_status = 'SUBMITTED'",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(10))), dossierId);
        assertThat(page(clerk, "/")).contains("Quá hạn");
        // the morning reminder tells the office once, however often it runs
        Object reminders = context.getBean("overdueReminders");
        ReflectionTestUtils.invokeMethod(reminders, "remind");
        ReflectionTestUtils.invokeMethod(reminders, "remind");
        String told = page(clerk, "/notifications");
        assertThat(told.split("Quá hạn kiểm tra hồ sơ", -1)).as("one reminder").hasSize(2);
        assertThat(page(clerk, "/dossiers")).contains("Đề nghị tặng Bằng khen");
        mvc.perform(post(first + "/return").session(clerk).with(csrf()).param("version", version(page(clerk, first)))
                .param("reason", "Bổ sung bản có chữ ký")).andExpect(status().is3xxRedirection());
        assertThat(page(officer, first)).contains("Bị trả lại để bổ sung", "Bổ sung bản có chữ ký");
        assertThat(page(officer, "/")).contains("Bổ sung hồ sơ bị trả lại");
        assertThat(page(officer, "/notifications")).as("the unit's officer is told")
                .contains("bị trả lại để bổ sung: Bổ sung bản có chữ ký");
        assertThat(page(clerk, "/notifications")).as("the office was told when it arrived")
                .contains("Có hồ sơ đề nghị khen thưởng mới gửi đến");
    }

    private String createFrom(MockHttpSession officer, String key) throws Exception {
        return mvc.perform(post("/dossiers").session(officer).with(csrf()).param("creationKey", key)
                .param("unitId", String.valueOf(org.agencyA)).param("awardCode", "BANG_KHEN_TINH")
                .param("achievementYear", String.valueOf(java.time.LocalDate.now().getYear()))
                .param("title", "Đề nghị tặng Bằng khen năm nay")).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
    }

    private String page(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String version(String page) {
        Matcher matcher = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String nominee(String page) {
        Matcher matcher = Pattern.compile("/nominees/(\\d+)/justification").matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
