package vn.thidua.system;

import static vn.thidua.support.Web.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.audit.AuditTrail;
import vn.thidua.identity.SystemActor;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestOrganization;

/**
 * Bad input and forged requests are refused with a message that names the field, and leave nothing behind; a
 * tampered audit entry is found by the chain check.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusalsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AuditTrail audit;
    @Autowired
    DataSource dataSource;

    TestOrganization org;

    @BeforeAll
    void organisation() {
        org = new TestOrganization(context);
    }

    @Test
    void anImpossibleDateIsRefusedNamingItsField() throws Exception {
        mvc.perform(post("/api/v1/people").with(httpBasic(org.admin, TestOrganization.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                .content("{\"fullName\":\"Hoàng Thị Thu\",\"gender\":\"FEMALE\",\"birthDate\":\"1985-02-30\","
                        + "\"citizenId\":\"001185012345\",\"position\":\"Chuyên viên\",\"unitId\":" + org.roomA + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("birthDate"))
                .andExpect(jsonPath("$.detail").value("Parameter birthDate is not valid."));
        assertThat(peopleFound("hoang thi thu")).doesNotContain("Hoàng Thị Thu");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedPlainly() throws Exception {
        mvc.perform(post("/api/v1/proposals").with(httpBasic(org.officerA, TestOrganization.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "vi").content("{\"personId\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Nội dung yêu cầu không đọc được (không phải JSON hợp lệ)."));
    }

    @Test
    void forgedFormFieldsAreRefusedAndWriteNothing() throws Exception {
        MockHttpSession officerB = signIn(mvc, org.officerB);
        // a person of another unit, with a valid CSRF token: the service refuses by scope
        mvc.perform(post("/proposals").session(officerB).with(csrf()).param("personId", String.valueOf(org.personA))
                .param("awardCode", "GIAY_KHEN").param("summary", "giả mạo đơn vị"))
                .andExpect(status().isForbidden());
        // an award that the catalogue does not have
        mvc.perform(post("/proposals").session(officerB).with(csrf()).param("personId", String.valueOf(org.personB))
                .param("awardCode", "HUAN_CHUONG_GIA").param("summary", "giả mạo khen thưởng"))
                .andExpect(status().isUnprocessableContent());
        // a number field holding words
        mvc.perform(post("/proposals").session(officerB).with(csrf()).param("personId", "1 or 1=1")
                .param("awardCode", "GIAY_KHEN").param("summary", "giả mạo số"))
                .andExpect(status().isBadRequest());
        String proposals = mvc.perform(get("/api/v1/proposals").with(httpBasic(org.admin, TestOrganization.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(proposals).doesNotContain("giả mạo");
    }

    @Test
    void aTamperedAuditEntryIsFoundByTheChainCheck() throws Exception {
        mvc.perform(post("/api/v1/people").with(httpBasic(org.admin, TestOrganization.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"Đinh Văn Khoa\",\"gender\":\"MALE\",\"birthDate\":\"1975-07-01\","
                        + "\"citizenId\":\"001075012345\",\"position\":\"Phó Trưởng phòng\",\"unitId\":" + org.roomA
                        + "}")).andExpect(status().isCreated());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long last = jdbc.queryForObject("select max(sequence) from audit_entry", Long.class);
        String original = jdbc.queryForObject("select after_state from audit_entry where sequence = ?", String.class,
                last);
        assertThat(original).contains("Đinh Văn Khoa");
        boolean postgres = isPostgres(jdbc);
        String tamper = "update audit_entry set after_state = ? where sequence = ?";
        if (postgres) {
            assertThatThrownBy(() -> jdbc.update(tamper, "x", last)).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("append-only");
            jdbc.execute("alter table audit_entry disable trigger audit_entry_no_update_delete");
        }
        try {
            jdbc.update(tamper, original.replace("Đinh Văn Khoa", "Đinh Văn Khoá"), last);
            AuditTrail.ChainVerification broken = SystemActor.call(audit::verify);
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenSequence()).isEqualTo(last);
        } finally {
            jdbc.update(tamper, original, last);
            if (postgres) {
                jdbc.execute("alter table audit_entry enable trigger audit_entry_no_update_delete");
            }
        }
        assertThat(SystemActor.call(audit::verify).intact()).isTrue();
    }

    private static boolean isPostgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) -> connection.getMetaData()
                .getDatabaseProductName().toLowerCase().contains("postgres")));
    }

    private String peopleFound(String query) throws Exception {
        return mvc.perform(get("/api/v1/people").param("q", query)
                .with(httpBasic(org.admin, TestOrganization.PASSWORD))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

}
