package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.Web.call;
import static vn.thidua.support.Web.signIn;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.achievement.TaskRating;
import vn.thidua.audit.AuditTrail;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestOrganization;

/** The REST API and pages of eligibility, catalogue and achievements: scope, refusals with positions, audit. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EligibilityApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;
    @Autowired
    AuditTrail audit;

    EligibilityFixture fx;

    @BeforeAll
    void organisation() {
        fx = new EligibilityFixture(context);
    }

    private List<vn.thidua.audit.AuditRecord> entries(String type, String id) {
        return vn.thidua.identity.SystemActor.call(() -> audit.browse(type, id,
                org.springframework.data.domain.Pageable.ofSize(20)).getContent());
    }

    @Test
    void invalidCriterionIsRefusedWithItsPositionAndNothingChanges() throws Exception {
        JsonNode rules = call(mvc, json, get("/api/v1/eligibility/rules/BANG_KHEN_TTG")
                .with(httpBasic(fx.office, TestOrganization.PASSWORD)), 200);
        JsonNode criterion = rules.get(0).get("criteria").get(0);
        long id = criterion.get("id").asLong();
        String body = "{\"version\":" + criterion.get("version").asLong() + ",\"name\":\"x\",\"route\":\"\","
                + "\"expression\":\"awards.BANG_KHEN_TINH >= \\n 'một'\",\"legalBasis\":\"y\",\"reason\":\"thử\"}";
        JsonNode refused = call(mvc, json, put("/api/v1/eligibility/criteria/" + id)
                .with(httpBasic(fx.office, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body), 422);
        assertThat(refused.get("detail").asString()).contains("1").containsAnyOf("dòng 1, cột 23", "line 1, column 23");
        JsonNode again = call(mvc, json, get("/api/v1/eligibility/rules/BANG_KHEN_TTG")
                .with(httpBasic(fx.office, TestOrganization.PASSWORD)), 200);
        assertThat(again.get(0).get("criteria").get(0).get("expression").asString())
                .isEqualTo(criterion.get("expression").asString());

        JsonNode problems = call(mvc, json, post("/api/v1/eligibility/check-expression")
                .with(httpBasic(fx.org.officerA, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"expression\":\"consecutive.HTXSNV >= 2 &&\\n  initiatives >>= 2\"}"), 200);
        assertThat(problems.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(problems.get(0).get("column").asInt()).isPositive();
    }

    @Test
    void theRulesPageRefusesAnInvalidCriterionWithItsPosition() throws Exception {
        MockHttpSession session = signIn(mvc, fx.office);
        String page = mvc.perform(get("/eligibility/rules/CSTD_TINH").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("CSTDT.I.ND98").contains("CSTDT.I.ND152").contains("consecutive.CSTD_CO_SO &gt;= 3");
        JsonNode rules = call(mvc, json, get("/api/v1/eligibility/rules/CSTD_TINH")
                .with(httpBasic(fx.office, TestOrganization.PASSWORD)), 200);
        JsonNode criterion = rules.get(0).get("criteria").get(0);
        mvc.perform(post("/eligibility/criteria/" + criterion.get("id").asLong()).session(session)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("award", "CSTD_TINH").param("version", criterion.get("version").asString())
                .param("name", "x").param("route", "").param("expression", "consecutive.CSTD_CO_SO >= ")
                .param("legalBasis", "y").param("reason", "thử"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("refusedKey", "error.eligibility.expression"));
        // the page the redirect leads to shows the refusal with its position (the flash lives in the session)
        String shown = mvc.perform(get("/eligibility/rules/CSTD_TINH").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(shown).contains("alert-danger").contains("dòng 1, cột 27");
        JsonNode after = call(mvc, json, get("/api/v1/eligibility/rules/CSTD_TINH")
                .with(httpBasic(fx.office, TestOrganization.PASSWORD)), 200);
        assertThat(after.get(0).get("criteria").get(0).get("version").asLong())
                .isEqualTo(criterion.get("version").asLong());
    }

    @Test
    void aCriterionIsSavedOnlyByTheProvincialOfficeAndAudited() throws Exception {
        JsonNode rules = call(mvc, json, get("/api/v1/eligibility/rules/HUAN_CHUONG_LD_3")
                .with(httpBasic(fx.office, TestOrganization.PASSWORD)), 200);
        JsonNode criterion = rules.get(rules.size() - 1).get("criteria").get(0);
        long id = criterion.get("id").asLong();
        String body = "{\"version\":" + criterion.get("version").asLong() + ",\"name\":"
                + json.writeValueAsString(criterion.get("name").asString()) + ",\"route\":\"\",\"expression\":"
                + json.writeValueAsString(criterion.get("expression").asString()) + ",\"legalBasis\":"
                + json.writeValueAsString(criterion.get("legalBasis").asString()) + ",\"reason\":\"đối chiếu lại\"}";
        mvc.perform(put("/api/v1/eligibility/criteria/" + id).with(httpBasic(fx.org.officerA, TestOrganization.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        JsonNode saved = call(mvc, json, put("/api/v1/eligibility/criteria/" + id)
                .with(httpBasic(fx.office, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body), 200);
        assertThat(saved.get("version").asLong()).isEqualTo(criterion.get("version").asLong() + 1);
        // the same version again is stale
        call(mvc, json, put("/api/v1/eligibility/criteria/" + id).with(httpBasic(fx.office, TestOrganization.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body), 422);
        assertThat(entries("Criterion", String.valueOf(id))).anySatisfy(
                entry -> assertThat(entry.reason()).isEqualTo("đối chiếu lại"));
    }

    @Test
    void verdictsRespectTheReadersScope() throws Exception {
        long id = fx.person(false);
        fx.rate(id, TaskRating.HTTNV, 2024);
        JsonNode verdict = call(mvc, json, get("/api/v1/eligibility/people/" + id)
                .param("award", "LAO_DONG_TIEN_TIEN").param("year", "2024").param("on", "2025-02-01")
                .with(httpBasic(fx.org.officerA, TestOrganization.PASSWORD)), 200);
        assertThat(verdict.get("outcome").asString()).isEqualTo("PASS");
        assertThat(verdict.get("ruleSetCode").asString()).isEqualTo("LDTT.I.ND98");
        mvc.perform(get("/api/v1/eligibility/people/" + id).param("award", "LAO_DONG_TIEN_TIEN").param("year", "2024")
                .with(httpBasic(fx.org.officerB, TestOrganization.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/people/" + id + "/ratings/2023").with(httpBasic(fx.org.officerB,
                TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"rating\":\"HTXSNV\",\"maternityLeave\":false,\"source\":\"bb\",\"reason\":\"r\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/eligibility/prescreen").param("award", "LAO_DONG_TIEN_TIEN")
                .param("subjectType", "INDIVIDUAL").param("unitId", String.valueOf(fx.org.agencyA))
                .param("year", "2024").with(httpBasic(fx.org.officerB, TestOrganization.PASSWORD)))
                .andExpect(status().isForbidden());
        // an award with no rule set for the date is refused, not guessed
        call(mvc, json, get("/api/v1/eligibility/people/" + id).param("award", "CSTD_TINH").param("year", "2020")
                .param("on", "2021-01-10").with(httpBasic(fx.org.officerA, TestOrganization.PASSWORD)), 422);
    }

    @Test
    void ratingsThroughTheApiAreValidatedAndAudited() throws Exception {
        long id = fx.person(true);
        call(mvc, json, put("/api/v1/people/" + id + "/ratings/2024").with(httpBasic(fx.org.officerA,
                TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"rating\":\"HTXSNV\",\"maternityLeave\":true,\"source\":\"biên bản\",\"reason\":\"bình xét\"}"),
                200);
        JsonNode records = call(mvc, json, get("/api/v1/people/" + id + "/achievements")
                .with(httpBasic(fx.org.officerA, TestOrganization.PASSWORD)), 200);
        assertThat(records.get("years").get(0).get("maternityLeave").asBoolean()).isTrue();
        JsonNode bad = call(mvc, json, post("/api/v1/people/" + id + "/disciplines").with(httpBasic(fx.org.officerA,
                TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"form\":\"CANH_CAO\",\"decidedOn\":\"2024-05-01\",\"effectiveFrom\":\"2024-05-01\","
                        + "\"effectiveTo\":\"2024-01-01\",\"decisionNumber\":\"1/QĐ\",\"reason\":\"r\"}"), 422);
        assertThat(bad.toString()).contains("effectiveTo");
        assertThat(entries("PersonYear", id + "/2024")).isNotEmpty();
    }

    @Test
    void theCataloguePagesAndApiShowEveryAwardWithSourcesAndOnlyUnverifiedValuesAreCorrected() throws Exception {
        JsonNode awards = call(mvc, json, get("/api/v1/catalog/awards")
                .with(httpBasic(fx.org.officerA, TestOrganization.PASSWORD)), 200);
        List<String> codes = new ArrayList<>();
        awards.forEach(a -> codes.add(a.get("code").asString()));
        assertThat(codes).contains("LAO_DONG_TIEN_TIEN", "CSTD_CO_SO", "CSTD_TINH", "TAP_THE_LDTT", "TAP_THE_LDXS",
                "CO_THI_DUA_TINH", "BANG_KHEN_TINH", "GIAY_KHEN", "BANG_KHEN_TTG", "HUAN_CHUONG_LD_3");
        JsonNode state = call(mvc, json, get("/api/v1/catalog/awards/BANG_KHEN_TTG")
                .with(httpBasic(fx.org.officerA, TestOrganization.PASSWORD)), 200);
        assertThat(state.get("award").get("grantorLevels")).isEmpty();
        JsonNode cstdTinh = call(mvc, json, get("/api/v1/catalog/awards/CSTD_TINH")
                .with(httpBasic(fx.org.officerA, TestOrganization.PASSWORD)), 200);
        JsonNode verified = null;
        JsonNode unverified = null;
        for (JsonNode fact : cstdTinh.get("facts")) {
            if (fact.get("attribute").asString().equals("BALLOT_THRESHOLD")) {
                if (fact.get("verified").asBoolean()) {
                    verified = fact;
                } else {
                    unverified = fact;
                }
            }
        }
        assertThat(verified.get("value").asString()).isEqualTo("0.90");
        assertThat(verified.get("legalSource").asString()).contains("98/2023");
        String same = "{\"version\":%d,\"value\":\"%s\",\"legalSource\":%s,\"verified\":false,\"reason\":\"đối chiếu\"}";
        call(mvc, json, put("/api/v1/catalog/facts/" + verified.get("id").asLong()).with(httpBasic(fx.office,
                TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(same.formatted(
                verified.get("version").asLong(), "0.9", json.writeValueAsString(verified.get("legalSource").asString()))),
                422);
        String correction = same.formatted(unverified.get("version").asLong(), unverified.get("value").asString(),
                json.writeValueAsString(unverified.get("legalSource").asString()));
        mvc.perform(put("/api/v1/catalog/facts/" + unverified.get("id").asLong()).with(httpBasic(fx.org.officerA,
                TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(correction))
                .andExpect(status().isForbidden());
        JsonNode corrected = call(mvc, json, put("/api/v1/catalog/facts/" + unverified.get("id").asLong())
                .with(httpBasic(fx.office, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(correction), 200);
        assertThat(corrected.get("version").asLong()).isEqualTo(unverified.get("version").asLong() + 1);
        assertThat(entries("AwardFact", unverified.get("id").asString())).isNotEmpty();
        String bad = same.formatted(corrected.get("version").asLong(), "1.5",
                json.writeValueAsString(unverified.get("legalSource").asString()));
        call(mvc, json, put("/api/v1/catalog/facts/" + unverified.get("id").asLong()).with(httpBasic(fx.office,
                TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(bad), 422);

        MockHttpSession session = signIn(mvc, fx.org.officerA);
        mvc.perform(get("/catalog").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Huân chương Lao động hạng Ba")));
        mvc.perform(get("/catalog/CSTD_TINH").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nghị định 98/2023/NĐ-CP Điều 30")));
    }

    @Test
    void pastAwardsAreImportedThroughTheApiOnlyForPeopleInScope() throws Exception {
        long id = fx.person(false);
        String csv = "so_cccd,ma_khen_thuong,nam,so_quyet_dinh,ngay_quyet_dinh,co_quan_ban_hanh\n"
                + fx.citizenId(id) + ",LAO_DONG_TIEN_TIEN,2021,7/QĐ-SGTVT,15/01/2022,Sở Giao thông vận tải\n";
        var file = new org.springframework.mock.web.MockMultipartFile("file", "khen-thuong.csv", "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonNode refused = call(mvc, json, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/awards/historical").file(file).param("reason", "sổ vàng")
                .with(httpBasic(fx.org.officerB, TestOrganization.PASSWORD)), 422);
        assertThat(refused.toString()).contains("so_cccd");
        JsonNode done = call(mvc, json, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/awards/historical").file(file).param("reason", "sổ vàng")
                .with(httpBasic(fx.org.officerA, TestOrganization.PASSWORD)), 200);
        assertThat(done.get("recorded").asInt()).isEqualTo(1);
        JsonNode history = call(mvc, json, get("/api/v1/people/" + id + "/awards")
                .with(httpBasic(fx.org.officerA, TestOrganization.PASSWORD)), 200);
        assertThat(history.get(0).get("year").asInt()).isEqualTo(2021);
        assertThat(history.get(0).get("kindCode").asString()).isEqualTo("CONG_TRANG");
    }

    @Test
    void theNomineePageShowsEachCriterionAndThePrescreenExportsExcel() throws Exception {
        long id = fx.person(false);
        fx.rate(id, TaskRating.HTTNV, 2018);
        MockHttpSession session = signIn(mvc, fx.org.officerA);
        String page = mvc.perform(get("/eligibility/people/" + id).param("award", "CSTD_CO_SO").param("year", "2018")
                .param("on", "2019-01-15").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("✗").contains("?").contains("CSTDCS.I.ND91").contains("initiatives &gt;= 1");
        mvc.perform(get("/eligibility/prescreen").param("award", "CSTD_CO_SO").param("subjectType", "INDIVIDUAL")
                .param("unitId", String.valueOf(fx.org.roomA)).param("year", "2018").param("on", "2019-01-15")
                .session(session)).andExpect(status().isOk());
        byte[] xlsx = mvc.perform(get("/api/v1/eligibility/prescreen.xlsx").param("award", "CSTD_CO_SO")
                .param("subjectType", "INDIVIDUAL").param("unitId", String.valueOf(fx.org.roomA)).param("year", "2018")
                .param("on", "2019-01-15").with(httpBasic(fx.org.officerA, TestOrganization.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                var rows = workbook.getFirstSheet().openStream()) {
            rows.forEach(row -> names.add(row.getCellText(1)));
        }
        assertThat(names).anyMatch(name -> name.contains(fx.org.suffix));
    }
}
