package vn.thidua.nomination;

import static vn.thidua.support.Web.call;
import static vn.thidua.support.Web.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.audit.AuditTrail;
import vn.thidua.identity.SystemActor;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestOrganization;

/**
 * One Giấy khen carried end to end through the API: a unit officer drafts and submits, the director approves, the
 * decision is numbered and rendered, the award lands in the registry; and nobody outside the unit can see it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalJourneyIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;
    @Autowired
    AuditTrail audit;

    TestOrganization org;

    @BeforeAll
    void organisation() {
        org = new TestOrganization(context);
    }

    @Test
    void aGiayKhenGoesFromProposalToSignedDecision() throws Exception {
        JsonNode draft = call(mvc, json, post("/api/v1/proposals").with(httpBasic(org.officerA, TestOrganization.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + org.personA + ",\"awardCode\":\"GIAY_KHEN\","
                        + "\"summary\":\"hoàn thành xuất sắc chiến dịch thanh toán trực tuyến năm 2026\"}"), 201);
        long id = draft.get("id").asLong();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("grantorUnitId").asLong()).isEqualTo(org.agencyA);

        JsonNode submitted = call(mvc, json, post("/api/v1/proposals/" + id + "/submit")
                .with(httpBasic(org.officerA, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + draft.get("version").asLong() + "}"), 200);
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");

        // the officer cannot approve their own proposal
        mvc.perform(post("/api/v1/proposals/" + id + "/approve").with(httpBasic(org.officerA, TestOrganization.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + submitted.get("version") + "}"))
                .andExpect(status().isForbidden());

        JsonNode decided = call(mvc, json, post("/api/v1/proposals/" + id + "/approve")
                .with(httpBasic(org.directorA, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + submitted.get("version").asLong() + "}"), 200);
        assertThat(decided.get("status").asString()).isEqualTo("DECIDED");
        String number = decided.get("decisionNumber").asString();
        assertThat(number).matches("\\d{2,}/QĐ-SGTVT");
        long decisionId = decided.get("decisionId").asLong();

        byte[] pdf = mvc.perform(get("/api/v1/decisions/" + decisionId + "/pdf")
                .with(httpBasic(org.officerA, TestOrganization.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String pdfText;
        try (var document = Loader.loadPDF(pdf)) {
            pdfText = new PDFTextStripper().getText(document);
        }
        byte[] docx = mvc.perform(get("/api/v1/decisions/" + decisionId + "/docx")
                .with(httpBasic(org.directorA, TestOrganization.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String docxText;
        try (var extractor = new XWPFWordExtractor(new XWPFDocument(new java.io.ByteArrayInputStream(docx)))) {
            docxText = extractor.getText();
        }
        for (String text : new String[] {pdfText, docxText}) {
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", number,
                    "Nguyễn Thị Hồng Nhung", "Giấy khen của Giám đốc Sở Giao thông vận tải",
                    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", "702.000");
        }

        call(mvc, json, get("/api/v1/people/" + org.personA + "/awards").with(httpBasic(org.officerA, TestOrganization.PASSWORD)),
                200);
        mvc.perform(get("/api/v1/people/" + org.personA + "/awards")
                .with(httpBasic(org.officerA, TestOrganization.PASSWORD)))
                .andExpect(jsonPath("$[0].decisionNumber").value(number))
                .andExpect(jsonPath("$[0].goldenBookNumber").value(1));

        // the transitions are logged, and the audit chain is intact
        assertThat(decided.get("transitions")).hasSize(4);
        assertThat(SystemActor.call(audit::verify).intact()).isTrue();
    }

    @Test
    void aCommuneChairmansGiayKhenNamesTheCommuneInRunningTextAndSkipsAMissingPosition() throws Exception {
        String commune = org.code("X1");
        String officer = "officer.x." + org.suffix.toLowerCase();
        String chairman = "chairman.x." + org.suffix.toLowerCase();
        long communeId = SystemActor.call(() -> {
            var management = context.getBean(vn.thidua.organization.OrganizationManagement.class);
            management.importUnits(("ma_dinh_danh,ten_don_vi,ten_viet_tat,cap,ma_don_vi_cap_tren,hieu_luc_tu,"
                    + "hieu_luc_den,dia_danh,chuc_danh_thu_truong\n" + commune + ",Xã Tân Lập,UBND,XA,"
                    + org.code("P") + ",01/07/2025,,Tân Lập,Chủ tịch Ủy ban nhân dân\n")
                    .getBytes(StandardCharsets.UTF_8), "test");
            management.importPeople(("ho_ten,gioi_tinh,ngay_sinh,so_cccd,chuc_vu,ma_don_vi\n"
                    + "Lò Văn Páo,Nam,09/09/1990,011090" + org.suffix.replaceAll("\\D", "0").substring(0, 6) + ",,"
                    + commune + "\n").getBytes(StandardCharsets.UTF_8), "test");
            long id = context.getBean(vn.thidua.organization.OrganizationDirectory.class).unitByCode(commune)
                    .orElseThrow().id();
            var accounts = context.getBean(vn.thidua.identity.AccountManagement.class);
            accounts.createAccount(new vn.thidua.identity.AccountManagement.NewAccount(officer, "Cán bộ xã",
                    TestOrganization.PASSWORD, java.util.List.of(vn.thidua.identity.RoleGrant.of(
                            vn.thidua.identity.Role.UNIT_OFFICER, id))));
            accounts.createAccount(new vn.thidua.identity.AccountManagement.NewAccount(chairman, "Hà Văn Sơn",
                    TestOrganization.PASSWORD, java.util.List.of(new vn.thidua.identity.RoleGrant(
                            vn.thidua.identity.Role.SIGNING_LEADER, id, "Chủ tịch", null))));
            return id;
        });
        JsonNode people = call(mvc, json, get("/api/v1/people").param("q", "lo van pao").with(httpBasic(officer,
                TestOrganization.PASSWORD)), 200);
        long person = people.get("content").get(0).get("id").asLong();
        JsonNode draft = call(mvc, json, post("/api/v1/proposals").with(httpBasic(officer, TestOrganization.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":" + person
                        + ",\"awardCode\":\"GIAY_KHEN\",\"summary\":\"vận động người dân làm dịch vụ công trực tuyến\"}"),
                201);
        assertThat(draft.get("grantorUnitId").asLong()).isEqualTo(communeId);
        long id = draft.get("id").asLong();
        JsonNode submitted = call(mvc, json, post("/api/v1/proposals/" + id + "/submit").with(httpBasic(officer,
                TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + draft.get("version") + "}"), 200);
        JsonNode decided = call(mvc, json, post("/api/v1/proposals/" + id + "/approve").with(httpBasic(chairman,
                TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + submitted.get("version") + "}"), 200);
        byte[] docx = mvc.perform(get("/api/v1/decisions/" + decided.get("decisionId").asLong() + "/docx")
                .with(httpBasic(chairman, TestOrganization.PASSWORD))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        String text;
        try (var extractor = new XWPFWordExtractor(new XWPFDocument(new java.io.ByteArrayInputStream(docx)))) {
            text = extractor.getText();
        }
        assertThat(text).contains("Giấy khen của Chủ tịch Ủy ban nhân dân xã Tân Lập",
                "cho Ông Lò Văn Páo, Xã Tân Lập, đã có thành tích").doesNotContain(", ,");
    }

    @Test
    void theFormOffersTheAwardsOfThePersonsOwnHeadFirstAndNothingForCollectivesOnly() throws Exception {
        MockHttpSession officer = signIn(mvc, org.officerA);
        String form = mvc.perform(get("/proposals/new").param("personId", String.valueOf(org.personA)).session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int giayKhen = form.indexOf("value=\"GIAY_KHEN\"");
        assertThat(giayKhen).isPositive().isLessThan(form.indexOf("value=\"BANG_KHEN_TINH\""));
        assertThat(form).doesNotContain("value=\"TAP_THE_LDTT\"", "value=\"BANG_KHEN_TTG\"");
    }

    @Test
    void anIllegalMoveIsRefusedWithAClearMessage() throws Exception {
        JsonNode draft = call(mvc, json, post("/api/v1/proposals").with(httpBasic(org.officerA, TestOrganization.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + org.personA + ",\"awardCode\":\"GIAY_KHEN\",\"summary\":\"x\"}"), 201);
        mvc.perform(post("/api/v1/proposals/" + draft.get("id") + "/approve")
                .with(httpBasic(org.directorA, TestOrganization.PASSWORD)).header("Accept-Language", "vi")
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + draft.get("version") + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("status"))
                .andExpect(jsonPath("$.detail").value("Không thể chuyển đề nghị từ trạng thái DRAFT sang APPROVED."));
    }

    @Test
    void aUnitOfficerCannotReadOrChangeAnotherUnitsPeopleOrProposals() throws Exception {
        mvc.perform(get("/api/v1/people/" + org.personA).with(httpBasic(org.officerB, TestOrganization.PASSWORD)))
                .andExpect(status().isForbidden());
        MockHttpSession officerB = signIn(mvc, org.officerB);
        mvc.perform(get("/people/" + org.personA).session(officerB)).andExpect(status().isForbidden());
        mvc.perform(get("/people/" + org.personB).session(officerB)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/proposals").with(httpBasic(org.officerB, TestOrganization.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + org.personA + ",\"awardCode\":\"GIAY_KHEN\",\"summary\":\"x\"}"))
                .andExpect(status().isForbidden());
        JsonNode draft = call(mvc, json, post("/api/v1/proposals").with(httpBasic(org.officerA, TestOrganization.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + org.personA + ",\"awardCode\":\"GIAY_KHEN\",\"summary\":\"y\"}"), 201);
        mvc.perform(get("/api/v1/proposals/" + draft.get("id")).with(httpBasic(org.officerB, TestOrganization.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/proposals/" + draft.get("id") + "/submit")
                .with(httpBasic(org.officerB, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + draft.get("version") + "}")).andExpect(status().isForbidden());
        mvc.perform(get("/proposals/" + draft.get("id")).session(officerB)).andExpect(status().isForbidden());
        mvc.perform(post("/proposals/" + draft.get("id") + "/submit").session(officerB).with(csrf())
                .param("version", draft.get("version").asString())).andExpect(status().isForbidden());
        mvc.perform(get("/proposals/" + draft.get("id")).session(signIn(mvc, org.officerA))).andExpect(status().isOk());
        String peopleOfB = mvc.perform(get("/api/v1/people").param("q", "nguyen thi hong nhung")
                .with(httpBasic(org.officerB, TestOrganization.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(peopleOfB).doesNotContain("Hồng Nhung");
    }

    @Test
    void anonymousUsersReachOnlyTheSignInPageAndPublicAssets() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        for (String path : new String[] {"/", "/units", "/people", "/proposals", "/audit", "/imports"}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
        for (String path : new String[] {"/api/v1/units", "/api/v1/people", "/api/v1/proposals", "/api/v1/audit",
                "/actuator/prometheus", "/v3/api-docs"}) {
            mvc.perform(get(path)).andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
        }
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/proposals").param("personId", String.valueOf(org.personA)).param("awardCode", "GIAY_KHEN")
                .param("summary", "forged").session(signIn(mvc, org.officerA)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBadImportRowRejectsTheWholeFileNamingRowAndColumn() throws Exception {
        String csv = "ho_ten,gioi_tinh,ngay_sinh,so_cccd,chuc_vu,ma_don_vi\n"
                + "Lê Thị Mai,Nữ,01/01/1990,001190123456,Chuyên viên," + org.code("RA") + "\n"
                + "Lê Văn Sai,Nam,31/02/1990,12345,Chuyên viên," + org.code("RA") + "\n";
        mvc.perform(multipart("/api/v1/imports/people")
                .file(new MockMultipartFile("file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic(org.admin, TestOrganization.PASSWORD)).header("Accept-Language", "vi"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("ngay_sinh"))
                .andExpect(jsonPath("$.errors[1].column").value("so_cccd"));
        String found = mvc.perform(get("/api/v1/people").param("q", "le thi mai")
                .with(httpBasic(org.admin, TestOrganization.PASSWORD))).andReturn().getResponse().getContentAsString();
        assertThat(found).doesNotContain("Lê Thị Mai");
    }

    @Test
    void aMalformedCitizenIdIsRefusedWithItsField() throws Exception {
        mvc.perform(post("/api/v1/people").with(httpBasic(org.admin, TestOrganization.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                .content("{\"fullName\":\"Phạm Văn Cường\",\"gender\":\"MALE\",\"birthDate\":\"1980-05-05\","
                        + "\"citizenId\":\"00108012345X\",\"position\":\"Chuyên viên\",\"unitId\":" + org.roomA + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("citizenId"))
                .andExpect(jsonPath("$.detail").value("A citizen id has exactly 12 digits."));
    }

    @Test
    void anOversizedUploadIsRefused() throws Exception {
        byte[] big = new byte[11 * 1024 * 1024];
        mvc.perform(multipart("/api/v1/imports/people").file(new MockMultipartFile("file", "big.csv", "text/csv", big))
                .with(httpBasic(org.admin, TestOrganization.PASSWORD)))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(413, 422));
    }

}
