package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.Web.call;
import static vn.thidua.support.Web.signIn;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.Role;
import vn.thidua.identity.RoleGrant;
import vn.thidua.identity.SystemActor;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestOrganization;

/**
 * Notifications against an SMTP server in the test JVM: a council session invites its members in the application
 * and by e-mail (for those with an address), each reader sees and marks only their own.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class NotificationIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;

    @Test
    void membersOfANewSessionAreInvitedInTheApplicationAndByMail() throws Exception {
        TestOrganization org = new TestOrganization(context);
        String suffix = org.suffix.toLowerCase();
        String secretary = "secretary.n." + suffix;
        String withMail = "member.mail." + suffix;
        String withoutMail = "member.nomail." + suffix;
        AccountManagement accounts = context.getBean(AccountManagement.class);
        SystemActor.run(() -> {
            accounts.createAccount(new AccountManagement.NewAccount(secretary, "Thư ký", TestOrganization.PASSWORD,
                    List.of(RoleGrant.of(Role.COUNCIL_SECRETARY, org.province))));
            accounts.createAccount(new AccountManagement.NewAccount(withMail, "Trần Văn Thư", TestOrganization.PASSWORD,
                    List.of(RoleGrant.of(Role.COUNCIL_MEMBER, org.province)), "tran.van.thu@sonha.gov.vn"));
            accounts.createAccount(new AccountManagement.NewAccount(withoutMail, "Lê Thị Không",
                    TestOrganization.PASSWORD, List.of(RoleGrant.of(Role.COUNCIL_MEMBER, org.province))));
        });
        String members = "[{\"username\":\"" + withMail + "\",\"fullName\":\"Trần Văn Thư\",\"unitId\":" + org.province
                + ",\"chair\":true},{\"username\":\"" + withoutMail + "\",\"fullName\":\"Lê Thị Không\",\"unitId\":"
                + org.province + ",\"chair\":false}]";
        call(mvc, json, post("/api/v1/council/sessions").with(httpBasic(secretary, TestOrganization.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"councilUnitId\":" + org.province
                        + ",\"title\":\"Xét khen thưởng năm 2026\",\"heldOn\":\"" + LocalDate.of(2026, 12, 20)
                        + "\",\"kind\":\"AWARD\",\"members\":" + members + "}"), 201);

        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("tran.van.thu@sonha.gov.vn");
        assertThat(mails[0].getSubject()).contains("Mời họp Hội đồng", "Xét khen thưởng năm 2026", "20/12/2026");
        assertThat(GreenMailUtil.getBody(mails[0])).contains("/council/");

        for (String member : List.of(withMail, withoutMail)) {
            JsonNode mine = call(mvc, json, get("/api/v1/notifications")
                    .with(httpBasic(member, TestOrganization.PASSWORD)), 200);
            assertThat(mine).hasSize(1);
            assertThat(mine.get(0).get("read").asBoolean()).isFalse();
        }
        JsonNode mine = call(mvc, json, get("/api/v1/notifications").with(httpBasic(withMail, TestOrganization.PASSWORD)),
                200);
        long id = mine.get(0).get("id").asLong();
        mvc.perform(post("/api/v1/notifications/" + id + "/read").with(httpBasic(withoutMail, TestOrganization.PASSWORD)))
                .andExpect(status().isNotFound());
        var session = signIn(mvc, withMail);
        String page = mvc.perform(get("/notifications").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Mời họp Hội đồng Thi đua – Khen thưởng: «Xét khen thưởng năm 2026», ngày 20/12/2026",
                "id=\"unread-count\"");
        mvc.perform(post("/api/v1/notifications/" + id + "/read").with(httpBasic(withMail, TestOrganization.PASSWORD)))
                .andExpect(status().isNoContent());
        assertThat(call(mvc, json, get("/api/v1/notifications").with(httpBasic(withMail, TestOrganization.PASSWORD)),
                200).get(0).get("read").asBoolean()).isTrue();
    }
}
