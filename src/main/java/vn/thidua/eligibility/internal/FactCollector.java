package vn.thidua.eligibility.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.springframework.stereotype.Component;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.Discipline;
import vn.thidua.achievement.Initiative;
import vn.thidua.achievement.PendingCase;
import vn.thidua.achievement.TaskRating;
import vn.thidua.achievement.UnitYear;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.CommendationKind;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.PersonInfo;
import vn.thidua.organization.UnitInfo;
import vn.thidua.registry.AwardRecord;
import vn.thidua.registry.AwardRegistry;
import vn.thidua.shared.Gender;

/**
 * Computes the facts of a subject from the records, applying the principles as it goes: awards of kinds that do not
 * count toward công trạng are left out of công trạng rules; nothing before the end of the latest discipline counts;
 * an initiative already used by another award is not counted again. Sources are written as short technical
 * references (table, year, decision) that the pages show as they are.
 */
@Component
class FactCollector {

    /** What the rule needs from the collector. */
    record Request(String awardCode, String kindCode, int year, int awardsFromYear, LocalDate periodFrom,
            LocalDate periodTo, LocalDate on, int initiativeWindowYears, Initiative.Scope initiativeMinScope,
            Collection<String> indicatorCodes, Collection<String> rankCodes, double womenShareForTie) {
    }

    /** The facts and who the subject is. */
    record Collected(FactSheet facts, String subjectName, boolean tiePreference) {
    }

    private final OrganizationDirectory organization;
    private final AchievementRecords achievements;
    private final AwardRegistry registry;
    private final AwardCatalog catalog;
    private final IndicatorFacts indicators;

    FactCollector(OrganizationDirectory organization, AchievementRecords achievements, AwardRegistry registry,
            AwardCatalog catalog, IndicatorFacts indicators) {
        this.organization = organization;
        this.achievements = achievements;
        this.registry = registry;
        this.catalog = catalog;
        this.indicators = indicators;
    }

    Collected person(long personId, Request request) {
        PersonInfo person = organization.person(personId);
        UnitInfo unit = organization.unit(person.unitId());
        FactSheet facts = new FactSheet();
        facts.put("subject.type", "INDIVIDUAL", "org_person " + personId);
        facts.put("subject.level", unit.level().name(), "org_unit " + unit.code());
        facts.put("subject.gender", person.gender().name(), "org_person " + personId);
        facts.put("year", (long) request.year(), "request");
        List<Discipline> disciplines = achievements.disciplines(personId);
        int firstCounting = firstCountingYear(disciplines, request.on());
        LocalDate cutoff = firstCounting == Integer.MIN_VALUE ? LocalDate.MIN : LocalDate.of(firstCounting, 1, 1);
        Map<Integer, TaskRating> ratings = new HashMap<>();
        achievements.personYears(personId).forEach(y -> ratings.put(y.year(), y.rating()));
        ratingChains(facts, ratings, request.year(), firstCounting, "ach_person_year");
        Map<String, Set<Integer>> awardYears = new HashMap<>();
        int excluded = 0;
        Set<String> notMerit = notMeritKinds(request.kindCode());
        for (AwardRecord record : registry.history(personId)) {
            if (record.awardCode() == null || record.annulled()) {
                continue;
            }
            if (record.kindCode() != null && notMerit.contains(record.kindCode())) {
                excluded++;
                continue;
            }
            awardYears.computeIfAbsent(record.awardCode(), c -> new HashSet<>()).add(record.year());
        }
        awardFacts(facts, awardYears, ratings.keySet(), request, firstCounting, "reg_award", excluded);
        initiativeFacts(facts, achievements.initiatives(personId), request, cutoff);
        boolean underDiscipline = disciplines.stream().anyMatch(d -> d.runsOn(request.on()));
        List<PendingCase> cases = achievements.pendingCases(PendingCase.SubjectKind.INDIVIDUAL, personId);
        caseFacts(facts, cases, underDiscipline, request.on());
        indicators.collect(facts, unit.id(), request);
        return new Collected(facts, person.fullName() + " — " + person.unitName(),
                person.gender() == Gender.FEMALE);
    }

