package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.Web.call;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
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
import vn.thidua.support.Web;

/**
 * Awards the catalogue lets the leader decide on the appraisal alone (seed 000: the chairman's Bằng khen, families):
 * the appraised dossier goes to a draft with no council session, the decision cites the units' tờ trình, pays the
 * household 1.5 times a person, and is issued once. Where the catalogue says nothing (Giấy khen) the council must
 * vote first.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionWithoutCouncilIntegrationTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"
            .getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;

    TestOrganization org;
    String office;
    String leader;

    @BeforeAll
    void organisation() {
        org = new TestOrganization(context);
        office = "office." + org.suffix.toLowerCase();
        leader = "leader." + org.suffix.toLowerCase();
        AccountManagement accounts = context.getBean(AccountManagement.class);
        SystemActor.run(() -> {
            accounts.createAccount(new AccountManagement.NewAccount(office, "Ban TĐKT", TestOrganization.PASSWORD,
                    List.of(RoleGrant.of(Role.TDKT_OFFICE, org.province))));
            accounts.createAccount(new AccountManagement.NewAccount(leader, "Phạm Văn Chính", TestOrganization.PASSWORD,
                    List.of(new RoleGrant(Role.SIGNING_LEADER, org.province, "Chủ tịch", "TM. ỦY BAN NHÂN DÂN"))));
        });
    }

    @Test
    void theChairmansBankhenForAPersonAndAFamilyIsDecidedOnTheAppraisal() throws Exception {
        long id = appraisedDossier(org.agencyA, "BANG_KHEN_TINH", true);
        String letter = call(mvc, json, as(office, get("/api/v1/dossiers/" + id)), 200).get("letterNumber")
                .asString();

        call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/propose-decision")).content(version(id)),
                403);
        String stale = version(id);
        long draftId = call(mvc, json, as(office, post("/api/v1/dossiers/" + id + "/propose-decision"))
                .content(stale), 200).get("draftId").asLong();
        call(mvc, json, as(office, post("/api/v1/dossiers/" + id + "/propose-decision")).content(version(id)), 422);
        call(mvc, json, as(office, post("/api/v1/dossiers/" + id + "/propose-decision")).content(stale), 422);
        assertThat(call(mvc, json, as(office, get("/api/v1/dossiers/" + id)), 200).get("status").asString())
                .isEqualTo("LISTED");

        var leaderSession = Web.signIn(mvc, leader);
        assertThat(page(get("/decisions/drafts/" + draftId).session(leaderSession)))
                .contains("Thẩm định, không qua Hội đồng", "Hộ ông Lê Văn An", "id=\"approve-draft\"")
                .doesNotContain("Số phiếu đồng ý");
        assertThat(page(get("/decisions/drafts").session(leaderSession))).contains("Thẩm định, không qua Hội đồng");
        JsonNode draft = call(mvc, json, as(leader, get("/api/v1/decision-drafts/" + draftId)), 200);
        assertThat(draft.get("councilSessionId").isNull()).isTrue();
        assertThat(draft.get("appraisingUnit").asString()).startsWith("Tỉnh Thử");
        assertThat(draft.get("issuerUnitId").asLong()).isEqualTo(org.province);
        assertThat(draft.get("lines").findValuesAsString("name")).containsExactly("Nguyễn Thị Hồng Nhung",
                "Hộ ông Lê Văn An");
        assertThat(draft.get("lines").get(0).get("amount").asLong()).as("1.5 × 2,340,000").isEqualTo(3_510_000);
        assertThat(draft.get("lines").get(1).get("amount").asLong()).as("2.25 × 2,340,000").isEqualTo(5_265_000);
        assertThat(draft.get("totalAmount").asLong()).isEqualTo(8_775_000);

        JsonNode decision = call(mvc, json, as(leader, post("/api/v1/decision-drafts/" + draftId + "/approve"))
                .content("{\"version\":" + draft.get("version") + "}"), 200);
        assertThat(decision.get("recipients").size()).isEqualTo(2);
        String text = pdfText(mvc.perform(as(leader, get("/api/v1/decisions/" + decision.get("id") + "/pdf")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains("Theo đề nghị của các cơ quan, đơn vị tại các Tờ trình số " + letter,
                "cho 1 cá nhân, 0 tập thể và 1 hộ gia đình có tên trong danh sách kèm theo",
                "Mỗi cá nhân được thưởng 3.510.000 đồng (1,5 lần mức lương cơ sở)",
                "mỗi hộ gia đình được thưởng 5.265.000 đồng (2,25 lần mức lương cơ sở)",
                "tổng số tiền thưởng là 8.775.000 đồng", "Hộ ông Lê Văn An")
                .doesNotContain("Hội đồng Thi đua");
        // passed down at once: the proposing unit reads the decision on its dossier and is told (SEND_DOWN)
        JsonNode decided = call(mvc, json, as(org.officerA, get("/api/v1/dossiers/" + id)), 200).get("decisions");
        assertThat(decided.findValuesAsString("numberSymbol")).containsExactly(decision.get("numberSymbol")
                .asString());
        assertThat(call(mvc, json, as(org.officerA, get("/api/v1/notifications")), 200).findValuesAsString("link"))
                .contains("/dossiers/" + id);
        assertThat(page(get("/dossiers/" + id).session(Web.signIn(mvc, org.officerA))))
                .contains("id=\"dossier-decisions\"", decision.get("numberSymbol").asString(), letter);
        JsonNode awards = call(mvc, json, as(leader, get("/api/v1/people/" + org.personA + "/awards")), 200);
        assertThat(awards.findValuesAsString("decisionNumber")).contains(decision.get("numberSymbol").asString());
        try (PDDocument certificates = Loader.loadPDF(mvc.perform(as(leader, get("/api/v1/decisions/"
                + decision.get("id") + "/certificates.pdf"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray())) {
            assertThat(certificates.getNumberOfPages()).as("the person's and the family's").isEqualTo(2);
        }
    }

    @Test
    void aGiayKhenNeedsTheCouncilWhereTheCatalogueSaysNothing() throws Exception {
        long id = appraisedDossier(org.roomA, "GIAY_KHEN", true);
        JsonNode refused = call(mvc, json, as(office, post("/api/v1/dossiers/" + id + "/propose-decision"))
                .content(version(id)), 422);
        assertThat(refused.toString()).contains("Nguyễn Thị Hồng Nhung");
        assertThat(call(mvc, json, as(org.officerA, get("/api/v1/dossiers/" + id)), 200).get("status").asString())
                .as("nothing changed").isEqualTo("APPRAISED");
    }

    @Test
    void aFamilyProposedForThePrimeMinistersBangKhenGoesUpOnPaper() throws Exception {
        long id = appraisedDossier(org.agencyA, "BANG_KHEN_TTG", false);
        JsonNode refused = call(mvc, json, as(office, post("/api/v1/dossiers/" + id + "/propose-decision"))
                .content(version(id)), 422);
        assertThat(refused.toString()).contains("Thủ tướng");
        assertThat(call(mvc, json, as(office, get("/api/v1/dossiers/" + id)), 200).get("status").asString())
                .as("nothing changed").isEqualTo("APPRAISED");
    }

    /**
     * A dossier of a family, and of person A when asked, sent online by agency A's officer and found eligible by the
     * province's office, which may receive at every level of the province.
     */
    private long appraisedDossier(long proposingUnit, String award, boolean withPerson) throws Exception {
        String receiver = office;
        JsonNode dossier = call(mvc, json, as(org.officerA, post("/api/v1/dossiers")).content("{\"creationKey\":\""
                + UUID.randomUUID() + "\",\"proposingUnitId\":" + proposingUnit + ",\"awardCode\":\"" + award
                + "\",\"achievementYear\":" + LocalDate.now().getYear() + ",\"title\":\"Đề nghị khen thưởng\"}"), 201);
        long id = dossier.get("id").asLong();
        if (withPerson) {
            call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/nominees")).content("{\"version\":"
                    + dossier.get("version") + ",\"type\":\"INDIVIDUAL\",\"subjectId\":" + org.personA
                    + ",\"achievement\":\"Hoàn thành xuất sắc nhiệm vụ\"}"), 201);
        }
        call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/nominees")).content(version(id)
                .replace("}", ",\"type\":\"HOUSEHOLD\",\"householdName\":\"Hộ ông Lê Văn An\","
                        + "\"achievement\":\"Hiến đất làm đường giao thông\"}")), 201);
        for (String component : List.of("TO_TRINH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOP")) {
            call(mvc, json, multipart("/api/v1/dossiers/" + id + "/attachments")
                    .file(new MockMultipartFile("file", component + ".pdf", "application/pdf", PDF))
                    .param("component", component).with(httpBasic(org.officerA, TestOrganization.PASSWORD)), 201);
        }
        for (JsonNode nominee : call(mvc, json, as(org.officerA, get("/api/v1/dossiers/" + id)), 200)
                .get("nominees")) {
            call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/nominees/" + nominee.get("id")
                    + "/justification")).content(version(id).replace("}", ",\"text\":\"Thành tích nổi bật\"}")), 200);
        }
        call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/submit")).content(version(id)), 200);
        call(mvc, json, as(receiver, post("/api/v1/dossiers/" + id + "/receive")).content(version(id)), 200);
        for (JsonNode nominee : call(mvc, json, as(receiver, get("/api/v1/dossiers/" + id)), 200).get("nominees")) {
            call(mvc, json, as(receiver, post("/api/v1/dossiers/" + id + "/nominees/" + nominee.get("id")
                    + "/appraisal")).content(version(id).replace("}", ",\"eligible\":true}")), 200);
        }
        call(mvc, json, as(receiver, post("/api/v1/dossiers/" + id + "/appraised")).content(version(id)), 200);
        return id;
    }

    private String version(long id) throws Exception {
        return "{\"version\":" + call(mvc, json, as(office, get("/api/v1/dossiers/" + id)), 200).get("version") + "}";
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
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
