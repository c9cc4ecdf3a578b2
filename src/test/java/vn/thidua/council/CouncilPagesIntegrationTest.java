package vn.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.Role;
import vn.thidua.identity.RoleGrant;
import vn.thidua.identity.SystemActor;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestOrganization;

/**
 * The council pages with real signed-in sessions: the secretary creates a session from the typed member list,
 * records attendance and the ballot, the members vote on the page and get a receipt, the count is published.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    TestOrganization org;
    String secretary;
    List<String> members;

    @BeforeAll
    void organisation() {
        org = new TestOrganization(context);
        String suffix = org.suffix.toLowerCase();
        secretary = "secretary." + suffix;
        members = List.of("chair." + suffix, "member2." + suffix, "member3." + suffix);
        AccountManagement accounts = context.getBean(AccountManagement.class);
        SystemActor.run(() -> {
            accounts.createAccount(new AccountManagement.NewAccount(secretary, "Thư ký", TestOrganization.PASSWORD,
                    List.of(RoleGrant.of(Role.COUNCIL_SECRETARY, org.province))));
            members.forEach(member -> accounts.createAccount(new AccountManagement.NewAccount(member, member,
                    TestOrganization.PASSWORD, List.of(RoleGrant.of(Role.COUNCIL_MEMBER, org.province)))));
        });
    }

    @Test
    void aSessionRunsThroughItsPages() throws Exception {
        MockHttpSession clerk = signIn(mvc, secretary);
        String memberList = "  \n" + members.get(0) + " | Nguyễn Văn Chủ | " + org.code("P") + " | chủ tịch\n"
                + members.get(1) + " | Trần Thị Hai | " + org.code("P") + "\n"
                + members.get(2) + " | Lê Văn Ba | " + org.code("B") + "\n";
        // a malformed line is refused with its number and nothing is created
        String refused = mvc.perform(post("/council").session(clerk).with(csrf()).param("councilUnitCode", org.code("P"))
                .param("title", "Phiên họp").param("heldOn", "2026-06-15").param("kind", "AWARD")
                .param("members", memberList + "chỉ có tài khoản\n")).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Dòng 5");

        String location = mvc.perform(post("/council").session(clerk).with(csrf())
                .param("councilUnitCode", org.code("P")).param("title", "Phiên họp xét Cờ thi đua năm 2026")
                .param("heldOn", "2026-06-15").param("kind", "AWARD").param("members", memberList))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String page = page(clerk, location);
        assertThat(page).contains("Phiên họp xét Cờ thi đua năm 2026", "Nguyễn Văn Chủ", "Chuẩn bị");

        mvc.perform(post(location + "/items").session(clerk).with(csrf()).param("version", version(page))
                .param("nomineeKind", "UNIT").param("nomineeId", String.valueOf(org.agencyA))
                .param("awardCode", "CO_THI_DUA_TINH")).andExpect(status().is3xxRedirection());
        for (String memberId : memberIds(page(clerk, location))) {
            mvc.perform(post(location + "/members/" + memberId + "/attendance").session(clerk).with(csrf())
                    .param("version", version(page(clerk, location))).param("attendance", "PRESENT"))
                    .andExpect(status().is3xxRedirection());
        }
        page = page(clerk, location);
        assertThat(page).contains("3/3 phiếu đồng ý");
        mvc.perform(post(location + "/voting").session(clerk).with(csrf()).param("version", version(page)))
                .andExpect(status().is3xxRedirection());

        String item = itemId(page(clerk, location));
        for (String member : members) {
            MockHttpSession voter = signIn(mvc, member);
            assertThat(page(voter, location)).contains("id=\"cast-ballot\"");
            MvcResult cast = mvc.perform(post(location + "/ballots").session(voter).with(csrf())
                    .param("vote-" + item, "YES")).andExpect(status().is3xxRedirection()).andReturn();
            assertThat((String) cast.getFlashMap().get("receipt")).matches("[0-9a-f]{32}");
            assertThat(page(voter, location)).doesNotContain("id=\"cast-ballot\"");
        }
        mvc.perform(post(location + "/close").session(clerk).with(csrf()).param("version", version(page(clerk, location))))
                .andExpect(status().is3xxRedirection());
        assertThat(page(clerk, location)).contains("Đồng ý 3, không đồng ý 0, để trống 0", "Đề nghị khen thưởng");
        assertThat(page(clerk, "/council/" + id + "/ballots")).contains("Mã băm biên nhận").doesNotContain("Trần Thị Hai");
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

    private static List<String> memberIds(String page) {
        return Pattern.compile("/members/(\\d+)/attendance").matcher(page).results().map(m -> m.group(1)).toList();
    }

    private static String itemId(String page) {
        Matcher matcher = Pattern.compile("name=\"vote-(\\d+)\"").matcher(page);
        if (matcher.find()) {
            return matcher.group(1);
        }
        Matcher shown = Pattern.compile("<small class=\"text-muted\">\\((\\d+)\\)</small>").matcher(page);
        assertThat(shown.find()).isTrue();
        return shown.group(1);
    }
}
