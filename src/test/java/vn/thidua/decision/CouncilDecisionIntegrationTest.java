package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.Web.call;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
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
 * From a council's result to a signed decision with a list: the draft per award, the money per person and per
 * collective at today's base salary with its total, approval by the province's signing leader only, numbering, the
 * sổ vàng and one certificate per awardee.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilDecisionIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;

    TestOrganization org;
    String secretary;
    String leader;
    final List<String> members = new ArrayList<>();

    @BeforeAll
    void organisation() {
        org = new TestOrganization(context);
        String suffix = org.suffix.toLowerCase();
        secretary = "secretary." + suffix;
        leader = "leader." + suffix;
        for (int i = 1; i <= 3; i++) {
            members.add("member" + i + "." + suffix);
        }
        AccountManagement accounts = context.getBean(AccountManagement.class);
        SystemActor.run(() -> {
            accounts.createAccount(new AccountManagement.NewAccount(secretary, "Thư ký", TestOrganization.PASSWORD,
                    List.of(RoleGrant.of(Role.COUNCIL_SECRETARY, org.province))));
            accounts.createAccount(new AccountManagement.NewAccount(leader, "Phạm Văn Chính", TestOrganization.PASSWORD,
                    List.of(new RoleGrant(Role.SIGNING_LEADER, org.province, "Chủ tịch", "TM. ỦY BAN NHÂN DÂN"))));
            members.forEach(m -> accounts.createAccount(new AccountManagement.NewAccount(m, m,
                    TestOrganization.PASSWORD, List.of(RoleGrant.of(Role.COUNCIL_MEMBER, org.province)))));
        });
    }

    @Test
    void aClosedSessionBecomesASignedDecisionWithItsList() throws Exception {
        long sessionId = closedSession();
        JsonNode draft = null;
        for (JsonNode candidate : call(mvc, json, as(leader, get("/api/v1/decision-drafts")), 200)) {
            if (candidate.get("councilSessionId").asLong() == sessionId) {
                draft = candidate;
            }
        }
        assertThat(draft).isNotNull();
        assertThat(draft.get("issuerUnitId").asLong()).isEqualTo(org.province);
        assertThat(draft.get("lines").findValuesAsString("name")).containsExactly("Nguyễn Thị Hồng Nhung",
                "Phòng Nghiệp vụ Y");
        assertThat(draft.get("lines").get(0).get("amount").asLong()).as("1.5 × 2,340,000").isEqualTo(3_510_000);
        assertThat(draft.get("lines").get(1).get("amount").asLong()).as("3.0 × 2,340,000").isEqualTo(7_020_000);
        assertThat(draft.get("totalAmount").asLong()).isEqualTo(10_530_000);

        long draftId = draft.get("id").asLong();
        String body = "{\"version\":" + draft.get("version") + "}";
        call(mvc, json, as(members.get(0), post("/api/v1/decision-drafts/" + draftId + "/approve")).content(body), 403);
        JsonNode decision = call(mvc, json, as(leader, post("/api/v1/decision-drafts/" + draftId + "/approve"))
                .content(body), 200);
        assertThat(decision.get("numberSymbol").asString()).matches("\\d{2,}/QĐ-UBND");
        assertThat(decision.get("recipients").size()).isEqualTo(2);
        call(mvc, json, as(leader, post("/api/v1/decision-drafts/" + draftId + "/approve")).content(body), 422);

        long decisionId = decision.get("id").asLong();
        byte[] pdf = mvc.perform(as(leader, get("/api/v1/decisions/" + decisionId + "/pdf")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/decision-with-list.pdf"), pdf);
        String text = pdfText(pdf);
        assertThat(text).contains("QUYẾT ĐỊNH", "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "Theo đề nghị của Hội đồng Thi đua – Khen thưởng tại Biên bản họp ngày",
                "cho 1 cá nhân và 1 tập thể có tên trong danh sách kèm theo", "tổng số tiền thưởng là 10.530.000 đồng",
                "DANH SÁCH KHEN THƯỞNG", "Nguyễn Thị Hồng Nhung", "Phòng Nghiệp vụ Y", "Tổng cộng",
                "TM. ỦY BAN NHÂN DÂN", "Phạm Văn Chính");
        JsonNode awards = call(mvc, json, as(leader, get("/api/v1/people/" + org.personA + "/awards")), 200);
        assertThat(awards.findValuesAsString("decisionNumber")).contains(decision.get("numberSymbol").asString());
        try (PDDocument certificates = Loader.loadPDF(mvc.perform(as(leader, get("/api/v1/decisions/" + decisionId
                + "/certificates.pdf"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())) {
            assertThat(certificates.getNumberOfPages()).as("one per person and per collective").isEqualTo(2);
        }

        // statistics: form 0603 counts the provincial Bằng khen by subject; rows ThiĐua cannot split stay empty
        vn.thidua.report.Reports reports = context.getBean(vn.thidua.report.Reports.class);
        int year = java.time.LocalDate.now().getYear();
        vn.thidua.report.StatisticsForm form = vn.thidua.identity.SystemActor.call(() -> reports.form0603(org.province,
                year));
        assertThat(form.lines().get(0).values()).as("total: 2 Bằng khen").containsExactly(2L, 2L, 0L, 0L, null);
        assertThat(line(form, "02").values().get(0)).as("one collective").isEqualTo(1L);
        assertThat(line(form, "05").values().get(0)).as("one person").isEqualTo(1L);
        assertThat(line(form, "06").values()).containsOnlyNulls();
        assertThat(vn.thidua.identity.SystemActor.call(() -> reports.byLevel(org.province, year)))
                .extracting(vn.thidua.report.Reports.LevelCount::level, vn.thidua.report.Reports.LevelCount::recipients)
                .containsExactly(tuple(vn.thidua.organization.UnitLevel.PROVINCE, 2L));
        assertThat(vn.thidua.identity.SystemActor.call(() -> reports.byCampaign(org.province, year)))
                .as("nominees added by hand come from no campaign")
                .extracting(vn.thidua.report.Reports.CampaignCount::campaignCode,
                        vn.thidua.report.Reports.CampaignCount::recipients)
                .containsExactly(tuple(null, 2L));
        assertThat(mvc.perform(get("/reports/forms/0603").session(vn.thidua.support.Web.signIn(mvc, leader))
                .param("unit", String.valueOf(org.province))
                .param("year", String.valueOf(year))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ");
        mvc.perform(get("/reports/forms/0603").session(vn.thidua.support.Web.signIn(mvc, members.get(0)))
                .param("unit", String.valueOf(org.province))
                .param("year", String.valueOf(year))).andExpect(status().isForbidden());

        // đính chính: the name on the certificates changes, the signed decision stays, the correction is kept beside it
        long version = call(mvc, json, as(leader, get("/api/v1/decisions/" + decisionId)), 200).get("version").asLong();
        call(mvc, json, as(members.get(0), post("/api/v1/decisions/" + decisionId + "/corrections")).content(
                "{\"version\":" + version + ",\"position\":1,\"correctedName\":\"Nguyễn Thị Hồng Nhung\","
                        + "\"reference\":\"05/QĐ-UBND\",\"reason\":\"Sai tên\"}"), 403);
        call(mvc, json, as(leader, post("/api/v1/decisions/" + decisionId + "/corrections")).content(
                "{\"version\":" + version + ",\"position\":3,\"correctedName\":\"X\",\"reference\":\"05/QĐ-UBND\","
                        + "\"reason\":\"Sai tên\"}"), 422);
        JsonNode amendments = call(mvc, json, as(leader, post("/api/v1/decisions/" + decisionId + "/corrections")).content(
                "{\"version\":" + version + ",\"position\":1,\"correctedName\":\"Nguyễn Thị Hồng Nhung (đính chính)\","
                        + "\"reference\":\"05/QĐ-UBND\",\"reason\":\"Ghi sai tên trong danh sách\"}"), 200);
        assertThat(amendments.get(0).get("kind").asString()).isEqualTo("CORRECTION");
        assertThat(amendments.get(0).get("oldValue").asString()).isEqualTo("Nguyễn Thị Hồng Nhung");
        try (PDDocument certificates = Loader.loadPDF(mvc.perform(as(leader, get("/api/v1/decisions/" + decisionId
                + "/certificates.pdf"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(certificates)).contains("(đính chính)");
        }
        assertThat(pdfText(mvc.perform(as(leader, get("/api/v1/decisions/" + decisionId + "/pdf"))).andReturn()
                .getResponse().getContentAsByteArray())).as("the signed text is not rewritten")
                .doesNotContain("(đính chính)");

        // hủy bỏ: kept and marked everywhere, never deleted; a second annulment is refused
        version = call(mvc, json, as(leader, get("/api/v1/decisions/" + decisionId)), 200).get("version").asLong();
        call(mvc, json, as(leader, post("/api/v1/decisions/" + decisionId + "/annulment")).content(
                "{\"version\":" + version + ",\"reference\":\"09/QĐ-UBND\",\"reason\":\" \"}"), 422);
        call(mvc, json, as(leader, post("/api/v1/decisions/" + decisionId + "/annulment")).content(
                "{\"version\":" + version + ",\"reference\":\"09/QĐ-UBND\",\"reason\":\"Khen sai đối tượng\"}"), 200);
        JsonNode annulled = call(mvc, json, as(leader, get("/api/v1/decisions/" + decisionId)), 200);
        assertThat(annulled.get("annulled").asBoolean()).isTrue();
        call(mvc, json, as(leader, post("/api/v1/decisions/" + decisionId + "/annulment")).content(
                "{\"version\":" + annulled.get("version") + ",\"reference\":\"10/QĐ-UBND\",\"reason\":\"Lần nữa\"}"), 422);
        JsonNode history = call(mvc, json, as(leader, get("/api/v1/people/" + org.personA + "/awards")), 200);
        for (JsonNode award : history) {
            if (award.get("decisionNumber").asString().equals(decision.get("numberSymbol").asString())) {
                assertThat(award.get("annulled").asBoolean()).isTrue();
            }
        }
        String code = new org.springframework.jdbc.core.JdbcTemplate(context.getBean(javax.sql.DataSource.class))
                .queryForObject("select code from reg_certificate where decision_id = ? order by golden_book_number "
                        + "fetch first 1 rows only", String.class, decisionId);
        String verify = mvc.perform(get("/verify/" + code)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(verify).contains("id=\"annulled\"");
        String board = mvc.perform(get("/public/awards")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(board).doesNotContain(decision.get("numberSymbol").asString());
        assertThat(vn.thidua.identity.SystemActor.call(() -> reports.form0603(org.province, year)).lines().get(0)
                .values().get(0)).as("an annulled decision no longer counts").isZero();
    }

    private static vn.thidua.report.StatisticsForm.Line line(vn.thidua.report.StatisticsForm form, String code) {
        return form.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    /** A session of three members that selects person A and room B for a provincial Bằng khen. */
    private long closedSession() throws Exception {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < members.size(); i++) {
            list.append(i == 0 ? "" : ",").append("{\"username\":\"").append(members.get(i))
                    .append("\",\"fullName\":\"Thành viên ").append(i + 1).append("\",\"unitId\":")
                    .append(org.province).append(",\"chair\":").append(i == 0).append('}');
        }
        JsonNode session = call(mvc, json, as(secretary, post("/api/v1/council/sessions")).content(
                "{\"councilUnitId\":" + org.province + ",\"title\":\"Xét Bằng khen\",\"heldOn\":\""
                        + java.time.LocalDate.now() + "\",\"kind\":\"AWARD\",\"members\":[" + list + "]}"), 201);
        long id = session.get("id").asLong();
        session = call(mvc, json, as(secretary, post("/api/v1/council/sessions/" + id + "/items")).content(
                "{\"version\":" + session.get("version") + ",\"nomineeKind\":\"PERSON\",\"nomineeId\":" + org.personA
                        + ",\"awardCode\":\"BANG_KHEN_TINH\"}"), 201);
        session = call(mvc, json, as(secretary, post("/api/v1/council/sessions/" + id + "/items")).content(
                "{\"version\":" + session.get("version") + ",\"nomineeKind\":\"UNIT\",\"nomineeId\":" + org.roomB
                        + ",\"awardCode\":\"BANG_KHEN_TINH\"}"), 201);
        for (JsonNode member : session.get("members")) {
            session = call(mvc, json, as(secretary, put("/api/v1/council/sessions/" + id + "/members/"
                    + member.get("id") + "/attendance")).content("{\"version\":" + session.get("version")
                            + ",\"attendance\":\"PRESENT\"}"), 200);
        }
        session = call(mvc, json, as(secretary, post("/api/v1/council/sessions/" + id + "/voting"))
                .content("{\"version\":" + session.get("version") + "}"), 200);
        StringBuilder votes = new StringBuilder();
        for (JsonNode item : session.get("items")) {
            votes.append(votes.length() == 0 ? "" : ",").append('"').append(item.get("id")).append("\":\"YES\"");
        }
        for (String member : members) {
            call(mvc, json, as(member, post("/api/v1/council/sessions/" + id + "/ballots"))
                    .content("{\"votes\":{" + votes + "}}"), 201);
        }
        session = call(mvc, json, as(secretary, get("/api/v1/council/sessions/" + id)), 200);
        call(mvc, json, as(secretary, post("/api/v1/council/sessions/" + id + "/close"))
                .content("{\"version\":" + session.get("version") + "}"), 200);
        return id;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }
}
