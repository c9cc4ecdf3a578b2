package vn.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.Web.call;
import static vn.thidua.support.Web.signIn;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.Role;
import vn.thidua.identity.RoleGrant;
import vn.thidua.identity.SystemActor;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestOrganization;

/**
 * Campaigns through the API and the pages: the five seeds listed, a criterion with invalid CEL refused at save with
 * its position, quotas that parallel reservations never exceed, and the live usage fragment.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignApiIntegrationTest {

    private static final String TAY_NINH = "TN-CDS-2022-2025";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
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
    void theFiveSeedCampaignsAreListedAndShown() throws Exception {
        JsonNode campaigns = call(mvc, json, as(org.officerA, get("/api/v1/campaigns")), 200);
        assertThat(campaigns.findValuesAsString("code")).contains(TAY_NINH, "LS-SGTVT-TTTT-2024");
        assertThat(campaigns.size()).isGreaterThanOrEqualTo(5);
        MockHttpSession officer = signIn(mvc, org.officerA);
        String page = mvc.perform(get("/campaigns/" + TAY_NINH).session(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("1753", "Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt 80%",
                "indicator.DVCTT_CO_HS_TRUC_TUYEN &gt;= 80.0", "hx-get");
        String usage = mvc.perform(get("/campaigns/" + TAY_NINH + "/quotas").param("stage", "ANNUAL")
                .param("year", "2022").session(officer)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(usage).contains("id=\"quota-usage\"", "Không quá 15 tập thể và 30 cá nhân");
    }

    @Test
    void aCriterionWithInvalidCelIsRefusedWithItsPosition() throws Exception {
        JsonNode view = call(mvc, json, as(office, get("/api/v1/campaigns/" + TAY_NINH)), 200);
        String definition = mvc.perform(as(office, get("/api/v1/campaigns/" + TAY_NINH + "/definition")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String broken = definition.replace("\"indicator.DVCTT_CO_HS_TRUC_TUYEN >= 80.0\"",
                "\"indicator.DVCTT_CO_HS_TRUC_TUYEN >= \"");
        assertThat(broken).isNotEqualTo(definition);
        JsonNode problem = call(mvc, json, as(office, put("/api/v1/campaigns/" + TAY_NINH))
                .param("version", view.get("version").asString()).param("reason", "thử biểu thức sai")
                .content(broken), 422);
        assertThat(problem.toString()).contains("criteria[").contains(".rule").containsPattern("dòng 1, cột \\d+");
        JsonNode again = call(mvc, json, as(office, get("/api/v1/campaigns/" + TAY_NINH)), 200);
        assertThat(again.get("version").asLong()).as("nothing written").isEqualTo(view.get("version").asLong());
    }

    @Test
    void parallelReservationsNeverPassTheCap() throws Exception {
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> tries = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                long unit = i % 2 == 0 ? org.agencyA : org.agencyB;
                tries.add(() -> mvc.perform(as(office, post("/api/v1/campaigns/reservations")).content(
                        "{\"campaignCode\":\"" + TAY_NINH + "\",\"stageCode\":\"ANNUAL\",\"year\":2024,\"unitId\":"
                                + unit + ",\"subjectType\":\"COLLECTIVE\",\"awardCode\":\"BANG_KHEN_TINH\"}"))
                        .andReturn().getResponse().getStatus());
            }
            for (Future<Integer> status : pool.invokeAll(tries)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdown();
        }
        JsonNode usage = call(mvc, json, as(office, get("/api/v1/campaigns/" + TAY_NINH + "/quotas"))
                .param("stage", "ANNUAL").param("year", "2024"), 200);
        for (JsonNode quota : usage) {
            if (!quota.get("unlimited").asBoolean() && !quota.get("cap").isNull()) {
                assertThat(quota.get("used").asInt()).as(quota.get("quotaCode").asString())
                        .isLessThanOrEqualTo(quota.get("cap").asInt());
            }
        }
        long granted = statuses.stream().filter(s -> s == 201).count();
        assertThat(statuses).containsOnly(201, 422);
        assertThat(granted).as("the provincial-level cap of 7 collectives").isEqualTo(7);
    }

    @Test
    void anAgencyGetsTwoPlacesAtTheInterimReviewAndKeepsOneForItsRooms() throws Exception {
        List<Callable<JsonNode>> tries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long unit = i % 2 == 0 ? org.agencyB : org.roomB;
            tries.add(() -> json.readTree(mvc.perform(as(office, post("/api/v1/campaigns/reservations")).content(
                    "{\"campaignCode\":\"" + TAY_NINH + "\",\"stageCode\":\"SO_KET\",\"year\":2023,\"unitId\":"
                            + unit + ",\"subjectType\":\"COLLECTIVE\",\"awardCode\":\"BANG_KHEN_TINH\"}"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<JsonNode> granted = new ArrayList<>();
        try {
            for (Future<JsonNode> answer : pool.invokeAll(tries)) {
                if (answer.get().has("id")) {
                    granted.add(answer.get());
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(granted).hasSize(2);
        assertThat(granted.stream().filter(r -> r.get("unitId").asLong() == org.roomB).count())
                .as("at least one place goes to a subordinate unit").isGreaterThanOrEqualTo(1);
        JsonNode released = call(mvc, json, as(office, post("/api/v1/campaigns/reservations/"
                + granted.get(0).get("id") + "/release")).content("{\"reason\":\"rút hồ sơ\"}"), 200);
        assertThat(released.get("status").asString()).isNotEqualTo(granted.get(0).get("status").asString());
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }
}
