package vn.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static vn.thidua.support.Web.call;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
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

/**
 * A dossier for a provincial Bằng khen through the API: built by the agency's officer with files checked by their
 * content, sent from the unit's own account, returned for supplementation, sent again, received and appraised by the
 * provincial TĐKT office; refusals for forged files, outsiders, retries and races.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierJourneyIntegrationTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] DOCX = {'P', 'K', 3, 4, 20, 0, 6, 0};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;

    TestOrganization org;
    String office;
    String secretary;

    @BeforeAll
    void organisation() throws Exception {
        org = new TestOrganization(context);
        office = "office." + org.suffix.toLowerCase();
        AccountManagement accounts = context.getBean(AccountManagement.class);
        secretary = "secretary." + org.suffix.toLowerCase();
        SystemActor.run(() -> {
            accounts.createAccount(new AccountManagement.NewAccount(office, "Ban TĐKT", TestOrganization.PASSWORD,
                    List.of(RoleGrant.of(Role.TDKT_OFFICE, org.province))));
            accounts.createAccount(new AccountManagement.NewAccount(secretary, "Thư ký Hội đồng",
                    TestOrganization.PASSWORD, List.of(RoleGrant.of(Role.COUNCIL_SECRETARY, org.province))));
        });
        // the province's code for the Bằng khen procedure, as its TĐKT office configures it
        mvc.perform(as(office, post("/api/v1/indicators/procedures")).contentType("text/csv").content(
                ("ma_tthc,ten_tthc,linh_vuc,muc_do_truc_tuyen,co_phi,ket_qua_giay,thiet_yeu_de_an_06,so_ngay_giai_quyet\n"
                        + "TDKT.BK,Tặng Bằng khen của Chủ tịch UBND tỉnh,Thi đua khen thưởng,TOAN_TRINH,0,1,0,20\n")
                        .getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk());
        new org.springframework.jdbc.core.JdbcTemplate(context.getBean(javax.sql.DataSource.class)).update(
                "update dos_award_procedure set procedure_code = 'TDKT.BK' where award_code = 'BANG_KHEN_TINH'");
    }

    @Test
    void aDossierGoesFromTheUnitToTheProvinceAndBackAndIsAppraised() throws Exception {
        String key = UUID.randomUUID().toString();
        JsonNode dossier = create(key);
        long id = dossier.get("id").asLong();
        assertThat(dossier.get("receivingUnitId").asLong()).as("Bằng khen tỉnh goes to the province")
                .isEqualTo(org.province);
        assertThat(create(key).get("id").asLong()).as("the same key, the same dossier").isEqualTo(id);

        dossier = call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/nominees")).content(
                "{\"version\":" + dossier.get("version") + ",\"type\":\"INDIVIDUAL\",\"subjectId\":" + org.personA
                        + ",\"achievement\":\"Hoàn thành xuất sắc nhiệm vụ năm 2026\"}"), 201);
        call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/nominees")).content(
                "{\"version\":" + dossier.get("version") + ",\"type\":\"INDIVIDUAL\",\"subjectId\":" + org.personB
                        + ",\"achievement\":\"Người của đơn vị khác\"}"), 403);
        // the province office reads everyone, but a dossier proposes only people of its own unit
        call(mvc, json, as(office, post("/api/v1/dossiers/" + id + "/nominees")).content(
                "{\"version\":" + dossier.get("version") + ",\"type\":\"INDIVIDUAL\",\"subjectId\":" + org.personB
                        + ",\"achievement\":\"Người của đơn vị khác\"}"), 422);
        long nominee = dossier.get("nominees").get(0).get("id").asLong();

        // files are judged by their content: a PNG named .pdf, a text file, the EICAR test signature
        upload(id, "BAO_CAO_THANH_TICH", "bao-cao.pdf", PNG, 422);
        upload(id, "BAO_CAO_THANH_TICH", "ghi-chu.pdf", "chỉ là chữ".getBytes(StandardCharsets.UTF_8), 422);
        byte[] infected = (new String(PDF, StandardCharsets.ISO_8859_1)
                + "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
                .getBytes(StandardCharsets.ISO_8859_1);
        upload(id, "TO_TRINH", "to-trinh.pdf", infected, 422);
        upload(id, "TO_TRINH", "to-trinh.pdf", new byte[10 * 1024 * 1024 + 1], 422);
        dossier = call(mvc, json, as(org.officerA, get("/api/v1/dossiers/" + id)), 200);
        assertThat(dossier.get("attachments").size()).as("nothing refused was kept").isZero();

        upload(id, "TO_TRINH", "to-trinh.pdf", PDF, 201);
        call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/submit"))
                .content(version(id)), 422);
        upload(id, "BAO_CAO_THANH_TICH", "bao-cao-thanh-tich.docx", DOCX, 201);
        dossier = upload(id, "BIEN_BAN_HOP", "bien-ban.png", PNG, 201);
        assertThat(dossier.get("checklist").findValues("present")).allMatch(JsonNode::asBoolean);
        byte[] stored = mvc.perform(as(org.officerA, get("/api/v1/dossiers/" + id + "/attachments/"
                + dossier.get("attachments").get(0).get("id")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(stored).isEqualTo(PDF);

        // outsiders neither read nor act
        mvc.perform(as(org.officerB, get("/api/v1/dossiers/" + id))).andExpect(status().isForbidden());
        mvc.perform(as(org.officerB, post("/api/v1/dossiers/" + id + "/submit")).content(version(id)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dossiers/" + id)).andExpect(status().isUnauthorized());

        call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/nominees/" + nominee + "/justification"))
                .content("{\"version\":" + version(id).replaceAll("\\D", "") + ",\"text\":\"Thành tích nổi bật\"}"), 200);
        int[] before = sendingsCounted();
        dossier = call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/submit")).content(version(id)), 200);
        assertThat(dossier.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(dossier.get("channel").asString()).isEqualTo("ONLINE_OWN_ACCOUNT");
        // the achievement report drafted from the records, to be completed and signed
        byte[] reportPdf = mvc.perform(as(org.officerA, get("/api/v1/dossiers/" + id + "/nominees/" + nominee
                + "/achievement-report.pdf"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/achievement-report.pdf"), reportPdf);
        String report = pdfText(reportPdf);
        assertThat(report).contains("BÁO CÁO THÀNH TÍCH", "Đề nghị tặng Bằng khen", "I. SƠ LƯỢC LÝ LỊCH",
                "Họ và tên: Nguyễn Thị Hồng Nhung", "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG");
        mvc.perform(as(org.officerB, get("/api/v1/dossiers/" + id + "/nominees/" + nominee + "/achievement-report.docx")))
                .andExpect(status().isForbidden());
        // the sending is a dossier of the Bằng khen procedure at the province, online from the unit's own account
        int[] after = sendingsCounted();
        assertThat(after[0] - before[0]).as("online from the unit's own account").isEqualTo(1);
        assertThat(after[1] - before[1]).as("one more dossier").isEqualTo(1);
        assertThat(dossier.get("nominees").get(0).get("eligibility").isNull()).as("assessed at submission").isFalse();
        JsonNode snapshot = call(mvc, json, as(org.officerA, get("/api/v1/indicators/snapshots/dossier-nominee-"
                + nominee)), 200);
        assertThat(snapshot.get("unitId").asLong()).as("the nominee's unit, frozen at submission").isEqualTo(org.roomA);

        call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/receive")).content(version(id)), 403);
        call(mvc, json, as(office, post("/api/v1/dossiers/" + id + "/receive")).content(version(id)), 200);
        dossier = call(mvc, json, as(office, post("/api/v1/dossiers/" + id + "/return"))
                .content("{\"version\":" + version(id).replaceAll("\\D", "") + ",\"text\":\"Bổ sung biên bản có chữ ký\"}"), 200);
        assertThat(dossier.get("status").asString()).isEqualTo("RETURNED");
        upload(id, "BIEN_BAN_HOP", "bien-ban-co-chu-ky.pdf", PDF, 201);
        call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/submit")).content(version(id)), 200);
        call(mvc, json, as(office, post("/api/v1/dossiers/" + id + "/receive")).content(version(id)), 200);

        // the tờ trình: numbered once in the unit's register, addressed to the province, listing the nominee
        String letter = pdfText(mvc.perform(as(org.officerA, get("/api/v1/dossiers/" + id + "/to-trinh.pdf"))
                .param("signer", "Lê Văn Đức")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(letter).contains("SỞ GIAO THÔNG VẬN TẢI", "TỜ TRÌNH", "/TTr-SGTVT", "Kính gửi:",
                "Về việc đề nghị tặng Bằng khen", "Căn cứ Luật Thi đua, khen thưởng", "Nguyễn Thị Hồng Nhung",
                "Hoàn thành xuất sắc nhiệm vụ năm 2026", "GIÁM ĐỐC", "Lê Văn Đức");
        Matcher number = Pattern.compile("Số: (\\d+)/TTr-SGTVT").matcher(letter);
        assertThat(number.find()).as(letter).isTrue();
        byte[] docx = mvc.perform(as(org.officerA, get("/api/v1/dossiers/" + id + "/to-trinh.docx"))
                .param("signer", "Lê Văn Đức")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Số: " + number.group(1) + "/TTr-SGTVT", "Nguyễn Thị Hồng Nhung");
        }
        call(mvc, json, as(office, post("/api/v1/dossiers/" + id + "/nominees/" + nominee + "/appraisal"))
                .content("{\"version\":" + version(id).replaceAll("\\D", "") + ",\"eligible\":false}"), 422);
        call(mvc, json, as(office, post("/api/v1/dossiers/" + id + "/nominees/" + nominee + "/appraisal"))
                .content("{\"version\":" + version(id).replaceAll("\\D", "") + ",\"eligible\":true,\"note\":\"Đủ điều kiện\"}"), 200);
        dossier = call(mvc, json, as(office, post("/api/v1/dossiers/" + id + "/appraised")).content(version(id)), 200);

        assertThat(dossier.get("status").asString()).isEqualTo("APPRAISED");
        assertThat(dossier.get("transitions").findValuesAsString("to")).containsExactly("DRAFT", "SUBMITTED",
                "RECEIVED", "RETURNED", "SUBMITTED", "RECEIVED", "APPRAISED");
        assertThat(dossier.get("transitions").get(3).get("reason").asString()).isEqualTo("Bổ sung biên bản có chữ ký");

        // the consolidated list goes on the provincial council's ballot once, with the dossier it came from
        JsonNode session = call(mvc, json, as(secretary, post("/api/v1/council/sessions")).content(
                "{\"councilUnitId\":" + org.province + ",\"title\":\"Phiên họp xét khen thưởng\",\"heldOn\":\""
                        + java.time.LocalDate.now() + "\",\"kind\":\"AWARD\",\"members\":[{\"username\":\"m1\","
                        + "\"fullName\":\"Chủ tịch\",\"unitId\":" + org.province + ",\"chair\":true}]}"), 201);
        long sessionId = session.get("id").asLong();
        session = call(mvc, json, as(secretary, post("/api/v1/council/sessions/" + sessionId + "/items/from-dossiers"))
                .content("{\"version\":" + session.get("version") + "}"), 200);
        assertThat(session.get("items").size()).isEqualTo(1);
        assertThat(session.get("items").get(0).get("dossierId").asLong()).isEqualTo(id);
        assertThat(session.get("items").get(0).get("nomineeName").asString()).isEqualTo("Nguyễn Thị Hồng Nhung");
        session = call(mvc, json, as(secretary, post("/api/v1/council/sessions/" + sessionId + "/items/from-dossiers"))
                .content("{\"version\":" + session.get("version") + "}"), 200);
        assertThat(session.get("items").size()).as("a listed dossier is not listed again").isEqualTo(1);
        assertThat(call(mvc, json, as(office, get("/api/v1/dossiers/" + id)), 200).get("status").asString())
                .isEqualTo("LISTED");
    }

    @Test
    void aCampaignMustExistAndADossierSentAfterItsDeadlineIsRefused() throws Exception {
        String body = "{\"creationKey\":\"%s\",\"proposingUnitId\":" + org.agencyA + ",\"campaignCode\":\"%s\","
                + "\"awardCode\":\"GIAY_KHEN\",\"achievementYear\":2023,\"title\":\"Đợt cao điểm 100 ngày\"}";
        mvc.perform(as(org.officerA, post("/api/v1/dossiers")).header("Accept-Language", "vi")
                .content(body.formatted(UUID.randomUUID(), "KHONG-CO")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("campaignCode"));
        // Lạng Sơn, Sở Nội vụ: dossiers of the 100-day campaign were due no later than 30/11/2023
        long id = call(mvc, json, as(org.officerA, post("/api/v1/dossiers"))
                .content(body.formatted(UUID.randomUUID(), "LS-SNV-100-NGAY-2023")), 201).get("id").asLong();
        mvc.perform(as(org.officerA, post("/api/v1/dossiers/" + id + "/submit")).header("Accept-Language", "vi")
                .content(version(id)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("campaignCode"))
                .andExpect(jsonPath("$.detail").value(containsString("30/11/2023")));
        JsonNode dossier = call(mvc, json, as(org.officerA, get("/api/v1/dossiers/" + id)), 200);
        assertThat(dossier.get("status").asString()).as("nothing changed").isEqualTo("DRAFT");
    }

    @Test
    void sendingTakesQuotaPlacesAndAFullQuotaRefusesTheWholeSending() throws Exception {
        // Tây Ninh's interim review: at most two individuals per provincial agency
        vn.thidua.identity.SystemActor.run(() -> context.getBean(vn.thidua.organization.OrganizationManagement.class)
                .importPeople(String.join("\n", "ho_ten,gioi_tinh,ngay_sinh,so_cccd,chuc_vu,ma_don_vi",
                        "Phạm Thị Lan,Nữ,02/02/1985,0011850" + TestOrganization.digits(5) + ",Chuyên viên," + org.code("RA"),
                        "Vũ Văn Nam,Nam,03/03/1979,0010790" + TestOrganization.digits(5) + ",Chuyên viên," + org.code("RA"))
                        .getBytes(StandardCharsets.UTF_8), "test"));
        java.util.List<Long> people = new java.util.ArrayList<>(List.of(org.personA));
        for (String name : List.of("pham thi lan", "vu van nam")) {
            people.add(vn.thidua.identity.SystemActor.call(() -> context.getBean(
                    vn.thidua.organization.OrganizationDirectory.class).searchPeople(name, org.roomA,
                    Pageable.ofSize(1)).getContent().get(0).id()));
        }
        long id = call(mvc, json, as(org.officerA, post("/api/v1/dossiers")).content("{\"creationKey\":\""
                + UUID.randomUUID() + "\",\"proposingUnitId\":" + org.agencyA + ",\"campaignCode\":\"TN-CDS-2022-2025\","
                + "\"awardCode\":\"BANG_KHEN_TINH\",\"achievementYear\":2023,\"title\":\"Sơ kết\"}"), 201)
                .get("id").asLong();
        for (long person : people) {
            call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/nominees")).content("{\"version\":"
                    + version(id).replaceAll("\\D", "") + ",\"type\":\"INDIVIDUAL\",\"subjectId\":" + person
                    + ",\"achievement\":\"Chuyển đổi số\"}"), 201);
        }
        for (String component : List.of("TO_TRINH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOP")) {
            upload(id, component, component + ".pdf", PDF, 201);
        }
        JsonNode dossier = call(mvc, json, as(org.officerA, get("/api/v1/dossiers/" + id)), 200);
        assertThat(dossier.get("campaignStage").asString()).isEqualTo("SO_KET");
        for (JsonNode nominee : dossier.get("nominees")) {
            call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/nominees/" + nominee.get("id")
                    + "/justification")).content("{\"version\":" + version(id).replaceAll("\\D", "")
                    + ",\"text\":\"Nổi bật\"}"), 200);
        }
        mvc.perform(as(org.officerA, post("/api/v1/dossiers/" + id + "/submit")).content(version(id)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("quota"));
        assertThat(call(mvc, json, as(org.officerA, get("/api/v1/dossiers/" + id)), 200).get("status").asString())
                .isEqualTo("DRAFT");
        assertThat(usedByAgencyA()).as("the refused sending holds no place").isZero();
    }

    /** Places used under the per-agency cap of individuals at Tây Ninh's interim review, for Sở GTVT. */
    private int usedByAgencyA() throws Exception {
        int used = 0;
        for (JsonNode usage : call(mvc, json, as(office, get("/api/v1/campaigns/TN-CDS-2022-2025/quotas"))
                .param("stage", "SO_KET").param("year", "2023"), 200)) {
            if (usage.get("scopeUnitId").asLong() == org.agencyA) {
                used += usage.get("used").asInt();
            }
        }
        return used;
    }

    @Test
    void aFlagDossierOfLamDongGoesOnPaperAndTheOfficeRecordsIt() throws Exception {
        long id = call(mvc, json, as(org.officerA, post("/api/v1/dossiers")).content("{\"creationKey\":\""
                + UUID.randomUUID() + "\",\"proposingUnitId\":" + org.agencyA + ",\"campaignCode\":\"LD-DVCTT-TDKT-2023\","
                + "\"awardCode\":\"CO_THI_DUA_TINH\",\"achievementYear\":2025,\"title\":\"Cờ thi đua\"}"), 201)
                .get("id").asLong();
        mvc.perform(as(org.officerA, post("/api/v1/dossiers/" + id + "/submit")).header("Accept-Language", "vi")
                .content(version(id))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("channel"))
                .andExpect(jsonPath("$.detail").value(containsString("gửi bản giấy")));
    }

    @Test
    void aCampaignsRouteTakesTheDossierThroughTheCoordinatingAgencyFirst() throws Exception {
        // Tây Ninh's movement copied into this province, Sở Y tế bound as its Sở Thông tin và Truyền thông
        String definition = mvc.perform(as(office, get("/api/v1/campaigns/TN-CDS-2022-2025/definition")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        tools.jackson.databind.node.ObjectNode tree = (tools.jackson.databind.node.ObjectNode) json.readTree(definition);
        String code = "TN-ROUTE-" + org.suffix;
        tree.put("code", code);
        tree.put("ownerUnitCode", org.code("P"));
        for (JsonNode designation : tree.get("designations")) {
            if (designation.get("code").asString().equals("SO_TTTT")) {
                ((tools.jackson.databind.node.ObjectNode) designation).put("unitCode", org.code("B"));
            }
        }
        mvc.perform(as(office, post("/api/v1/campaigns")).param("reason", "Phong trào thử").content(tree.toString()))
                .andExpect(status().isCreated());
        JsonNode dossier = call(mvc, json, as(org.officerA, post("/api/v1/dossiers")).content("{\"creationKey\":\""
                + UUID.randomUUID() + "\",\"proposingUnitId\":" + org.agencyA + ",\"campaignCode\":\"" + code
                + "\",\"awardCode\":\"BANG_KHEN_TINH\",\"achievementYear\":2023,\"title\":\"Qua Sở TT&TT\"}"), 201);
        long id = dossier.get("id").asLong();
        assertThat(dossier.get("levels").findValues("unitId").stream().map(JsonNode::asLong).toList())
                .containsExactly(org.agencyB, org.province);
        long nominee = call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/nominees")).content(
                "{\"version\":" + version(id).replaceAll("\\D", "") + ",\"type\":\"INDIVIDUAL\",\"subjectId\":"
                        + org.personA + ",\"achievement\":\"Chuyển đổi số\"}"), 201).get("nominees").get(0).get("id")
                .asLong();
        for (String component : List.of("TO_TRINH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOP")) {
            upload(id, component, component + ".pdf", PDF, 201);
        }
        call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/nominees/" + nominee + "/justification"))
                .content("{\"version\":" + version(id).replaceAll("\\D", "") + ",\"text\":\"Nổi bật\"}"), 200);
        dossier = call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/submit")).content(version(id)), 200);
        assertThat(dossier.get("receivingUnitId").asLong()).as("first the coordinating agency").isEqualTo(org.agencyB);
        call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/receive")).content(version(id)), 403);

        for (String receiver : List.of(org.officerB, office)) {
            call(mvc, json, as(receiver, post("/api/v1/dossiers/" + id + "/receive")).content(version(id)), 200);
            call(mvc, json, as(receiver, post("/api/v1/dossiers/" + id + "/nominees/" + nominee + "/appraisal"))
                    .content("{\"version\":" + version(id).replaceAll("\\D", "") + ",\"eligible\":true}"), 200);
            dossier = call(mvc, json, as(receiver, post("/api/v1/dossiers/" + id + "/appraised")).content(version(id)),
                    200);
            if (receiver.equals(org.officerB)) {
                assertThat(dossier.get("status").asString()).as("forwarded up").isEqualTo("SUBMITTED");
                assertThat(dossier.get("receivingUnitId").asLong()).isEqualTo(org.province);
                assertThat(dossier.get("levels").findValuesAsString("state")).containsExactly("FORWARDED", "PENDING");
            }
        }
        assertThat(dossier.get("status").asString()).isEqualTo("APPRAISED");
        assertThat(dossier.get("levels").findValuesAsString("state")).containsExactly("FORWARDED", "ACCEPTED");
    }

    /** Today's own-account online sendings and all sendings counted at the province (numerator, denominator). */
    private int[] sendingsCounted() throws Exception {
        var response = mvc.perform(as(office, get("/api/v1/indicators/HS_TRUC_TUYEN_TAI_KHOAN/value"))
                .param("unitId", String.valueOf(org.province)).param("from", java.time.LocalDate.now().toString())
                .param("to", java.time.LocalDate.now().toString())).andReturn().getResponse();
        if (response.getStatus() == 204) {
            return new int[] {0, 0};
        }
        JsonNode value = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        return new int[] {value.get("numerator").asInt(), value.get("denominator").asInt()};
    }

    @Test
    void twoTabsWithOneKeyMakeOneDossier() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> tabs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tabs.add(() -> create(key).get("id").asLong());
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> id : pool.invokeAll(tabs)) {
                ids.add(id.get());
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void returnAgainstAppraisalOnOneVersionLeavesOneOutcome() throws Exception {
        long id = receivedOnPaper();
        String seen = version(id).replaceAll("\\D", "");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> returned = pool.submit(() -> mvc.perform(as(office, post("/api/v1/dossiers/" + id
                    + "/return")).content("{\"version\":" + seen + ",\"text\":\"Thiếu\"}")).andReturn().getResponse()
                    .getStatus());
            Future<Integer> appraised = pool.submit(() -> mvc.perform(as(office, post("/api/v1/dossiers/" + id
                    + "/nominees/" + nomineeOf(id) + "/appraisal")).content("{\"version\":" + seen
                    + ",\"eligible\":true}")).andReturn().getResponse().getStatus());
            assertThat(List.of(returned.get(), appraised.get())).containsExactlyInAnyOrder(200, 422);
        } finally {
            pool.shutdown();
        }
        JsonNode after = call(mvc, json, as(office, get("/api/v1/dossiers/" + id)), 200);
        boolean wasReturned = after.get("status").asString().equals("RETURNED");
        assertThat(after.get("nominees").get(0).get("appraisal").isNull()).isEqualTo(wasReturned);
        assertThat(after.get("channel").asString()).isEqualTo("PAPER");
    }

    @Test
    void anAppraisalMakesANewVersionSoAReturnOnTheOldOneIsRefused() throws Exception {
        long id = receivedOnPaper();
        String seen = version(id).replaceAll("\\D", "");
        call(mvc, json, as(office, post("/api/v1/dossiers/" + id + "/nominees/" + nomineeOf(id) + "/appraisal"))
                .content("{\"version\":" + seen + ",\"eligible\":true}"), 200);
        call(mvc, json, as(office, post("/api/v1/dossiers/" + id + "/return"))
                .content("{\"version\":" + seen + ",\"text\":\"Thiếu\"}"), 422);
        assertThat(call(mvc, json, as(office, get("/api/v1/dossiers/" + id)), 200).get("status").asString())
                .isEqualTo("RECEIVED");
    }

    /** A dossier of one collective, recorded on paper by the office and received. */
    private long receivedOnPaper() throws Exception {
        JsonNode dossier = create(UUID.randomUUID().toString());
        long id = dossier.get("id").asLong();
        call(mvc, json, as(org.officerA, post("/api/v1/dossiers/" + id + "/nominees")).content(
                "{\"version\":" + dossier.get("version") + ",\"type\":\"COLLECTIVE\",\"subjectId\":" + org.roomA
                        + ",\"achievement\":\"Tập thể hoàn thành xuất sắc\"}"), 201);
        upload(id, "TO_TRINH", "a.pdf", PDF, 201);
        upload(id, "BAO_CAO_THANH_TICH", "b.pdf", PDF, 201);
        upload(id, "BIEN_BAN_HOP", "c.pdf", PDF, 201);
        call(mvc, json, as(office, post("/api/v1/dossiers/" + id + "/submit-on-behalf"))
                .content("{\"version\":" + version(id).replaceAll("\\D", "") + ",\"onPaper\":true}"), 200);
        call(mvc, json, as(office, post("/api/v1/dossiers/" + id + "/receive")).content(version(id)), 200);
        return id;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private JsonNode create(String key) throws Exception {
        return call(mvc, json, as(org.officerA, post("/api/v1/dossiers")).content("{\"creationKey\":\"" + key
                + "\",\"proposingUnitId\":" + org.agencyA + ",\"awardCode\":\"BANG_KHEN_TINH\",\"achievementYear\":"
                + java.time.LocalDate.now().getYear() + ",\"title\":\"Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh\"}"),
                201);
    }

    private JsonNode upload(long id, String component, String name, byte[] content, int expected) throws Exception {
        return call(mvc, json, multipart("/api/v1/dossiers/" + id + "/attachments")
                .file(new MockMultipartFile("file", name, "application/pdf", content)).param("component", component)
                .with(httpBasic(org.officerA, TestOrganization.PASSWORD)), expected);
    }

    private String version(long id) throws Exception {
        return "{\"version\":" + call(mvc, json, as(office, get("/api/v1/dossiers/" + id)), 200).get("version") + "}";
    }

    private long nomineeOf(long id) throws Exception {
        return call(mvc, json, as(office, get("/api/v1/dossiers/" + id)), 200).get("nominees").get(0).get("id")
                .asLong();
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }
}
