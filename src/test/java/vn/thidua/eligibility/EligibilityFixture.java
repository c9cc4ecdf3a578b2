package vn.thidua.eligibility;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.Initiative;
import vn.thidua.achievement.TaskRating;
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.Role;
import vn.thidua.identity.RoleGrant;
import vn.thidua.identity.SystemActor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationManagement;
import vn.thidua.registry.AwardRegistry;
import vn.thidua.support.TestOrganization;

/** Fresh people with their records for each test, in the test organisation's room A; a provincial TĐKT office. */
final class EligibilityFixture {

    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dung", "Giang", "Hà", "Khánh", "Lan", "Minh",
        "Nga", "Oanh", "Phúc", "Quyên", "Sơn", "Thảo", "Uyên", "Vân", "Xuân", "Yến"};

    final TestOrganization org;
    final String office;
    private final OrganizationManagement management;
    private final OrganizationDirectory directory;
    final AchievementRecords achievements;
    final AwardRegistry registry;
    private final EligibilityCheck eligibility;
    private final AtomicInteger counter = new AtomicInteger();

    EligibilityFixture(ApplicationContext context) {
        org = new TestOrganization(context);
        management = context.getBean(OrganizationManagement.class);
        directory = context.getBean(OrganizationDirectory.class);
        achievements = context.getBean(AchievementRecords.class);
        registry = context.getBean(AwardRegistry.class);
        eligibility = context.getBean(EligibilityCheck.class);
        office = "office." + org.suffix.toLowerCase();
        SystemActor.run(() -> context.getBean(AccountManagement.class).createAccount(new AccountManagement.NewAccount(
                office, "Ban Thi đua", TestOrganization.PASSWORD, List.of(RoleGrant.of(Role.TDKT_OFFICE,
                        org.province)))));
    }

    /** The verdict on a person for an award and achievement year, as the engine gives it on the date. */
    Verdict verdict(long personId, String award, int year, LocalDate on) {
        return SystemActor.call(() -> eligibility.evaluate(SubjectRef.person(personId), award, year, on));
    }

    static CriterionResult criterion(Verdict verdict, String code) {
        return verdict.criteria().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    /** A new person in room A; returns the id. */
    long person(boolean female) {
        int n = counter.incrementAndGet();
        String name = "Phạm " + (female ? "Thị" : "Văn") + " " + GIVEN[n % GIVEN.length] + " " + org.suffix + "x" + n + "z";
        String citizen = "001" + (female ? "1" : "0") + "85" + String.format("%06d",
                ThreadLocalRandom.current().nextInt(1_000_000));
        String csv = "ho_ten,gioi_tinh,ngay_sinh,so_cccd,chuc_vu,ma_don_vi\n" + name + "," + (female ? "Nữ" : "Nam")
                + ",15/03/1985," + citizen + ",Chuyên viên," + org.code("RA");
        return SystemActor.call(() -> {
            management.importPeople(csv.getBytes(StandardCharsets.UTF_8), "test");
            return directory.searchPeople(org.suffix + "x" + n + "z", org.roomA, Pageable.ofSize(2)).getContent().get(0)
                    .id();
        });
    }

    String citizenId(long personId) {
        return SystemActor.call(() -> directory.person(personId).citizenId());
    }

    void rate(long personId, TaskRating rating, int... years) {
        SystemActor.run(() -> {
            for (int year : years) {
                achievements.ratePerson(personId, year, rating, false, "biên bản bình xét " + year, "test");
            }
        });
    }

    void award(long personId, String code, int... years) {
        SystemActor.run(() -> {
            for (int year : years) {
                registry.recordHistorical(personId, code, code, year + "/QĐ-T", LocalDate.of(year, 12, 20),
                        "Sở Thử");
            }
        });
    }

    long initiative(long personId, Initiative.Scope scope, LocalDate recognisedOn) {
        return SystemActor.call(() -> achievements.recordInitiative(personId, "Sáng kiến " + recognisedOn,
                Initiative.WorkKind.INITIATIVE, scope, recognisedOn, "Hội đồng sáng kiến", "test"));
    }
}
