package vn.thidua.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.Web.call;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestOrganization;

/**
 * A decision's certificate: printed for those who may read the decision, carrying a code whose public page anyone
 * can open without signing in; an unknown code is said to be unknown.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;

    TestOrganization org;
    long decisionId;

    @BeforeAll
    void decision() throws Exception {
        org = new TestOrganization(context);
        JsonNode draft = call(mvc, json, as(org.officerA, post("/api/v1/proposals")).content("{\"personId\":"
                + org.personA + ",\"awardCode\":\"GIAY_KHEN\",\"summary\":\"hoàn thành xuất sắc nhiệm vụ năm 2026\"}"),
                201);
        long id = draft.get("id").asLong();
        JsonNode submitted = call(mvc, json, as(org.officerA, post("/api/v1/proposals/" + id + "/submit"))
                .content("{\"version\":" + draft.get("version") + "}"), 200);
        JsonNode decided = call(mvc, json, as(org.directorA, post("/api/v1/proposals/" + id + "/approve"))
                .content("{\"version\":" + submitted.get("version") + "}"), 200);
        decisionId = decided.get("decisionId").asLong();
    }

    @Test
    void theCertificateIsPrintedAndVerifiedByItsCode() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/decisions/" + decisionId + "/certificates.pdf")
                .with(httpBasic(org.directorA, TestOrganization.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("GIẤY KHEN", "Nguyễn Thị Hồng Nhung", "GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI",
                "Số sổ vàng: 1", "Đã có thành tích: hoàn thành xuất sắc nhiệm vụ năm 2026");
        Matcher code = Pattern.compile("Mã xác thực: ([0-9A-Z]{12})").matcher(text);
        assertThat(code.find()).isTrue();

        String page = mvc.perform(get("/verify/" + code.group(1).toLowerCase())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"verified\"", "Nguyễn Thị Hồng Nhung", "Giấy khen của Giám đốc Sở Giao thông vận tải");
        assertThat(page).as("no citizen id, no birth date").doesNotContain("0011850", "15/03/1985");

        String unknown = mvc.perform(get("/verify/ABCDEFGHJKMN")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknown).contains("id=\"not-verified\"").doesNotContain("id=\"verified\"");
        assertThat(mvc.perform(get("/verify/<script>")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("<script>");
    }

    @Test
    void theHonourBoardAndOpenDataNeedNoSignInAndShowOnlyNamesUnitsAndAwards() throws Exception {
        String year = String.valueOf(java.time.LocalDate.now().getYear());
        String board = mvc.perform(get("/public/awards").param("year", year)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(board).contains("Nguyễn Thị Hồng Nhung", "Giấy khen của Giám đốc Sở Giao thông vận tải");
        String csv = mvc.perform(get("/public/awards.csv").param("year", year)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFdecision_number,decision_date,issuer,award,golden_book_number,recipient,unit,"
                + "campaign")
                .contains("Nguyễn Thị Hồng Nhung");
        JsonNode awards = json.readTree(mvc.perform(get("/public/awards.json").param("year", year))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode mine = null;
        for (JsonNode award : awards) {
            if (award.get("recipientName").asString().equals("Nguyễn Thị Hồng Nhung")
                    && award.get("recipientUnit").asString().contains("Phòng Quản lý vận tải")) {
                mine = award;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.propertyNames()).containsExactlyInAnyOrder("decisionNumber", "decisionDate", "issuerName",
                "awardName", "goldenBookNumber", "recipientName", "recipientUnit", "campaignCode");
        assertThat(mine.get("campaignCode").isNull()).as("proposed outside any campaign").isTrue();
        mvc.perform(get("/public/awards").param("year", "1999")).andExpect(status().isUnprocessableContent());

        // a campaign's own board, public like the plan that launched it
        String campaign = mvc.perform(get("/public/campaigns/TN-CDS-2022-2025")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(campaign).contains("Chuyển đổi số").doesNotContain("Giấy khen của Giám đốc Sở Giao thông vận tải");
        mvc.perform(get("/public/campaigns/NO-SUCH-CAMPAIGN")).andExpect(status().isNotFound());
    }

    @Test
    void onlyReadersOfTheDecisionPrintItsCertificates() throws Exception {
        mvc.perform(get("/api/v1/decisions/" + decisionId + "/certificates.pdf")
                .with(httpBasic(org.officerB, TestOrganization.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/decisions/" + decisionId + "/certificates.pdf")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/decisions/" + decisionId + "/certificates.pdf").param("blank", "true")
                .param("right", "45").with(httpBasic(org.directorA, TestOrganization.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder as(String user,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }
}