    Collected unit(long unitId, Request request) {
        UnitInfo unit = organization.unit(unitId);
        FactSheet facts = new FactSheet();
        facts.put("subject.type", "COLLECTIVE", "org_unit " + unit.code());
        facts.put("subject.level", unit.level().name(), "org_unit " + unit.code());
        facts.put("year", (long) request.year(), "request");
        Map<Integer, TaskRating> ratings = new HashMap<>();
        UnitYear current = null;
        for (UnitYear y : achievements.unitYears(unitId)) {
            if (y.rating() != null) {
                ratings.put(y.year(), y.rating());
            }
            if (y.year() == request.year()) {
                current = y;
            }
        }
        ratingChains(facts, ratings, request.year(), Integer.MIN_VALUE, "ach_unit_year");
        Map<String, Set<Integer>> awardYears = new HashMap<>();
        int excluded = 0;
        Set<String> notMerit = notMeritKinds(request.kindCode());
        for (var award : achievements.unitAwards(unitId)) {
            if (notMerit.contains(award.kindCode())) {
                excluded++;
                continue;
            }
            awardYears.computeIfAbsent(award.awardCode(), c -> new HashSet<>()).add(award.year());
        }
        Set<Integer> recorded = new HashSet<>(ratings.keySet());
        if (current != null) {
            recorded.add(current.year());
        }
        awardFacts(facts, awardYears, recorded, request, Integer.MIN_VALUE, "ach_unit_award", excluded);
        boolean tie = false;
        String source = "ach_unit_year " + request.year();
        if (current != null) {
            memberFacts(facts, current, source);
            Double women = current.womenShare();
            if (women != null) {
                facts.put("subject.women_share", women, source);
                tie = women >= request.womenShareForTie();
            }
        } else {
            facts.missing("members.TOTAL", source);
        }
        caseFacts(facts, achievements.pendingCases(PendingCase.SubjectKind.COLLECTIVE, unitId), false, request.on());
        indicators.collect(facts, unitId, request);
        return new Collected(facts, unit.name(), tie);
    }

    static int firstCountingYear(List<Discipline> disciplines, LocalDate on) {
        return disciplines.stream().filter(d -> !d.effectiveFrom().isAfter(on))
                .mapToInt(d -> d.effectiveTo().getYear() + 1).max().orElse(Integer.MIN_VALUE);
    }

    private Set<String> notMeritKinds(String ruleKind) {
        Set<String> kinds = new HashSet<>();
        if (CommendationKind.MERIT.equals(ruleKind)) {
            catalog.commendationKinds().stream().filter(k -> !k.countsTowardMerit()).map(CommendationKind::code)
                    .forEach(kinds::add);
        }
        return kinds;
    }

    private static void ratingChains(FactSheet facts, Map<Integer, TaskRating> ratings, int year, int firstCounting,
            String table) {
        String source = table + " " + (firstCounting == Integer.MIN_VALUE ? "" : "≥" + firstCounting + " ") + "≤"
                + year;
        if (!ratings.containsKey(year)) {
            for (TaskRating rating : List.of(TaskRating.HTXSNV, TaskRating.HTTNV, TaskRating.HTNV)) {
                facts.missing("consecutive." + rating.name(), table + " " + year);
            }
            return;
        }
        for (TaskRating rating : List.of(TaskRating.HTXSNV, TaskRating.HTTNV, TaskRating.HTNV)) {
            IntPredicate held = y -> ratings.get(y) != null && ratings.get(y).atLeast(rating);
            facts.put("consecutive." + rating.name(), Chains.consecutive(year, held, ratings.keySet(),
                    firstCounting), source);
        }
    }

