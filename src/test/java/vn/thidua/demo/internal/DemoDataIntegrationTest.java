package vn.thidua.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import vn.thidua.demo.DemoData;
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.SystemActor;
import vn.thidua.indicator.IndicatorValues;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.PersonInfo;
import vn.thidua.organization.SuccessionInfo;
import vn.thidua.organization.UnitInfo;
import vn.thidua.organization.UnitLevel;
import vn.thidua.registry.AwardRecord;
import vn.thidua.registry.AwardRegistry;

/** The demo loads at start-up into an empty database, through the real modules, and only once. */
@SpringBootTest(properties = {"thidua.demo.load=true",
        "spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1"})
class DemoDataIntegrationTest {

    @Autowired
    private DemoData demoData;
    @Autowired
    private DemoDataRunner runner;
    @Autowired
    private OrganizationDirectory directory;
    @Autowired
    private AccountManagement accounts;
    @Autowired
    private AwardRegistry registry;
    @Autowired
    private Clock clock;
    @Autowired
    private IndicatorValues indicators;

    @Test
    void loadsTheSampleProvinceOnceAtStartUp() {
        DemoData.Summary summary = runner.loaded()
                .orElseThrow(() -> new AssertionError("the demo was not loaded at start-up; see the log"));
        System.out.println("Demo data load took " + summary.millis() + " ms: " + summary);

        SystemActor.run(() -> {
            UnitInfo province = directory.unitByCode(DemoData.PROVINCE_CODE).orElseThrow();
            assertThat(directory.roots()).extracting(UnitInfo::code).containsExactly(DemoData.PROVINCE_CODE);
            List<UnitInfo> children = directory.children(province.id());
            LocalDate today = LocalDate.now(clock);
            assertThat(children).filteredOn(unit -> unit.level() == UnitLevel.AGENCY).hasSizeGreaterThanOrEqualTo(20);
            assertThat(children).filteredOn(unit -> unit.level() == UnitLevel.COMMUNE && unit.activeOn(today))
                    .hasSizeGreaterThanOrEqualTo(60);
            int lastYear = today.getYear() - 1;
            assertThat(summary.dossiers()).as("last year's and this year's dossiers").isGreaterThan(12_000);
            assertThat(indicators.value("HS_TRUC_TUYEN", province.id(), LocalDate.of(lastYear, 1, 1),
                    LocalDate.of(lastYear, 12, 31)).orElseThrow().value()).isBetween(BigDecimal.valueOf(60),
                    BigDecimal.valueOf(98));
            UnitInfo sgtvt = directory.unitByCode("DEMO.SGTVT").orElseThrow();
            assertThat(sgtvt.abbreviation()).isEqualTo("SGTVT");
            assertThat(sgtvt.placeName()).isEqualTo("Sơn Hà");
            assertThat(directory.successions(directory.unitByCode("DEMO.STTTT").orElseThrow().id()))
                    .extracting(SuccessionInfo::kind).containsExactly(SuccessionInfo.SuccessionKind.MERGER);
            assertThat(directory.clusters(Year.now(clock).getValue())).hasSize(5);

            assertThat(directory.searchPeople("", province.id(), PageRequest.of(0, 1)).getTotalElements())
                    .isEqualTo(summary.people());
            assertThat(directory.searchPeople("nguyen van an", null, PageRequest.of(0, 20)))
                    .extracting(PersonInfo::fullName).contains("Nguyễn Văn An");

            DemoDataset.Award award = DemoGenerator.generate(DemoResources.load(), Year.now(clock).getValue())
                    .awards().get(0);
            PersonInfo awarded = directory.searchPeople("", province.id(), PageRequest.of(0, 5000)).stream()
                    .filter(person -> person.citizenId().equals(award.citizenId())).findFirst().orElseThrow();
            assertThat(registry.history(awarded.id())).extracting(AwardRecord::decisionNumber)
                    .contains(award.decisionNumber());

            assertThat(DemoData.ACCOUNTS).allSatisfy(account ->
                    assertThat(accounts.exists(account.username())).as(account.username()).isTrue());
            assertThatThrownBy(demoData::load).isInstanceOf(IllegalStateException.class);
        });
    }
}
