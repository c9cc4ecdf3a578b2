package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.thidua.achievement.Initiative;
import vn.thidua.achievement.TaskRating;
import vn.thidua.achievement.UnitYear;
import vn.thidua.identity.SystemActor;
import vn.thidua.support.IntegrationTest;

/**
 * The title chains of the catalogue at their date boundaries, and the rule set chosen by the date of review: a 2023
 * review under ND 91/2017, a 2024 one under ND 98/2023, a September 2025 one under ND 152/2025.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainRulesIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    EligibilityCheck eligibility;

    EligibilityFixture fx;

    @BeforeAll
    void organisation() {
        fx = new EligibilityFixture(context);
    }

    @Test
    void cstdcsNeededAnInitiativeUntil2023AndExcellenceSufficesFrom2024() {
        long id = fx.person(false);
        fx.rate(id, TaskRating.HTXSNV, 2023);
        fx.award(id, "LAO_DONG_TIEN_TIEN", 2023);

        Verdict old = fx.verdict(id, "CSTD_CO_SO", 2023, LocalDate.of(2023, 12, 31));
        assertThat(old.ruleSetCode()).isEqualTo("CSTDCS.I.ND91");
        assertThat(old.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(EligibilityFixture.criterion(old, "INITIATIVE").outcome()).isEqualTo(Outcome.FAIL);

        Verdict underNd98 = fx.verdict(id, "CSTD_CO_SO", 2023, LocalDate.of(2024, 1, 1));
        assertThat(underNd98.ruleSetCode()).isEqualTo("CSTDCS.I.ND98");
        assertThat(underNd98.ruleSetBasis()).contains("98/2023");
        assertThat(underNd98.outcome()).isEqualTo(Outcome.PASS);
        assertThat(EligibilityFixture.criterion(underNd98, "EXCELLENT").outcome()).isEqualTo(Outcome.PASS);
        assertThat(EligibilityFixture.criterion(underNd98, "INITIATIVE").outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void aProposalOf2024IsJudgedUnderNd98AndOneOfSeptember2025UnderNd152() {
        long id = fx.person(true);
        fx.rate(id, TaskRating.HTTNV, 2024);
        Verdict in2024 = fx.verdict(id, "LAO_DONG_TIEN_TIEN", 2024, LocalDate.of(2025, 6, 30));
        Verdict in2025 = fx.verdict(id, "LAO_DONG_TIEN_TIEN", 2024, LocalDate.of(2025, 9, 15));
        assertThat(in2024.ruleSetCode()).isEqualTo("LDTT.I.ND98");
        assertThat(in2024.ruleSetBasis()).contains("98/2023").doesNotContain("152/2025");
        assertThat(in2025.ruleSetCode()).isEqualTo("LDTT.I.ND152");
        assertThat(in2025.ruleSetBasis()).contains("152/2025").doesNotContain("98/2023");
        assertThat(in2024.outcome()).isEqualTo(Outcome.PASS);
        assertThat(in2025.outcome()).isEqualTo(Outcome.PASS);
        // the principle cited follows the date too
        assertThat(EligibilityFixture.criterion(in2024, "NO_PENDING_CASE").legalBasis()).contains("98/2023");
        assertThat(EligibilityFixture.criterion(in2025, "NO_PENDING_CASE").legalBasis()).contains("152/2025");
    }

    @Test
    void cstdTinhNeedsThreeConsecutiveCstdcsAndAProvincialInitiative() {
        long chain = fx.person(false);
        fx.rate(chain, TaskRating.HTXSNV, 2022, 2023, 2024);
        fx.award(chain, "CSTD_CO_SO", 2022, 2023, 2024);
        fx.initiative(chain, Initiative.Scope.PROVINCE, LocalDate.of(2024, 5, 1));
        Verdict ok = fx.verdict(chain, "CSTD_TINH", 2024, LocalDate.of(2025, 2, 1));
        assertThat(ok.outcome()).isEqualTo(Outcome.PASS);
        assertThat(EligibilityFixture.criterion(ok, "CSTDCS_3").actual()).contains("consecutive.CSTD_CO_SO = 3");
        assertThat(EligibilityFixture.criterion(ok, "CSTDCS_3").required()).isEqualTo("consecutive.CSTD_CO_SO >= 3");

        long gap = fx.person(false);
        fx.rate(gap, TaskRating.HTXSNV, 2021, 2022, 2023, 2024);
        fx.award(gap, "CSTD_CO_SO", 2021, 2023, 2024);
        fx.initiative(gap, Initiative.Scope.BASE, LocalDate.of(2024, 5, 1));
        Verdict broken = fx.verdict(gap, "CSTD_TINH", 2024, LocalDate.of(2025, 2, 1));
        assertThat(broken.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(EligibilityFixture.criterion(broken, "CSTDCS_3").actual()).contains("= 2");
        assertThat(EligibilityFixture.criterion(broken, "INITIATIVE_PROVINCE").outcome()).isEqualTo(Outcome.FAIL);
        // the chain ends at the year judged: CSTĐCS of 2025 does not help a 2024 review
        fx.award(gap, "CSTD_CO_SO", 2025);
        assertThat(EligibilityFixture.criterion(fx.verdict(gap, "CSTD_TINH", 2024, LocalDate.of(2025, 2, 1)), "CSTDCS_3").actual())
                .contains("= 2");
    }

    @Test
    void bangKhenTinhHasTwoRoutesAndOneShortIsCounted() {
        long titles = fx.person(false);
        fx.rate(titles, TaskRating.HTTNV, 2023, 2024);
        fx.award(titles, "CSTD_CO_SO", 2023, 2024);
        Verdict byTitles = fx.verdict(titles, "BANG_KHEN_TINH", 2024, LocalDate.of(2025, 3, 1));
        assertThat(byTitles.outcome()).isEqualTo(Outcome.PASS);
        assertThat(EligibilityFixture.criterion(byTitles, "CSTDCS_2").route()).isEqualTo("A");

        long excellent = fx.person(true);
        fx.rate(excellent, TaskRating.HTXSNV, 2023, 2024);
        fx.initiative(excellent, Initiative.Scope.BASE, LocalDate.of(2023, 4, 1));
        Verdict oneInitiative = fx.verdict(excellent, "BANG_KHEN_TINH", 2024, LocalDate.of(2025, 3, 1));
        assertThat(oneInitiative.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(oneInitiative.missing()).isEqualTo(1);
        fx.initiative(excellent, Initiative.Scope.BASE, LocalDate.of(2024, 9, 1));
        Verdict twoInitiatives = fx.verdict(excellent, "BANG_KHEN_TINH", 2024, LocalDate.of(2025, 3, 1));
        assertThat(twoInitiatives.outcome()).isEqualTo(Outcome.PASS);
        assertThat(EligibilityFixture.criterion(twoInitiatives, "CSTDCS_2").outcome()).isEqualTo(Outcome.FAIL);

        // an initiative of 2022 lies outside the two-year window
        long old = fx.person(false);
        fx.rate(old, TaskRating.HTXSNV, 2023, 2024);
        fx.initiative(old, Initiative.Scope.BASE, LocalDate.of(2022, 12, 31));
        fx.initiative(old, Initiative.Scope.BASE, LocalDate.of(2024, 1, 1));
        assertThat(fx.verdict(old, "BANG_KHEN_TINH", 2024, LocalDate.of(2025, 3, 1)).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void collectivesNeedTheirMembersShares() {
        long unit = fx.org.roomB;
        SystemActor.run(() -> {
            fx.achievements.rateUnit(new UnitYear(unit, 2023, TaskRating.HTXSNV, 10, 7, 10, 8, 1, 0, "bb 2023"), "t");
            fx.achievements.rateUnit(new UnitYear(unit, 2024, TaskRating.HTXSNV, 10, 6, 10, 7, 1, 0, "bb 2024"), "t");
            fx.achievements.recordUnitAward(unit, "TAP_THE_LDXS", 2023, "CONG_TRANG", "1/QĐ-UBND",
                    LocalDate.of(2024, 1, 20), "t");
        });
        Verdict ldxs = SystemActor.call(() -> eligibility.evaluate(SubjectRef.unit(unit), "TAP_THE_LDXS", 2024,
                LocalDate.of(2025, 1, 15)));
        assertThat(ldxs.outcome()).isEqualTo(Outcome.PASS);
        assertThat(ldxs.tiePreference()).isFalse(); // 6 of 10 women
        assertThat(SystemActor.call(() -> eligibility.evaluate(SubjectRef.unit(unit), "TAP_THE_LDXS", 2023,
                LocalDate.of(2024, 1, 15))).tiePreference()).isTrue(); // 7 of 10

        Verdict bk = SystemActor.call(() -> eligibility.evaluate(SubjectRef.unit(unit), "BANG_KHEN_TINH", 2024,
                LocalDate.of(2025, 1, 15)));
        assertThat(bk.outcome()).isEqualTo(Outcome.PASS);
        assertThat(EligibilityFixture.criterion(bk, "EXCELLENT_2").outcome()).isEqualTo(Outcome.PASS);
        assertThat(EligibilityFixture.criterion(bk, "TTLDXS_2").outcome()).isEqualTo(Outcome.FAIL); // 2024 not yet awarded

        SystemActor.run(() -> fx.achievements.rateUnit(new UnitYear(unit, 2022, TaskRating.HTXSNV, 10, 5, 9, 6,
                0, 1, "bb 2022"), "t"));
        Verdict weak = SystemActor.call(() -> eligibility.evaluate(SubjectRef.unit(unit), "TAP_THE_LDTT", 2022,
                LocalDate.of(2024, 2, 1)));
        assertThat(weak.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(EligibilityFixture.criterion(weak, "LDTT_SHARE").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(EligibilityFixture.criterion(weak, "NO_WARNING").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(weak.missing()).isEqualTo(2);
    }
}
