package vn.thidua.identity;

import static vn.thidua.support.Web.call;
import static vn.thidua.support.Web.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.audit.AuditRecord;
import vn.thidua.audit.AuditTrail;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestOrganization;

/**
 * Account administration through the API and the pages: administrators act only inside their scope, every change
 * is audited with its reason, a disabled account cannot sign in, and repeated failures lock an account.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountAdministrationIntegrationTest {

    private static final String NEW_PASSWORD = "Mat-khau-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;
    @Autowired
    AuditTrail audit;

    TestOrganization org;
    String agencyAdmin;

    @BeforeAll
    void organisation() {
        org = new TestOrganization(context);
        agencyAdmin = "agency.admin." + org.suffix.toLowerCase();
        createAccount(agencyAdmin, RoleGrant.of(Role.ADMIN, org.agencyA));
    }

    @Test
    void anAdministratorCreatesRegrantsAndDisablesAnAccountWithReasons() throws Exception {
        String username = "new.officer." + org.suffix.toLowerCase();
        JsonNode created = call(mvc, json, post("/api/v1/accounts").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"displayName\":\"Đỗ Thị Lan\",\"password\":\""
                        + NEW_PASSWORD + "\",\"grants\":[{\"role\":\"UNIT_OFFICER\",\"unitId\":" + org.agencyA
                        + "}]}"), 201);
        long id = created.get("id").asLong();
        assertThat(created.toString()).doesNotContain(NEW_PASSWORD).doesNotContain("argon2");
        mvc.perform(get("/api/v1/people/" + org.personA).with(httpBasic(username, NEW_PASSWORD)))
                .andExpect(status().isOk());

        JsonNode regranted = call(mvc, json, put("/api/v1/accounts/" + id + "/grants").with(asAdmin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + created.get("version")
                        + ",\"reason\":\"chuyển sang Sở Y tế\",\"grants\":[{\"role\":\"UNIT_OFFICER\",\"unitId\":"
                        + org.agencyB + "}]}"), 200);
        assertThat(regranted.get("grants").get(0).get("unitId").asLong()).isEqualTo(org.agencyB);
        mvc.perform(get("/api/v1/people/" + org.personA).with(httpBasic(username, NEW_PASSWORD)))
                .andExpect(status().isForbidden());

        JsonNode disabled = call(mvc, json, post("/api/v1/accounts/" + id + "/enabled").with(asAdmin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + regranted.get("version") + ",\"enabled\":false,\"reason\":\"nghỉ hưu\"}"),
                200);
        assertThat(disabled.get("enabled").asBoolean()).isFalse();
        mvc.perform(get("/api/v1/people/" + org.personB).with(httpBasic(username, NEW_PASSWORD)))
                .andExpect(status().isUnauthorized());

        List<AuditRecord> entries = SystemActor.call(() -> audit.browse("Account", String.valueOf(id),
                PageRequest.of(0, 10))).getContent();
        assertThat(entries).extracting(AuditRecord::action)
                .contains("account.create", "account.grants", "account.disable");
        assertThat(entries).anyMatch(entry -> "nghỉ hưu".equals(entry.reason()));
        assertThat(entries.toString()).doesNotContain(NEW_PASSWORD).doesNotContain("argon2");
    }

    @Test
    void anAgencyAdministratorStaysInsideTheAgency() throws Exception {
        List<String> visible = call(mvc, json, get("/api/v1/accounts").with(httpBasic(agencyAdmin, TestOrganization.PASSWORD)),
                200).valueStream().map(account -> account.get("username").asString()).toList();
        assertThat(visible).contains(org.officerA, org.directorA).doesNotContain(org.officerB, org.admin);

        mvc.perform(get("/api/v1/accounts/" + accountId(org.admin))
                .with(httpBasic(agencyAdmin, TestOrganization.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts").with(httpBasic(agencyAdmin, TestOrganization.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"x." + org.suffix.toLowerCase()
                        + "\",\"displayName\":\"X\",\"password\":\"" + NEW_PASSWORD + "\",\"grants\":[{\"role\":"
                        + "\"ADMIN\",\"unitId\":" + org.province + "}]}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/accounts").with(httpBasic(org.officerA, TestOrganization.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void badRequestsNameTheirField() throws Exception {
        expectRefusal("{\"username\":\"Tên Có Dấu\",\"displayName\":\"X\",\"password\":\"" + NEW_PASSWORD
                + "\",\"grants\":[]}", "username");
        expectRefusal("{\"username\":\"short.pw." + org.suffix.toLowerCase()
                + "\",\"displayName\":\"X\",\"password\":\"123\",\"grants\":[]}", "password");
        expectRefusal("{\"username\":\"no.unit." + org.suffix.toLowerCase() + "\",\"displayName\":\"X\","
                + "\"password\":\"" + NEW_PASSWORD + "\",\"grants\":[{\"role\":\"VIEWER\",\"unitId\":-5}]}",
                "grants[0].unitId");
        mvc.perform(post("/api/v1/accounts/" + accountId(org.admin) + "/enabled").with(asAdmin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"enabled\":false,\"reason\":\"x\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("accountId"));
    }

    @Test
    void theAccountPagesWorkForAnAdministratorOnly() throws Exception {
        MockHttpSession admin = signIn(mvc, org.admin);
        String location = mvc.perform(post("/accounts").session(admin).with(csrf())
                .param("username", "page.viewer." + org.suffix.toLowerCase()).param("displayName", "Vũ Minh Hà")
                .param("password", NEW_PASSWORD).param("role", "VIEWER").param("unitCode", org.code("B")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).session(admin)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Vũ Minh Hà", "Người xem", org.code("B") + " – Sở Y tế");
        String list = mvc.perform(get("/accounts").session(admin)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("page.viewer." + org.suffix.toLowerCase(), "Tạo tài khoản");
        mvc.perform(post("/accounts").session(admin).with(csrf())
                .param("username", "bad.code." + org.suffix.toLowerCase()).param("displayName", "X")
                .param("password", NEW_PASSWORD).param("role", "VIEWER").param("unitCode", "KHONG.CO"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/accounts").session(signIn(mvc, org.officerA))).andExpect(status().isForbidden());
    }

    @Test
    void repeatedFailuresLockAnAccountUntilAnAdministratorEnablesIt() throws Exception {
        String username = "lock.me." + org.suffix.toLowerCase();
        long id = createAccount(username, RoleGrant.of(Role.VIEWER, org.agencyA));
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/units").with(httpBasic(username, "wrong-password")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/units").with(httpBasic(username, TestOrganization.PASSWORD)))
                .andExpect(status().isUnauthorized());
        JsonNode locked = call(mvc, json, get("/api/v1/accounts/" + id).with(asAdmin()), 200);
        assertThat(locked.get("locked").asBoolean()).isTrue();
        call(mvc, json, post("/api/v1/accounts/" + id + "/enabled").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + locked.get("version") + ",\"enabled\":true,\"reason\":\"đã xác minh\"}"),
                200);
        mvc.perform(get("/api/v1/units").with(httpBasic(username, TestOrganization.PASSWORD)))
                .andExpect(status().isOk());
    }

    private long createAccount(String username, RoleGrant grant) {
        return SystemActor.call(() -> context.getBean(AccountManagement.class).createAccount(
                new AccountManagement.NewAccount(username, "Tài khoản thử", TestOrganization.PASSWORD,
                        List.of(grant))));
    }

    private long accountId(String username) throws Exception {
        return call(mvc, json, get("/api/v1/accounts").with(asAdmin()), 200).valueStream()
                .filter(account -> account.get("username").asString().equals(username)).findFirst().orElseThrow()
                .get("id").asLong();
    }

    private void expectRefusal(String body, String field) throws Exception {
        mvc.perform(post("/api/v1/accounts").with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value(field));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor asAdmin() {
        return httpBasic(org.admin, TestOrganization.PASSWORD);
    }

}
