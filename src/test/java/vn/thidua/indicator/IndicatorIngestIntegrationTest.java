package vn.thidua.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.Web.call;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * Dossiers in, indicators out, on hand-built records with known answers: each indicator over a unit subtree, the
 * three definitions of «online» side by side, idempotent re-import, a late update to a closed month, bad lines
 * refused by number and reason while good ones are kept, JSON Lines, a 100 MB file, and a full recompute that
 * gives what the incremental path maintained.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorIngestIntegrationTest {

    private static final String HEADER = "MaHoSo,MaTTHC,DonViXuLy,KenhThucHien,LoaiTaiKhoanNop,"
            + "TaiKhoanDuocXacThucVoiVNeID,TrangThaiHoSo,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,NgayTra,NgayTuChoi,"
            + "DuocThanhToanTrucTuyen,CoPhiLePhi,DuocSoHoa,CoKetQuaDienTu,NgayYeuCauBoSung,NgayTiepNhanBoSung\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;

    TestOrganization org;
    String office;
    String p1;
    String p2;
    String p3;

    @BeforeAll
    void organisation() throws Exception {
        org = new TestOrganization(context);
        office = "office." + org.suffix.toLowerCase();
        AccountManagement accounts = context.getBean(AccountManagement.class);
        SystemActor.run(() -> accounts.createAccount(new AccountManagement.NewAccount(office, "Ban TĐKT",
                TestOrganization.PASSWORD, List.of(RoleGrant.of(Role.TDKT_OFFICE, org.province)))));
        p1 = "1.001." + org.suffix;
        p2 = "1.002." + org.suffix;
        p3 = "1.003." + org.suffix;
        String procedures = "ma_tthc,ten_tthc,linh_vuc,muc_do_truc_tuyen,co_phi,ket_qua_giay,thiet_yeu_de_an_06,"
                + "so_ngay_giai_quyet\n" + p1 + ",Cấp giấy phép lái xe,Giao thông,TOAN_TRINH,1,1,1,5\n"
                + p2 + ",Đăng ký hộ kinh doanh,Kế hoạch,MOT_PHAN,0,0,0,3\n" + p3 + ",Chứng thực bản sao,Tư pháp,,0,0,0,1\n";
        mvc.perform(post("/api/v1/indicators/procedures").with(httpBasic(office, TestOrganization.PASSWORD))
                .contentType("text/csv").content(procedures.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk());
    }

    private String line(String id, String procedure, String unit, int channel, String account, int status,
            String received, String due, String finished, int paid, int fee, int digitised, int eResult) {
        return String.join(",", id + org.suffix, procedure, org.code(unit), String.valueOf(channel), account, "0",
                String.valueOf(status), received, due, finished, "", "", String.valueOf(paid), String.valueOf(fee),
                String.valueOf(digitised), String.valueOf(eResult), "", "") + "\n";
    }

    private String march() {
        return HEADER
                + line("D1", p1, "RA", 2, "CONG_DAN", 10, "20250303080000", "20250307170000", "20250306100000", 1, 1, 1, 1)
                + line("D2", p1, "RA", 2, "CAN_BO", 9, "20250304080000", "20250310170000", "20250312100000", 0, 1, 0, 0)
                + line("D3", p2, "A", 1, "", 4, "20250305080000", "", "", 0, 0, 0, 0)
                + line("D4", p3, "A", 2, "TO_CHUC", 10, "20250305080000", "", "20250306090000", 0, 0, 0, 0)
                + line("D5", p1, "B", 2, "CONG_DAN", 3, "20250305080000", "", "", 0, 0, 0, 0);
    }

    @Test
    void eachIndicatorOfASubtreeHasItsKnownValue() throws Exception {
        JsonNode report = ingest(march().getBytes(StandardCharsets.UTF_8), "CSV");
        assertThat(report.get("accepted").asLong()).isEqualTo(5);
        assertThat(report.get("rejected").asLong()).isZero();

        assertThat(value("HS_TRUC_TUYEN", org.agencyA)).isEqualByComparingTo("75");
        assertThat(value("HS_TRUC_TUYEN_TAI_KHOAN", org.agencyA)).isEqualByComparingTo("50");
        assertThat(value("HS_TRUC_TUYEN_766", org.agencyA)).isEqualByComparingTo("50");
        assertThat(value("THANH_TOAN_TRUC_TUYEN", org.agencyA)).isEqualByComparingTo("50");
        assertThat(value("SO_HOA_HS", org.agencyA)).isEqualByComparingTo("25");
        assertThat(value("DUNG_HAN", org.agencyA)).isEqualByComparingTo("66.666667");
        assertThat(value("DVCTT_CO_HS_TRUC_TUYEN", org.agencyA)).isEqualByComparingTo("50");
        assertThat(value("HS_TRUC_TUYEN", org.roomA)).as("the room alone").isEqualByComparingTo("100");
        mvc.perform(get("/api/v1/indicators/HS_TRUC_TUYEN/value").with(httpBasic(office, TestOrganization.PASSWORD))
                .param("unitId", String.valueOf(org.agencyB)).param("from", "2025-03-01").param("to", "2025-03-31"))
                .andExpect(status().isNoContent());
        JsonNode week = call(mvc, json, get("/api/v1/indicators/HS_TRUC_TUYEN/value")
                .with(httpBasic(office, TestOrganization.PASSWORD)).param("unitId", String.valueOf(org.agencyA))
                .param("from", "2025-03-04").param("to", "2025-03-05"), 200);
        assertThat(week.get("numerator").asInt()).as("D2 and D4, by the day table").isEqualTo(2);
        assertThat(week.get("denominator").asInt()).isEqualTo(3);

        // the same file again changes nothing; D3 finishing late is a late update to a closed month
        ingest(march().getBytes(StandardCharsets.UTF_8), "CSV");
        assertThat(value("HS_TRUC_TUYEN", org.agencyA)).isEqualByComparingTo("75");
        String update = HEADER + line("D3", p2, "A", 1, "", 9, "20250305080000", "", "20250320090000", 0, 0, 0, 0);
        JsonNode late = ingest(update.getBytes(StandardCharsets.UTF_8), "CSV");
        assertThat(late.get("lateUpdates").asLong()).isEqualTo(1);
        assertThat(value("DUNG_HAN", org.agencyA)).isEqualByComparingTo("50");
        assertThat(value("HS_TRUC_TUYEN", org.agencyA)).as("reception counts unchanged").isEqualByComparingTo("75");

        // a recompute from the stored dossiers gives the same aggregates
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String snapshot = "select unit_id, procedure_code, on_day, r_total, r_online, r_online_own, r_online_766, r_fee,"
                + " r_paid_online, r_digitised, c_done, c_on_time from ind_agg where unit_id in (?, ?, ?)"
                + " and (r_total <> 0 or c_done <> 0) order by unit_id, procedure_code, on_day";
        var before = jdbc.queryForList(snapshot, org.agencyA, org.roomA, org.agencyB);
        mvc.perform(post("/api/v1/indicators/recompute").with(httpBasic(office, TestOrganization.PASSWORD)))
                .andExpect(status().isNoContent());
        assertThat(jdbc.queryForList(snapshot, org.agencyA, org.roomA, org.agencyB)).isEqualTo(before);
    }

    @Test
    void badLinesAreRefusedByNumberAndReasonAndGoodOnesKept() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        file.writeBytes(line("G1", p1, "B", 2, "CONG_DAN", 10, "20250401080000", "", "20250402080000", 0, 0, 0, 0)
                .replace(",2,CONG_DAN,", ",hai,CONG_DAN,").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(line("", p1, "B", 2, "CONG_DAN", 10, "20250401080000", "", "", 0, 0, 0, 0)
                .replaceFirst("^" + org.suffix, "").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(line("G3", p1, "XX", 2, "CONG_DAN", 10, "20250401080000", "", "", 0, 0, 0, 0)
                .getBytes(StandardCharsets.UTF_8));
        file.writeBytes(line("G4", "9.999.999", "B", 2, "CONG_DAN", 10, "20250401080000", "", "", 0, 0, 0, 0)
                .getBytes(StandardCharsets.UTF_8));
        String good = line("G5", p1, "B", 2, "CONG_DAN", 10, "20250401080000", "", "20250402080000", 1, 1, 0, 0);
        file.writeBytes(good.getBytes(StandardCharsets.UTF_8));
        file.writeBytes(good.getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {'G', '7', ',', (byte) 0xC3, (byte) 0x28, '\n'});
        file.writeBytes(("G8" + org.suffix + "," + p1 + "," + org.code("B")).getBytes(StandardCharsets.UTF_8));
        JsonNode report = ingest(file.toByteArray(), "CSV");

        assertThat(report.get("accepted").asLong()).as("G5 twice").isEqualTo(2);
        assertThat(report.get("rejected").asLong()).isEqualTo(6);
        assertThat(report.get("rejections").findValuesAsString("messageKey")).containsExactly(
                "error.indicator.number", "error.indicator.required", "error.indicator.unit",
                "error.indicator.procedure", "error.indicator.encoding", "error.indicator.columns");
        assertThat(report.get("rejections").findValues("line").stream().map(JsonNode::asInt).toList())
                .containsExactly(2, 3, 4, 5, 8, 9);
        assertThat(report.get("rejections").get(0).get("field").asString()).isEqualTo("KenhThucHien");
        assertThat(value("HS_TRUC_TUYEN", org.agencyB, "2025-04-01", "2025-04-30"))
                .as("G5 counted once").isEqualByComparingTo("100");
        JsonNode april = call(mvc, json, get("/api/v1/indicators/HS_TRUC_TUYEN/value")
                .with(httpBasic(office, TestOrganization.PASSWORD)).param("unitId", String.valueOf(org.agencyB))
                .param("from", "2025-04-01").param("to", "2025-04-30"), 200);
        assertThat(april.get("denominator").asInt()).isEqualTo(1);
    }

    @Test
    void jsonLinesCarryTheNestedSyncSchema() throws Exception {
        String record = "{\"MaHoSo\":\"J1" + org.suffix + "\",\"MaTTHC\":\"" + p1 + "\",\"DonViXuLy\":\""
                + org.code("RB") + "\",\"KenhThucHien\":2,\"LoaiTaiKhoanNop\":\"CONG_DAN\",\"TrangThaiHoSo\":10,"
                + "\"NgayTiepNhan\":\"20250602080000\",\"NgayHenTra\":\"20250606170000\","
                + "\"NgayKetThucXuLy\":\"20250608100000\",\"DuocThanhToanTrucTuyen\":1,"
                + "\"DanhSachLePhi\":[{\"TenPhiLePhi\":\"Lệ phí\",\"Gia\":135000}],"
                + "\"TaiLieuNop\":[{\"TenTepDinhKem\":\"don.pdf\",\"DuocSoHoa\":1}],"
                + "\"DanhSachGiayToKetQua\":[{\"TenGiayTo\":\"Giấy phép\",\"DuongDanTepTinKetQua\":\"/kq/1.pdf\"}],"
                + "\"DanhSachHoSoBoSung\":[{\"NgayBoSung\":\"20250603080000\",\"NgayTiepNhanBoSung\":\"20250605080000\"}]}\n"
                + "{not json}\n";
        JsonNode report = ingest(record.getBytes(StandardCharsets.UTF_8), "JSONL");
        assertThat(report.get("accepted").asLong()).isEqualTo(1);
        assertThat(report.get("rejections").get(0).get("messageKey").asString()).isEqualTo("error.indicator.json");
        assertThat(value("HS_TRUC_TUYEN_766", org.roomB, "2025-06-01", "2025-06-30")).isEqualByComparingTo("100");
        assertThat(value("THANH_TOAN_TRUC_TUYEN", org.roomB, "2025-06-01", "2025-06-30")).isEqualByComparingTo("100");
        assertThat(value("SO_HOA_HS", org.roomB, "2025-06-01", "2025-06-30")).isEqualByComparingTo("100");
        assertThat(value("DUNG_HAN", org.roomB, "2025-06-01", "2025-06-30"))
                .as("two days of supplementation move the deadline from the 6th to the 8th").isEqualByComparingTo("100");
    }

    @Test
    void aHundredMegabyteFileIsStreamedAndItsGoodLinesKept() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream(105 << 20);
        file.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        file.writeBytes(line("L1", p2, "A", 1, "", 4, "20250801080000", "", "", 0, 0, 0, 0)
                .getBytes(StandardCharsets.UTF_8));
        byte[] junk = new byte[1024];
        new Random(7).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) ('a' + Math.floorMod(junk[i], 26));
        }
        junk[junk.length - 1] = '\n';
        while (file.size() < 100 << 20) {
            file.write(junk, 0, junk.length);
        }
        file.writeBytes(line("L2", p2, "A", 1, "", 4, "20250801090000", "", "", 0, 0, 0, 0)
                .getBytes(StandardCharsets.UTF_8));
        JsonNode report = ingest(file.toByteArray(), "CSV");
        assertThat(report.get("accepted").asLong()).isEqualTo(2);
        assertThat(report.get("rejected").asLong()).isGreaterThan(100_000);
        assertThat(report.get("rejections").size()).as("the report keeps the first thousand").isEqualTo(1000);
        JsonNode august = call(mvc, json, get("/api/v1/indicators/HS_TRUC_TUYEN/value")
                .with(httpBasic(office, TestOrganization.PASSWORD)).param("unitId", String.valueOf(org.agencyA))
                .param("from", "2025-08-01").param("to", "2025-08-31"), 200);
        assertThat(august.get("denominator").asInt()).isEqualTo(2);
    }

    @Test
    void anExcelFileIsReadByItsHeaderAndItsBadRowNamed() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("HoSo");
        String[] header = HEADER.strip().split(",");
        String[][] rows = {
            line("X1", p2, "A", 2, "CONG_DAN", 10, "20251001080000", "", "20251002080000", 0, 0, 1, 0).strip().split(",", -1),
            line("X2", p2, "A", 2, "CONG_DAN", 10, "mai", "", "", 0, 0, 0, 0).strip().split(",", -1)};
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
            for (int r = 0; r < rows.length; r++) {
                sheet.value(r + 1, c, rows[r][c]);
            }
        }
        workbook.finish();
        JsonNode report = ingest(out.toByteArray(), "XLSX");
        assertThat(report.get("accepted").asLong()).isEqualTo(1);
        assertThat(report.get("rejections").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(report.get("rejections").get(0).get("field").asString()).isEqualTo("NgayTiepNhan");
        assertThat(value("SO_HOA_HS", org.agencyA, "2025-10-01", "2025-10-31")).isEqualByComparingTo("100");
    }

    @Test
    void anOfficerOutsideTheUnitsCannotImportThem() throws Exception {
        JsonNode report = call(mvc, json, post("/api/v1/indicators/dossiers").param("format", "CSV")
                .with(httpBasic(org.officerB, TestOrganization.PASSWORD)).contentType("text/csv")
                .content((HEADER + line("Z1", p1, "A", 2, "CONG_DAN", 10, "20250901080000", "", "", 0, 0, 0, 0))
                        .getBytes(StandardCharsets.UTF_8)), 200);
        assertThat(report.get("accepted").asLong()).isZero();
        assertThat(report.get("rejections").get(0).get("messageKey").asString()).isEqualTo("error.indicator.unit");
    }

    private JsonNode ingest(byte[] content, String format) throws Exception {
        return call(mvc, json, post("/api/v1/indicators/dossiers").param("format", format).param("source", "test")
                .with(httpBasic(office, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(content), 200);
    }

    private BigDecimal value(String code, long unit) throws Exception {
        return value(code, unit, "2025-03-01", "2025-03-31");
    }

    private BigDecimal value(String code, long unit, String from, String to) throws Exception {
        return call(mvc, json, get("/api/v1/indicators/" + code + "/value")
                .with(httpBasic(office, TestOrganization.PASSWORD)).param("unitId", String.valueOf(unit))
                .param("from", from).param("to", to), 200).get("value").decimalValue();
    }
}
