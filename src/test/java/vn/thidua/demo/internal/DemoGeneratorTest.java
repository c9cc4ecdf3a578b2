package vn.thidua.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.thidua.demo.DemoData;
import vn.thidua.organization.ClusterInfo.ClusterKind;
import vn.thidua.organization.UnitLevel;
import vn.thidua.shared.CitizenId;
import vn.thidua.shared.Gender;

/** The generated province, without Spring or a database: valid, plausible and the same on every run. */
class DemoGeneratorTest {

    private static final int YEAR = 2026;
    private static final LocalDate TODAY = LocalDate.of(YEAR, 11, 22);

    private final DemoDataset dataset = DemoGenerator.generate(DemoResources.load(), YEAR);
    private final Map<String, DemoDataset.Unit> units = dataset.units().stream()
            .collect(Collectors.toMap(DemoDataset.Unit::code, Function.identity()));

    @Test
    void sameDataOnEveryRun() {
        assertThat(DemoGenerator.generate(DemoResources.load(), YEAR)).isEqualTo(dataset);
    }

    @Test
    void citizenIdsAreValidUniqueAndAgreeWithBirthAndGender() {
        Set<String> seen = new HashSet<>();
        for (DemoDataset.Person person : dataset.people()) {
            assertThat(person.citizenId()).matches("\\d{12}");
            assertThat(CitizenId.problemWith(person.citizenId())).isEmpty();
            assertThat(new CitizenId(person.citizenId()).agreesWith(person.birthDate(), person.gender()))
                    .as(person.toString()).isTrue();
            assertThat(seen.add(person.citizenId())).as("duplicate " + person.citizenId()).isTrue();
        }
    }

    @Test
    void aboutThreeThousandPlausiblePeopleInTodaysUnits() {
        List<DemoDataset.Person> people = dataset.people();
        assertThat(people).hasSize(PeopleGenerator.PEOPLE);
        long women = people.stream().filter(person -> person.gender() == Gender.FEMALE).count();
        assertThat(women).isBetween(people.size() * 4L / 10, people.size() * 6L / 10);
        assertThat(people).allSatisfy(person -> {
            assertThat(person.fullName()).matches("\\p{Lu}\\p{L}*( \\p{Lu}\\p{L}*){2,3}");
            assertThat(person.birthDate().getYear()).isBetween(1965, 2000);
            DemoDataset.Unit unit = units.get(person.unitCode());
            assertThat(unit).as(person.unitCode()).isNotNull();
            assertThat(unit.validTo()).isNull();
            assertThat(unit.validFrom()).isBefore(TODAY);
        });
        long withDiacritics = people.stream().filter(person -> !person.fullName().matches("\\p{ASCII}*")).count();
        assertThat(withDiacritics).isGreaterThan(people.size() * 9L / 10);
        assertThat(people.stream().filter(person -> person.fullName().startsWith("Nguy")).count())
                .isBetween(people.size() * 3L / 10, people.size() / 2L);
    }

    @Test
    void featuredPeopleAreWhereTheTestsLookForThem() {
        assertThat(dataset.people()).filteredOn(person -> person.fullName().equals("Nguyễn Văn An"))
                .singleElement().satisfies(person -> {
                    assertThat(person.gender()).isEqualTo(Gender.MALE);
                    assertThat(person.unitCode()).startsWith("DEMO.SGTVT.");
                });
        assertThat(dataset.people()).filteredOn(person -> person.fullName().equals("Nguyễn Thị Hồng Nhung"))
                .singleElement().satisfies(person -> {
                    assertThat(person.gender()).isEqualTo(Gender.FEMALE);
                    assertThat(person.unitCode()).isEqualTo("DEMO.SGTVT.QLVT");
                });
        assertThat(dataset.people()).filteredOn(person -> person.unitCode().equals("DEMO.SGTVT"))
                .extracting(DemoDataset.Person::position).containsOnlyOnce("Giám đốc");
    }

