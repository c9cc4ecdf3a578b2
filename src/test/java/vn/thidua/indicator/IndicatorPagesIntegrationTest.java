package vn.thidua.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.Web.call;
import static vn.thidua.support.Web.signIn;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.Role;
import vn.thidua.identity.RoleGrant;
import vn.thidua.identity.SystemActor;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestOrganization;

/**
 * Rankings, the QĐ 766 leaderboard, the scorecard pages with their Excel exports, the upload page, the campaign
 * scorecard with traffic lights, and indicators declared with evidence, accepted or returned by the TĐKT office.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorPagesIntegrationTest {

    private static final String HEADER = "MaHoSo,MaTTHC,DonViXuLy,KenhThucHien,LoaiTaiKhoanNop,TrangThaiHoSo,"
            + "NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,DuocThanhToanTrucTuyen,CoPhiLePhi,DuocSoHoa\n";
    private static final byte[] PDF = "%PDF-1.4\n%minh chung\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;

    TestOrganization org;
    String office;
    String procedure;

    @BeforeAll
    void organisation() throws Exception {
        org = new TestOrganization(context);
        office = "office.p." + org.suffix.toLowerCase();
        SystemActor.run(() -> context.getBean(AccountManagement.class).createAccount(new AccountManagement.NewAccount(
                office, "Ban TĐKT", TestOrganization.PASSWORD, List.of(RoleGrant.of(Role.TDKT_OFFICE, org.province)))));
        procedure = "2.001." + org.suffix;
        mvc.perform(post("/api/v1/indicators/procedures").with(httpBasic(office, TestOrganization.PASSWORD))
                .contentType("text/csv").content(("ma_tthc,ten_tthc,linh_vuc,muc_do_truc_tuyen,co_phi,ket_qua_giay,"
                        + "thiet_yeu_de_an_06,so_ngay_giai_quyet\n" + procedure + ",Cấp phép,Giao thông,TOAN_TRINH,0,0,0,5\n")
                        .getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk());
        // 2024: Sở GTVT (through its room) 3 of 4 online, Sở Y tế 2 of 2; one of Sở GTVT's two fees paid online
        // (the procedure itself has no fee, so each dossier's own flag decides)
        String file = HEADER + line("G1", "RA", 2, "20240310080000", 1, 1, 1) + line("G2", "RA", 2, "20240411080000", 0, 1, 0)
                + line("G3", "A", 2, "20240512080000", 0, 0, 0) + line("G4", "A", 1, "20240613080000", 0, 0, 0)
                + line("Y1", "B", 2, "20240310080000", 0, 0, 1) + line("Y2", "RB", 2, "20240710080000", 0, 0, 1);
        JsonNode report = call(mvc, json, post("/api/v1/indicators/dossiers").param("format", "CSV")
                .with(httpBasic(office, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(file.getBytes(StandardCharsets.UTF_8)), 200);
        assertThat(report.get("accepted").asLong()).isEqualTo(6);
    }

    private String line(String id, String unit, int channel, String received, int paid, int fee, int digitised) {
        return String.join(",", id + org.suffix, procedure, org.code(unit), String.valueOf(channel), "CONG_DAN", "4",
                received, "", "", String.valueOf(paid), String.valueOf(fee), String.valueOf(digitised)) + "\n";
    }

    @Test
    void agenciesAreRankedByTheirSubtreeAndScoredUnderQd766() throws Exception {
        JsonNode ranking = call(mvc, json, get("/api/v1/indicators/HS_TRUC_TUYEN/ranking")
                .with(httpBasic(office, TestOrganization.PASSWORD)).param("unitId", String.valueOf(org.province))
                .param("level", "AGENCY").param("from", "2024-01-01").param("to", "2024-12-31"), 200);
        assertThat(ranking.get(0).get("unitId").asLong()).isEqualTo(org.agencyB);
        assertThat(ranking.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(ranking.get(1).get("unitId").asLong()).isEqualTo(org.agencyA);
        assertThat(ranking.get(1).get("value").get("value").decimalValue()).isEqualByComparingTo("75");

        JsonNode board = call(mvc, json, get("/api/v1/indicators/leaderboard")
                .with(httpBasic(office, TestOrganization.PASSWORD)).param("unitId", String.valueOf(org.province))
                .param("level", "AGENCY").param("year", "2024"), 200);
        // Sở Y tế: 100 % digitised → 22 points (capped); 100 % online under 766 (no paper result) → 12; no fee, no
        // completion → 0. Sở GTVT: 25 % digitised → 22 × 25 / 80 = 6.88; 75 % online → 12 × 75 / 80 = 11.25;
        // 1 of 2 fees paid online = 50 % → 10.
        assertThat(board.get(0).get("unitId").asLong()).isEqualTo(org.agencyB);
        assertThat(board.get(0).get("total").decimalValue()).isEqualByComparingTo("34");
        assertThat(board.get(1).get("total").decimalValue()).isEqualByComparingTo("28.13");
    }

    @Test
    void theScorecardRankingAndUploadPagesWorkAndExportExcel() throws Exception {
        MockHttpSession session = signIn(mvc, office);
        String page = mvc.perform(get("/indicators").param("unit", String.valueOf(org.province)).param("year", "2024")
                .session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Sở Giao thông vận tải", "Sở Y tế", "75,0 %", "100,0 %", "<polyline");
        String rankings = mvc.perform(get("/indicators/rankings").param("unit", String.valueOf(org.province))
                .param("year", "2024").param("code", "HS_TRUC_TUYEN").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(rankings.indexOf("Sở Y tế")).isLessThan(rankings.indexOf("Sở Giao thông vận tải"));
        for (String xlsx : List.of("/indicators/scorecard.xlsx", "/indicators/rankings.xlsx")) {
            byte[] content = mvc.perform(get(xlsx).param("unit", String.valueOf(org.province)).param("year", "2024")
                    .param("level", "AGENCY").param("code", "HS_TRUC_TUYEN").session(session))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(content, 0, 2, StandardCharsets.US_ASCII)).as(xlsx).isEqualTo("PK");
        }
        MockMultipartFile upload = new MockMultipartFile("file", "ho-so.csv", "text/csv",
                (HEADER + line("U1", "A", 2, "20240801080000", 0, 0, 0) + "bad,line\n").getBytes(StandardCharsets.UTF_8));
        String report = mvc.perform(multipart("/indicators/upload").file(upload).param("format", "CSV")
                .session(session).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("2 dòng: nhận 1, từ chối 1").contains("<td>3</td>");
    }

    @Test
    void aSnapshotKeepsTheValuesItFrozeWhateverComesLater() throws Exception {
        ingest(HEADER + line("S1", "B", 2, "20230310080000", 0, 0, 0));
        IndicatorSnapshots snapshots = context.getBean(IndicatorSnapshots.class);
        SystemActor.run(() -> snapshots.freeze("test-" + org.suffix, org.agencyB, LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31)));
        ingest(HEADER + line("S2", "B", 1, "20231110080000", 0, 0, 0));
        JsonNode frozen = call(mvc, json, get("/api/v1/indicators/snapshots/test-" + org.suffix)
                .with(httpBasic(org.officerA, TestOrganization.PASSWORD)), 200);
        JsonNode online = null;
        for (JsonNode value : frozen.get("values")) {
            if (value.get("code").asString().equals("HS_TRUC_TUYEN")) {
                online = value;
            }
        }
        assertThat(online).isNotNull();
        assertThat(online.get("value").decimalValue()).isEqualByComparingTo("100");
        JsonNode live = call(mvc, json, get("/api/v1/indicators/HS_TRUC_TUYEN/value")
                .with(httpBasic(office, TestOrganization.PASSWORD)).param("unitId", String.valueOf(org.agencyB))
                .param("from", "2023-01-01").param("to", "2023-12-31"), 200);
        assertThat(live.get("value").decimalValue()).as("1 of 2 now").isEqualByComparingTo("50");
        String page = mvc.perform(get("/indicators/snapshots/test-" + org.suffix).session(signIn(mvc, office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("100,00 %");
    }

    private void ingest(String file) throws Exception {
        call(mvc, json, post("/api/v1/indicators/dossiers").param("format", "CSV")
                .with(httpBasic(office, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(file.getBytes(StandardCharsets.UTF_8)), 200);
    }

    @Test
    void aDeclaredRankCountsOnlyOnceAcceptedAndLightsTheCampaignScorecard() throws Exception {
        JsonNode created = call(mvc, json, multipart("/api/v1/indicators/declarations")
                .file(new MockMultipartFile("evidence", "xep-hang-dti.pdf", "application/pdf", PDF))
                .param("indicatorCode", "DTI_RANK").param("unitId", String.valueOf(org.agencyA))
                .param("periodFrom", "2024-01-01").param("periodTo", "2024-12-31").param("value", "3")
                .with(httpBasic(org.officerA, TestOrganization.PASSWORD)), 201);
        long id = created.get("id").asLong();
        mvc.perform(get("/api/v1/indicators/DTI_RANK/value").with(httpBasic(office, TestOrganization.PASSWORD))
                .param("unitId", String.valueOf(org.agencyA)).param("from", "2024-01-01").param("to", "2024-12-31"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/indicators/declarations/" + id + "/accept")
                .with(httpBasic(org.officerA, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/indicators/declarations/" + id + "/accept")
                .with(httpBasic(office, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0}")).andExpect(status().isNoContent());
        JsonNode rank = call(mvc, json, get("/api/v1/indicators/DTI_RANK/value")
                .with(httpBasic(office, TestOrganization.PASSWORD)).param("unitId", String.valueOf(org.agencyA))
                .param("from", "2024-01-01").param("to", "2024-12-31"), 200);
        assertThat(rank.get("value").decimalValue()).isEqualByComparingTo("3");

        // another unit's officer cannot declare for Sở GTVT; a text file named .pdf is refused by its content
        mvc.perform(multipart("/api/v1/indicators/declarations")
                .file(new MockMultipartFile("evidence", "x.pdf", "application/pdf", PDF))
                .param("indicatorCode", "DTI_RANK").param("unitId", String.valueOf(org.agencyA))
                .param("periodFrom", "2024-01-01").param("periodTo", "2024-12-31").param("value", "1")
                .with(httpBasic(org.officerB, TestOrganization.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/indicators/declarations")
                .file(new MockMultipartFile("evidence", "gia.pdf", "application/pdf", "not a pdf".getBytes()))
                .param("indicatorCode", "DTI_RANK").param("unitId", String.valueOf(org.agencyB))
                .param("periodFrom", "2024-01-01").param("periodTo", "2024-12-31").param("value", "1")
                .with(httpBasic(org.officerB, TestOrganization.PASSWORD)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("evidence"));
        JsonNode second = call(mvc, json, multipart("/api/v1/indicators/declarations")
                .file(new MockMultipartFile("evidence", "y.pdf", "application/pdf", PDF))
                .param("indicatorCode", "DTI_RANK").param("unitId", String.valueOf(org.agencyB))
                .param("periodFrom", "2024-01-01").param("periodTo", "2024-12-31").param("value", "7")
                .with(httpBasic(org.officerB, TestOrganization.PASSWORD)), 201);
        mvc.perform(post("/api/v1/indicators/declarations/" + second.get("id").asLong() + "/return")
                .with(httpBasic(office, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"reason\":\" \"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("reason"));

        // Tây Ninh: agencies must rank 5th or better (green) and file 50 % of dossiers online (75 %: green)
        String page = mvc.perform(get("/campaigns/TN-CDS-2022-2025/scorecard").param("unit", String.valueOf(org.province))
                .param("year", "2024").session(signIn(mvc, office))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        String agencyRow = page.substring(page.indexOf("Sở Giao thông vận tải"));
        agencyRow = agencyRow.substring(0, agencyRow.indexOf("</tr>"));
        assertThat(agencyRow).contains("data-light=\"GREEN\"").doesNotContain("data-light=\"RED\"");
    }
}
