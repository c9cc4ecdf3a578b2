package vn.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.support.Web.call;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * A provincial award session through the API: quorum, automatic and declared recusal, secret ballots with receipts,
 * a written vote, a nominee below the 90 % threshold of the total membership, a tie across the quota settled by
 * the chair, and a tally anyone can recount without learning who voted how.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilSessionIntegrationTest {

    private static final int MEMBERS = 10;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;

    TestOrganization org;
    String secretary;
    final List<String> members = new ArrayList<>();

    @BeforeAll
    void organisation() {
        org = new TestOrganization(context);
        AccountManagement accounts = context.getBean(AccountManagement.class);
        secretary = "secretary." + org.suffix.toLowerCase();
        for (int i = 1; i <= MEMBERS; i++) {
            members.add("member" + i + "." + org.suffix.toLowerCase());
        }
        SystemActor.run(() -> {
            accounts.createAccount(new AccountManagement.NewAccount(secretary, "Thư ký", TestOrganization.PASSWORD,
                    List.of(RoleGrant.of(Role.COUNCIL_SECRETARY, org.province))));
            members.forEach(member -> accounts.createAccount(new AccountManagement.NewAccount(member,
                    "Thành viên " + member, TestOrganization.PASSWORD,
                    List.of(RoleGrant.of(Role.COUNCIL_MEMBER, org.province)))));
        });
    }

    @Test
    void anAwardSessionFromAttendanceToAVerifiableTally() throws Exception {
        JsonNode session = createSession();
        long id = session.get("id").asLong();
        Map<String, Long> memberIds = new HashMap<>();
        session.get("members").forEach(m -> memberIds.put(m.get("username").asString(), m.get("id").asLong()));

        // person A works in room A, where member 1 works: member 1 is recused automatically
        session = addItem(id, session, "PERSON", org.personA, "CSTD_TINH");
        session = addItem(id, session, "PERSON", org.personB, "CSTD_TINH");
        session = addItem(id, session, "UNIT", org.agencyB, "CO_THI_DUA_TINH");
        session = addItem(id, session, "UNIT", org.roomB, "CO_THI_DUA_TINH");
        Map<String, Long> itemOf = new HashMap<>();
        session.get("items").forEach(i -> itemOf.put(i.get("nomineeKind").asString() + i.get("nomineeId").asLong(),
                i.get("id").asLong()));
        long itemA = itemOf.get("PERSON" + org.personA);
        long itemB = itemOf.get("PERSON" + org.personB);
        long itemAgencyB = itemOf.get("UNIT" + org.agencyB);
        long itemRoomB = itemOf.get("UNIT" + org.roomB);
        assertThat(item(session, itemA).get("recusedMemberIds").get(0).asLong()).isEqualTo(memberIds.get(members.get(0)));
        assertThat(item(session, itemA).get("yesNeeded").asInt()).as("90 %% of 10 members").isEqualTo(9);
        assertThat(item(session, itemAgencyB).get("yesNeeded").asInt()).as("80 %% of 10 members").isEqualTo(8);
        session = call(mvc, json, as(secretary, put("/api/v1/council/sessions/" + id + "/quotas/CO_THI_DUA_TINH"))
                .content("{\"version\":" + session.get("version") + ",\"places\":1}"), 200);

        // 7 present of 10: an award session needs 8
        for (int i = 0; i < 7; i++) {
            session = attend(id, session, memberIds.get(members.get(i)), "PRESENT");
        }
        call(mvc, json, as(secretary, post("/api/v1/council/sessions/" + id + "/voting"))
                .content("{\"version\":" + session.get("version") + "}"), 422);
        session = attend(id, session, memberIds.get(members.get(7)), "PRESENT");
        session = attend(id, session, memberIds.get(members.get(8)), "WRITTEN");
        // member 2 (present) declares kinship with person B before voting
        call(mvc, json, as(members.get(1), post("/api/v1/council/sessions/" + id + "/items/" + itemB + "/conflict"))
                .content("{\"note\":\"Anh ruột của người được đề nghị\"}"), 200);
        session = call(mvc, json, as(secretary, get("/api/v1/council/sessions/" + id)), 200);
        session = call(mvc, json, as(secretary, post("/api/v1/council/sessions/" + id + "/voting"))
                .content("{\"version\":" + session.get("version") + "}"), 200);
        assertThat(session.get("status").asString()).isEqualTo("VOTING");

        // refusals: a recused vote, a member not present, someone who is not a member, results before the close
        call(mvc, json, as(members.get(0), post("/api/v1/council/sessions/" + id + "/ballots"))
                .content(ballot(Map.of(itemA, "YES"))), 422);
        call(mvc, json, as(members.get(9), post("/api/v1/council/sessions/" + id + "/ballots"))
                .content(ballot(Map.of(itemB, "YES"))), 422);
        call(mvc, json, as(org.officerA, post("/api/v1/council/sessions/" + id + "/ballots"))
                .content(ballot(Map.of(itemB, "YES"))), 403);
        call(mvc, json, as(secretary, get("/api/v1/council/sessions/" + id + "/ballots")), 422);
        mvc.perform(as(secretary, get("/api/v1/council/sessions/" + id + "/minutes.pdf")))
                .andExpect(status().isUnprocessableContent());

        // all say yes to everything they may vote on; member 1 votes on the others, not on person A
        Map<Long, String> allYes = Map.of(itemA, "YES", itemB, "YES", itemAgencyB, "YES", itemRoomB, "YES");
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<Long, String> votes = new HashMap<>(allYes);
            if (i == 0) {
                votes.remove(itemA);
            }
            if (i == 1) {
                votes.remove(itemB);
            }
            receipts.add(call(mvc, json, as(members.get(i), post("/api/v1/council/sessions/" + id + "/ballots"))
                    .content(ballot(votes)), 201).get("receipt").asString());
        }
        // a second ballot from the same member is refused
        call(mvc, json, as(members.get(2), post("/api/v1/council/sessions/" + id + "/ballots"))
                .content(ballot(allYes)), 422);
        receipts.add(call(mvc, json, as(secretary, post("/api/v1/council/sessions/" + id + "/members/"
                + memberIds.get(members.get(8)) + "/written-ballot")).content(ballot(allYes)), 201)
                .get("receipt").asString());

        // both units have 9 yes for one place: the session cannot close until the chair decides
        session = call(mvc, json, as(secretary, get("/api/v1/council/sessions/" + id)), 200);
        assertThat(session.get("ballotsCast").asInt()).isEqualTo(9);
        call(mvc, json, as(secretary, post("/api/v1/council/sessions/" + id + "/close"))
                .content("{\"version\":" + session.get("version") + "}"), 422);
        call(mvc, json, as(members.get(3), post("/api/v1/council/sessions/" + id + "/tie-break"))
                .content("{\"version\":" + session.get("version") + ",\"itemOrder\":[" + itemRoomB + ","
                        + itemAgencyB + "]}"), 403);
        session = call(mvc, json, as(members.get(4), post("/api/v1/council/sessions/" + id + "/tie-break"))
                .content("{\"version\":" + session.get("version") + ",\"itemOrder\":[" + itemRoomB + ","
                        + itemAgencyB + "]}"), 200);
        session = call(mvc, json, as(secretary, post("/api/v1/council/sessions/" + id + "/close"))
                .content("{\"version\":" + session.get("version") + "}"), 200);

        assertThat(session.get("status").asString()).isEqualTo("CLOSED");
        assertThat(item(session, itemA).get("yes").asInt()).as("8 of 10 < 90 %%").isEqualTo(8);
        assertThat(item(session, itemA).get("outcome").asString()).isEqualTo("BELOW_THRESHOLD");
        assertThat(item(session, itemB).get("yes").asInt()).isEqualTo(8);
        assertThat(item(session, itemB).get("outcome").asString()).isEqualTo("BELOW_THRESHOLD");
        assertThat(item(session, itemRoomB).get("outcome").asString()).isEqualTo("SELECTED");
        assertThat(item(session, itemAgencyB).get("outcome").asString()).isEqualTo("RANKED_OUT");

        // the minutes in the ND 30 layout, as PDF and DOCX, carry the count against the total membership
        byte[] pdf = mvc.perform(as(secretary, get("/api/v1/council/sessions/" + id + "/minutes.pdf")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/council-minutes.pdf"), pdf);
        String minutes;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            minutes = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        byte[] docx = mvc.perform(as(secretary, get("/api/v1/council/sessions/" + id + "/minutes.docx")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String word;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            word = extractor.getText().replaceAll("\\s+", " ");
        }
        for (String text : List.of(minutes, word)) {
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", "BIÊN BẢN",
                    "Nguyễn Thị Hồng Nhung", "8/10 (80,0%)", "9/10", "Không đạt", "Đạt ngưỡng, ngoài chỉ tiêu",
                    "tổng số thành viên Hội đồng 10; có mặt 8; vắng mặt có ý kiến bằng văn bản 1",
                    "THƯ KÝ", "CHỦ TỊCH HỘI ĐỒNG", "Thành viên 5");
        }

        // the published ballots recount to the same tally, and each receipt finds exactly its ballot
        JsonNode ballots = call(mvc, json, as(secretary, get("/api/v1/council/sessions/" + id + "/ballots")), 200);
        assertThat(ballots.size()).isEqualTo(9);
        Map<String, Long> yesByItem = new HashMap<>();
        Set<String> hashes = new java.util.HashSet<>();
        ballots.forEach(b -> {
            hashes.add(b.get("receiptHash").asString());
            b.get("votes").properties().forEach(line -> {
                if (line.getValue().asString().equals("YES")) {
                    yesByItem.merge(line.getKey(), 1L, Long::sum);
                }
            });
        });
        assertThat(yesByItem.get(String.valueOf(itemA))).isEqualTo(8L);
        assertThat(yesByItem.get(String.valueOf(itemRoomB))).isEqualTo(9L);
        assertThat(receipts.stream().map(CouncilSessionIntegrationTest::sha256).collect(Collectors.toSet()))
                .isEqualTo(hashes);
    }

    @Test
    void noColumnLinksABallotToItsVoter() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String columns = "select lower(column_name) from information_schema.columns where lower(table_name) = ?";
        assertThat(jdbc.queryForList(columns, String.class, "council_ballot"))
                .containsExactlyInAnyOrder("id", "session_id", "receipt_hash");
        assertThat(jdbc.queryForList(columns, String.class, "council_ballot_line"))
                .containsExactlyInAnyOrder("ballot_id", "item_id", "vote");
        assertThat(jdbc.queryForList(columns, String.class, "council_vote_cast"))
                .containsExactlyInAnyOrder("session_id", "member_id", "written");
    }

    @Test
    void twoBallotsFromOneMemberAtOnceCountOnce() throws Exception {
        JsonNode session = createSession();
        long id = session.get("id").asLong();
        session = addItem(id, session, "PERSON", org.personB, "CSTD_TINH");
        long item = session.get("items").get(0).get("id").asLong();
        for (JsonNode member : session.get("members")) {
            session = attend(id, session, member.get("id").asLong(), "PRESENT");
        }
        call(mvc, json, as(secretary, post("/api/v1/council/sessions/" + id + "/voting"))
                .content("{\"version\":" + session.get("version") + "}"), 200);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> tries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tries.add(() -> mvc.perform(as(members.get(5), post("/api/v1/council/sessions/" + id + "/ballots"))
                        .content(ballot(Map.of(item, "YES")))).andReturn().getResponse().getStatus());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(tries)) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnlyOnce(201);
            assertThat(statuses.stream().filter(status -> status == 422).count()).isEqualTo(3);
        } finally {
            pool.shutdown();
        }
        assertThat(call(mvc, json, as(secretary, get("/api/v1/council/sessions/" + id)), 200).get("ballotsCast")
                .asInt()).isEqualTo(1);
    }

    private JsonNode createSession() throws Exception {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < MEMBERS; i++) {
            long unit = i == 0 ? org.roomA : org.province;
            list.append(i == 0 ? "" : ",").append("{\"username\":\"").append(members.get(i))
                    .append("\",\"fullName\":\"Thành viên ").append(i + 1).append("\",\"unitId\":").append(unit)
                    .append(",\"chair\":").append(i == 4).append('}');
        }
        return call(mvc, json, as(secretary, post("/api/v1/council/sessions")).content(
                "{\"councilUnitId\":" + org.province + ",\"title\":\"Phiên họp xét khen thưởng sơ kết\","
                        + "\"heldOn\":\"2026-06-15\",\"kind\":\"AWARD\",\"members\":[" + list + "]}"), 201);
    }

    private JsonNode addItem(long id, JsonNode session, String kind, long nominee, String award) throws Exception {
        return call(mvc, json, as(secretary, post("/api/v1/council/sessions/" + id + "/items")).content(
                "{\"version\":" + session.get("version") + ",\"nomineeKind\":\"" + kind + "\",\"nomineeId\":"
                        + nominee + ",\"awardCode\":\"" + award + "\"}"), 201);
    }

    private JsonNode attend(long id, JsonNode session, long memberId, String attendance) throws Exception {
        return call(mvc, json, as(secretary, put("/api/v1/council/sessions/" + id + "/members/" + memberId
                + "/attendance")).content("{\"version\":" + session.get("version") + ",\"attendance\":\""
                        + attendance + "\"}"), 200);
    }

    private static JsonNode item(JsonNode session, long itemId) {
        for (JsonNode item : session.get("items")) {
            if (item.get("id").asLong() == itemId) {
                return item;
            }
        }
        throw new AssertionError("no item " + itemId);
    }

    private static String ballot(Map<Long, String> votes) {
        return "{\"votes\":{" + votes.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(",")) + "}}";
    }

    private static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(username, TestOrganization.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private static String sha256(String receipt) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(receipt.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
