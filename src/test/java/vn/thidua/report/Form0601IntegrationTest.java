package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.Web.signIn;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.Role;
import vn.thidua.identity.RoleGrant;
import vn.thidua.identity.SystemActor;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestOrganization;

/** Form 0601 counts the seed movements running in a year by launching level, duration and method. */
@IntegrationTest
class Form0601IntegrationTest {

    @Autowired
    Reports reports;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void theMovementsOf2023AreCountedByLevelAndDuration() throws Exception {
        TestOrganization org = new TestOrganization(context);
        StatisticsForm form = SystemActor.call(() -> reports.form0601(org.province, 2023));
        // Lạng Sơn Sở Nội vụ's 100 days (agency, under a year); Tây Ninh and Tuyên Quang 2022–2025 (province, 4 years);
        // Lạng Sơn Sở GTVT starts in 2024; Lâm Đồng's routing instruction launches no movement
        assertThat(line(form, "01")).containsExactly(3L, null, 2L, 1L);
        assertThat(line(form, "06")).containsExactly(1L, null, 0L, 1L);
        assertThat(line(form, "09")).containsExactly(2L, null, 2L, 0L);
        assertThat(line(form, "11")).containsExactly(3L, null, 2L, 1L);
        assertThat(line(form, "12")).containsOnlyNulls();
        assertThat(line(SystemActor.call(() -> reports.form0601(org.province, 2024)), "01").get(0)).as("2024: GTVT joins")
                .isEqualTo(3L);

        String viewer = "viewer.r." + org.suffix.toLowerCase();
        SystemActor.run(() -> context.getBean(AccountManagement.class).createAccount(new AccountManagement.NewAccount(
                viewer, "Người xem", TestOrganization.PASSWORD, List.of(RoleGrant.of(Role.VIEWER, org.province)))));
        var session = signIn(mvc, viewer);
        mvc.perform(get("/reports").param("unit", String.valueOf(org.province)).param("year", "2023").session(session))
                .andExpect(status().isOk());
        byte[] xlsx = mvc.perform(get("/reports/forms/0601.xlsx").param("unit", String.valueOf(org.province))
                .param("year", "2023").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    private static List<Long> line(StatisticsForm form, String code) {
        return form.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow().values();
    }
}