    @Test
    void provinceWithAgenciesRoomsCommunesAndHistory() {
        DemoDataset.Unit province = units.get(DemoData.PROVINCE_CODE);
        assertThat(province.level()).isEqualTo(UnitLevel.PROVINCE);
        assertThat(province.name()).contains("dữ liệu mẫu");
        assertThat(units.get("DEMO.SGTVT").abbreviation()).isEqualTo("SGTVT");
        assertThat(units).containsKeys("DEMO.SNV.TDKT", "DEMO.SGTVT.QLVT");
        assertThat(count(UnitLevel.AGENCY, true)).isGreaterThanOrEqualTo(20);
        assertThat(count(UnitLevel.COMMUNE, true)).isGreaterThanOrEqualTo(60);
        assertThat(count(UnitLevel.DISTRICT, false)).isEqualTo(2);
        for (DemoDataset.Unit agency : dataset.units()) {
            if (agency.level() == UnitLevel.AGENCY) {
                assertThat(dataset.units().stream().filter(room -> agency.code().equals(room.parentCode())))
                        .hasSizeBetween(3, 6);
            }
        }
        assertThat(dataset.units()).allSatisfy(unit -> {
            assertThat(unit.code()).matches("[A-Za-z0-9.\\-_]{1,40}");
            assertThat(unit.abbreviation()).matches("[\\p{Lu}\\p{N}&]{1,20}");
            assertThat(unit.parentCode() == null || units.containsKey(unit.parentCode())).isTrue();
        });
        assertThat(dataset.successions()).allSatisfy(link -> {
            assertThat(units.get(link.predecessorCode()).validTo()).isEqualTo(link.effectiveDate().minusDays(1));
            assertThat(units.get(link.successorCode()).validTo()).isNull();
        });
        assertThat(dataset.successions()).anySatisfy(link -> {
            assertThat(link.predecessorCode()).isEqualTo("DEMO.STTTT");
            assertThat(link.successorCode()).isEqualTo("DEMO.SKHCN");
        });
    }

    @Test
    void clustersAndBlocsForThisYearAndTheLastHeadedByAMember() {
        assertThat(dataset.clusters()).extracting(DemoDataset.Cluster::year).containsOnly(YEAR - 1, YEAR);
        assertThat(dataset.clusters()).filteredOn(cluster -> cluster.kind() == ClusterKind.CLUSTER).hasSize(4);
        assertThat(dataset.clusters()).filteredOn(cluster -> cluster.kind() == ClusterKind.BLOC).hasSize(6);
        assertThat(dataset.clusters()).allSatisfy(cluster -> {
            assertThat(cluster.memberCodes()).contains(cluster.headCode());
            assertThat(cluster.memberCodes()).allSatisfy(code -> assertThat(units.get(code).validTo()).isNull());
        });
    }

    @Test
    void pastAwardsOfAFewHundredPeople() {
        Set<String> citizenIds = dataset.people().stream().map(DemoDataset.Person::citizenId)
                .collect(Collectors.toSet());
        long awarded = dataset.awards().stream().map(DemoDataset.Award::citizenId).distinct().count();
        assertThat(awarded).isBetween(200L, 500L);
        assertThat(dataset.awards()).allSatisfy(award -> {
            assertThat(citizenIds).contains(award.citizenId());
            assertThat(award.decisionDate().getYear()).isBetween(AwardGenerator.FIRST_YEAR, AwardGenerator.LAST_YEAR);
            assertThat(award.decisionNumber()).matches("\\d+/QĐ-[\\p{Lu}\\p{N}&]+");
            assertThat(award.issuerName()).isNotBlank();
        });
        assertThat(dataset.awards()).extracting(DemoDataset.Award::awardName)
                .contains("Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Giấy khen");
        assertThat(dataset.awards()).filteredOn(award -> award.awardName().equals("Giấy khen"))
                .extracting(DemoDataset.Award::awardCode).containsOnly("GIAY_KHEN");
    }

    @Test
    void everyDemoAccountHasANameAndTheSigningLeadersSign() {
        assertThat(dataset.accounts()).hasSameSizeAs(DemoData.ACCOUNTS).allSatisfy(account -> {
            assertThat(account.displayName()).isNotBlank();
            assertThat(units).containsKey(account.account().unitCode());
            assertThat(account.account().password()).hasSizeGreaterThanOrEqualTo(10);
        });
        assertThat(dataset.accounts()).filteredOn(account -> account.account().username().equals("phogiamdoc.sgtvt"))
                .singleElement().satisfies(account -> {
                    assertThat(account.signingTitle()).isEqualTo("Phó Giám đốc");
                    assertThat(account.signingAuthority()).isEqualTo("KT. GIÁM ĐỐC");
                });
    }

    private long count(UnitLevel level, boolean current) {
        return dataset.units().stream()
                .filter(unit -> unit.level() == level && (unit.validTo() == null) == current).count();
    }
}