    private void awardFacts(FactSheet facts, Map<String, Set<Integer>> awardYears, Set<Integer> ratedYears,
            Request request, int firstCounting, String table, int excluded) {
        Set<Integer> recorded = new HashSet<>(ratedYears);
        awardYears.values().forEach(recorded::addAll);
        boolean known = recorded.contains(request.year());
        String note = excluded > 0 ? " kind≠CONG_TRANG:" + excluded : "";
        for (AwardType award : catalog.awardTypes()) {
            String code = award.code();
            Set<Integer> years = awardYears.getOrDefault(code, Set.of());
            if (!known) {
                facts.missing("consecutive." + code, table + " " + request.year());
                facts.missing("awards." + code, table + " " + request.year());
                continue;
            }
            Set<Integer> all = new HashSet<>(recorded);
            all.addAll(years);
            // a year without the award but with other records is a year the award was not held
            int chain = Chains.consecutive(request.year(), years::contains, all, firstCounting);
            facts.put("consecutive." + code, chain, table + " " + years + note);
            int from = Math.max(request.awardsFromYear(), firstCounting);
            long count = years.stream().filter(y -> y >= from && y <= request.year()).count();
            facts.put("awards." + code, count, table + " " + from + "–" + request.year() + note);
        }
    }

    private static void initiativeFacts(FactSheet facts, List<Initiative> initiatives, Request request,
            LocalDate cutoff) {
        int firstYear = request.year() - request.initiativeWindowYears() + 1;
        List<Long> counted = new ArrayList<>();
        List<Long> usedElsewhere = new ArrayList<>();
        for (Initiative initiative : initiatives) {
            int y = initiative.recognisedOn().getYear();
            if (y < firstYear || y > request.year() || !initiative.scope().atLeast(request.initiativeMinScope())
                    || initiative.recognisedOn().isBefore(cutoff)) {
                continue;
            }
            boolean forThis = request.awardCode().equals(initiative.usedAwardCode())
                    && Integer.valueOf(request.year()).equals(initiative.usedYear());
            if (initiative.used() && !forThis) {
                usedElsewhere.add(initiative.id());
                continue;
            }
            counted.add(initiative.id());
        }
        facts.put("initiatives", (long) counted.size(), "ach_initiative " + counted + " " + firstYear + "–"
                + request.year() + " ≥" + request.initiativeMinScope()
                + (usedElsewhere.isEmpty() ? "" : " used_award:" + usedElsewhere));
    }

    private static void caseFacts(FactSheet facts, List<PendingCase> cases, boolean underDiscipline, LocalDate on) {
        List<Long> review = cases.stream().filter(c -> c.openOn(on) && c.kind() == PendingCase.Kind.DISCIPLINE_REVIEW)
                .map(PendingCase::id).toList();
        List<Long> other = cases.stream().filter(c -> c.openOn(on) && c.kind() != PendingCase.Kind.DISCIPLINE_REVIEW)
                .map(PendingCase::id).toList();
        facts.put("discipline_pending", underDiscipline || !review.isEmpty(),
                "ach_discipline/ach_pending_case " + review + " " + on);
        facts.put("investigation_pending", !other.isEmpty(), "ach_pending_case " + other + " " + on);
    }

    private static void memberFacts(FactSheet facts, UnitYear year, String source) {
        facts.put("members.TOTAL", year.memberCount(), source);
        facts.put("members.WOMEN", year.womenCount(), source);
        Map<String, Integer> counts = new HashMap<>();
        counts.put("COMPLETED", year.completedCount());
        counts.put("LAO_DONG_TIEN_TIEN", year.ldttCount());
        counts.put("CSTD_CO_SO", year.cstdcsCount());
        counts.put("DISCIPLINED", year.disciplinedCount());
        counts.forEach((key, count) -> {
            if (count == null) {
                facts.missing("members." + key, source);
                facts.missing("share." + key, source);
                return;
            }
            facts.put("members." + key, count, source);
            if (year.memberCount() > 0) {
                facts.put("share." + key, (double) count / year.memberCount(), source);
            }
        });
        if (year.memberCount() > 0) {
            facts.put("share.WOMEN", (double) year.womenCount() / year.memberCount(), source);
        }
    }
}
