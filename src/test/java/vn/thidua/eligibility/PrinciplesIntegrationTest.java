package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.thidua.achievement.Discipline;
import vn.thidua.achievement.Initiative;
import vn.thidua.achievement.PendingCase;
import vn.thidua.achievement.TaskRating;
import vn.thidua.catalog.SubjectType;
import vn.thidua.identity.SystemActor;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.ImportRejectedException;
import vn.thidua.support.IntegrationTest;

/** The legal principles as rules, missing data as UNKNOWN, indicators entered by hand, the pre-screen. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrinciplesIntegrationTest {

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
    void oneInitiativeBacksOneAwardOnly() {
        long id = fx.person(false);
        fx.rate(id, TaskRating.HTTNV, 2024);
        fx.award(id, "LAO_DONG_TIEN_TIEN", 2024);
        long initiative = fx.initiative(id, Initiative.Scope.BASE, LocalDate.of(2024, 6, 1));
        assertThat(fx.verdict(id, "CSTD_CO_SO", 2024, LocalDate.of(2025, 1, 10)).outcome()).isEqualTo(Outcome.PASS);

        SystemActor.run(() -> fx.achievements.useInitiative(initiative, "BANG_KHEN_TINH", 2024, "đã dùng"));
        Verdict after = fx.verdict(id, "CSTD_CO_SO", 2024, LocalDate.of(2025, 1, 10));
        assertThat(after.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(EligibilityFixture.criterion(after, "INITIATIVE").actual()).contains("initiatives = 0");
        assertThat(EligibilityFixture.criterion(after, "INITIATIVE").facts().get(0).source())
                .contains("used_award:[" + initiative + "]");
        // still counted for the award that used it
        assertThat(EligibilityFixture.criterion(fx.verdict(id, "BANG_KHEN_TINH", 2024, LocalDate.of(2025, 1, 10)), "INITIATIVES_2")
                .actual()).contains("initiatives = 1");
        assertThatThrownBy(() -> SystemActor.run(() -> fx.achievements.useInitiative(initiative, "CSTD_CO_SO", 2024,
                "lần hai"))).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("error.initiative.used");
    }

    @Test
    void twoAwardsRacingForTheSameInitiativeGetItOnce() throws Exception {
        long id = fx.person(true);
        long initiative = fx.initiative(id, Initiative.Scope.BASE, LocalDate.of(2024, 6, 1));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Boolean>> attempts = new java.util.ArrayList<>();
        for (String award : List.of("CSTD_CO_SO", "BANG_KHEN_TINH", "GIAY_KHEN", "CSTD_TINH")) {
            attempts.add(pool.submit(() -> {
                start.await();
                try {
                    SystemActor.run(() -> fx.achievements.useInitiative(initiative, award, 2024, "đua"));
                    return true;
                } catch (BusinessRuleException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (var attempt : attempts) {
            won += attempt.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(SystemActor.call(() -> fx.achievements.initiatives(id))).singleElement()
                .satisfies(i -> assertThat(i.usedAwardCode()).isNotNull());
    }

    @Test
    void thematicAndAdHocAwardsDoNotCountTowardMeritAwards() {
        long thematic = fx.person(false);
        long merit = fx.person(false);
        fx.rate(thematic, TaskRating.HTXSNV, 2020, 2021, 2022, 2023, 2024);
        fx.rate(merit, TaskRating.HTXSNV, 2020, 2021, 2022, 2023, 2024);
        for (long id : List.of(thematic, merit)) {
            for (int i = 0; i < 5; i++) {
                fx.initiative(id, Initiative.Scope.BASE, LocalDate.of(2020 + i, 3, 1));
            }
        }
        String csv = "so_cccd,ma_khen_thuong,nam,so_quyet_dinh,ngay_quyet_dinh,co_quan_ban_hanh,loai_hinh\n"
                + fx.citizenId(thematic) + ",BANG_KHEN_TINH,2021,12/QĐ-UBND,20/08/2021,UBND tỉnh,PHONG_TRAO\n"
                + fx.citizenId(merit) + ",BANG_KHEN_TINH,2021,13/QĐ-UBND,20/12/2021,UBND tỉnh,CONG_TRANG\n";
        int recorded = SystemActor.call(() -> fx.registry.importHistorical(csv.getBytes(StandardCharsets.UTF_8),
                "sổ vàng giấy"));
        assertThat(recorded).isEqualTo(2);
        Verdict byThematic = fx.verdict(thematic, "BANG_KHEN_TTG", 2024, LocalDate.of(2025, 3, 1));
        Verdict byMerit = fx.verdict(merit, "BANG_KHEN_TTG", 2024, LocalDate.of(2025, 3, 1));
        assertThat(EligibilityFixture.criterion(byThematic, "PRIOR_BK").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(EligibilityFixture.criterion(byThematic, "PRIOR_BK").facts().get(0).source()).contains("kind≠CONG_TRANG:1");
        assertThat(byThematic.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(byMerit.outcome()).isEqualTo(Outcome.PASS);
        assertThat(byMerit.ruleSetVerified()).isFalse();
    }

    @Test
    void anImportWithABadRowWritesNothingAndNamesEveryRow() {
        long id = fx.person(true);
        String csv = "so_cccd,ma_khen_thuong,nam,so_quyet_dinh,ngay_quyet_dinh,co_quan_ban_hanh,loai_hinh\n"
                + fx.citizenId(id) + ",GIAY_KHEN,2022,1/QĐ-SYT,10/12/2022,Sở Y tế,\n"
                + "000000000000,GIAY_KHEN,2022,2/QĐ-SYT,10/12/2022,Sở Y tế,\n"
                + fx.citizenId(id) + ",KHONG_CO,20x2,3/QĐ-SYT,10/12/2019,Sở Y tế,LA\n";
        assertThatThrownBy(() -> SystemActor.run(() -> fx.registry.importHistorical(
                csv.getBytes(StandardCharsets.UTF_8), "t"))).isInstanceOfSatisfying(ImportRejectedException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.row() + ":" + p.column())
                                .contains("3:so_cccd", "4:ma_khen_thuong", "4:nam", "4:loai_hinh"));
        assertThat(SystemActor.call(() -> fx.registry.history(id))).isEmpty();
    }

    @Test
    void noAwardWhileACaseIsPendingAndAchievementsCountOnlyAfterDiscipline() {
        long id = fx.person(false);
        fx.rate(id, TaskRating.HTTNV, 2024);
        long caseId = SystemActor.call(() -> fx.achievements.openCase(PendingCase.SubjectKind.INDIVIDUAL, id,
                PendingCase.Kind.COMPLAINT, LocalDate.of(2025, 1, 5), "đơn khiếu nại", "t"));
        Verdict pending = fx.verdict(id, "LAO_DONG_TIEN_TIEN", 2024, LocalDate.of(2025, 1, 20));
        assertThat(pending.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(EligibilityFixture.criterion(pending, "NO_PENDING_CASE").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(EligibilityFixture.criterion(pending, "NO_PENDING_CASE").principle()).isTrue();
        assertThat(fx.verdict(id, "LAO_DONG_TIEN_TIEN", 2024, LocalDate.of(2025, 1, 4)).outcome())
                .isEqualTo(Outcome.PASS);
        SystemActor.run(() -> fx.achievements.closeCase(caseId, LocalDate.of(2025, 2, 1), "đã giải quyết"));
        assertThat(fx.verdict(id, "LAO_DONG_TIEN_TIEN", 2024, LocalDate.of(2025, 2, 1)).outcome())
                .isEqualTo(Outcome.PASS);

        long disciplined = fx.person(false);
        fx.rate(disciplined, TaskRating.HTXSNV, 2021, 2022, 2023, 2024);
        fx.award(disciplined, "CSTD_CO_SO", 2021, 2022, 2023, 2024);
        fx.initiative(disciplined, Initiative.Scope.PROVINCE, LocalDate.of(2024, 2, 1));
        assertThat(fx.verdict(disciplined, "CSTD_TINH", 2024, LocalDate.of(2025, 1, 10)).outcome())
                .isEqualTo(Outcome.PASS);
        SystemActor.run(() -> fx.achievements.recordDiscipline(disciplined, Discipline.Form.KHIEN_TRACH,
                LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 1), LocalDate.of(2023, 2, 28), "5/QĐ-KL", "t"));
        Verdict restarted = fx.verdict(disciplined, "CSTD_TINH", 2024, LocalDate.of(2025, 1, 10));
        assertThat(restarted.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(EligibilityFixture.criterion(restarted, "CSTDCS_3").actual()).contains("= 1"); // only 2024 counts
        // during the discipline itself the principle refuses any award
        Verdict during = fx.verdict(disciplined, "CSTD_CO_SO", 2022, LocalDate.of(2022, 12, 1));
        assertThat(EligibilityFixture.criterion(during, "NO_PENDING_CASE").outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void missingDataIsUnknownNeverFail() {
        long id = fx.person(true);
        Verdict nothing = fx.verdict(id, "LAO_DONG_TIEN_TIEN", 2024, LocalDate.of(2025, 1, 10));
        assertThat(nothing.outcome()).isEqualTo(Outcome.UNKNOWN);
        CriterionResult rating = EligibilityFixture.criterion(nothing, "RATING");
        assertThat(rating.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(rating.problemKey()).isEqualTo("eligibility.problem.missing");
        assertThat(rating.facts()).singleElement().satisfies(f -> {
            assertThat(f.value()).isNull();
            assertThat(f.source()).contains("2024");
        });
        // an alternative route that passes decides despite missing data elsewhere
        fx.rate(id, TaskRating.HTXSNV, 2024);
        fx.award(id, "LAO_DONG_TIEN_TIEN", 2024);
        assertThat(fx.verdict(id, "CSTD_CO_SO", 2024, LocalDate.of(2025, 1, 10)).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void indicatorsEnteredByHandFeedCriteriaAndARunawayIsStopped() {
        long id = fx.person(false);
        fx.rate(id, TaskRating.HTTNV, 2024);
        List<CriterionDefinition> criteria = List.of(
                new CriterionDefinition("ONLINE", "Tỷ lệ hồ sơ trực tuyến", "", "indicator.HS_TRUC_TUYEN >= 90",
                        "Kế hoạch thử"),
                new CriterionDefinition("RATING", "Hoàn thành tốt", "", "consecutive.HTTNV >= 1", "Kế hoạch thử"));
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        Verdict before = SystemActor.call(() -> eligibility.evaluateCriteria(SubjectRef.person(id), "THU", criteria,
                2024, from, to, LocalDate.of(2025, 1, 10)));
        assertThat(before.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(before.missing()).isEqualTo(1);
        SystemActor.run(() -> eligibility.enterManualFact(new ManualFact(ManualFact.Kind.INDICATOR, "HS_TRUC_TUYEN",
                fx.org.roomA, from, to, new BigDecimal("92.5"), "Báo cáo quý IV/2024"), "nhập tay"));
        Verdict after = SystemActor.call(() -> eligibility.evaluateCriteria(SubjectRef.person(id), "THU", criteria,
                2024, from, to, LocalDate.of(2025, 1, 10)));
        assertThat(after.outcome()).isEqualTo(Outcome.PASS);
        assertThat(EligibilityFixture.criterion(after, "ONLINE").facts().get(0).source()).contains("elig_manual_fact")
                .contains("Báo cáo quý IV/2024");

        String list = "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29]";
        String runaway = list + ".all(a, " + list + ".all(b, " + list + ".all(c, a + b + c + year >= 0)))";
        Verdict stopped = SystemActor.call(() -> eligibility.evaluateCriteria(SubjectRef.person(id), "THU",
                List.of(new CriterionDefinition("RUNAWAY", "Vòng lặp", "", runaway, "—")), 2024, from, to,
                LocalDate.of(2025, 1, 10)));
        assertThat(EligibilityFixture.criterion(stopped, "RUNAWAY").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(EligibilityFixture.criterion(stopped, "RUNAWAY").problemKey()).isEqualTo("eligibility.problem.limit");
        assertThatThrownBy(() -> SystemActor.run(() -> eligibility.evaluateCriteria(SubjectRef.person(id), "THU",
                List.of(new CriterionDefinition("BAD", "Sai", "", "initiatives >= ", "—")), 2024, from, to,
                LocalDate.of(2025, 1, 10)))).isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.eligibility.expression"));
    }

    @Test
    void prescreenListsQualifiedFirstWithWomenPreferredAndThoseOneShort() {
        long woman = fx.person(true);
        long man = fx.person(false);
        long short1 = fx.person(true);
        fx.rate(woman, TaskRating.HTXSNV, 2019);
        fx.rate(man, TaskRating.HTXSNV, 2019);
        fx.award(woman, "LAO_DONG_TIEN_TIEN", 2019);
        fx.award(man, "LAO_DONG_TIEN_TIEN", 2019);
        fx.rate(short1, TaskRating.HTTNV, 2019); // neither excellent nor an initiative: one route criterion short
        fx.award(short1, "LAO_DONG_TIEN_TIEN", 2019);
        Prescreen result = SystemActor.call(() -> eligibility.prescreen("CSTD_CO_SO", SubjectType.INDIVIDUAL,
                fx.org.roomA, 2019, LocalDate.of(2025, 1, 10)));
        List<Long> qualified = result.qualified().stream().map(v -> v.subject().id()).toList();
        assertThat(qualified).contains(woman, man);
        assertThat(qualified.indexOf(woman)).isLessThan(qualified.indexOf(man));
        assertThat(result.oneShort()).extracting(v -> v.subject().id()).contains(short1);
        byte[] xlsx = SystemActor.call(() -> eligibility.prescreenWorkbook(result));
        assertThat(xlsx).startsWith('P', 'K');

        // a campaign's own criteria, pre-screened the same way
        List<CriterionDefinition> campaign = List.of(new CriterionDefinition("EXCELLENT", "Hoàn thành xuất sắc", "",
                "consecutive.HTXSNV >= 1", "Kế hoạch thử"));
        Prescreen byCampaign = SystemActor.call(() -> eligibility.prescreenCriteria("THU", campaign,
                SubjectType.INDIVIDUAL, fx.org.roomA, 2019, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31),
                LocalDate.of(2020, 1, 10)));
        assertThat(byCampaign.qualified()).extracting(v -> v.subject().id()).contains(woman, man)
                .doesNotContain(short1);
        assertThat(byCampaign.oneShort()).extracting(v -> v.subject().id()).contains(short1);
    }
}
