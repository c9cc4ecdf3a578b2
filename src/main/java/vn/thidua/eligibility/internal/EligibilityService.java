package vn.thidua.eligibility.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.Initiative;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.CommendationKind;
import vn.thidua.catalog.SubjectType;
import vn.thidua.eligibility.CriterionDefinition;
import vn.thidua.eligibility.EligibilityCheck;
import vn.thidua.eligibility.ExpressionProblem;
import vn.thidua.eligibility.ManualFact;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.Prescreen;
import vn.thidua.eligibility.RuleSetView;
import vn.thidua.eligibility.SubjectRef;
import vn.thidua.eligibility.Verdict;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.PersonInfo;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.NotFoundException;

/**
 * The engine behind {@link EligibilityCheck}: picks the rule set in force on the date, adds the principles, collects
 * the facts and explains each criterion. Compiled programs are cached by expression text.
 */
@Service
@Transactional(readOnly = true)
class EligibilityService implements EligibilityCheck {

    private static final Pattern CODE = Pattern.compile("\\b(indicator|rank)\\.([A-Za-z_][A-Za-z0-9_]*)");
    private static final String TIE = "TIE_PREFERS_WOMEN";

    private final RuleSets ruleSets;
    private final FactCollector collector;
    private final AwardCatalog catalog;
    private final OrganizationDirectory organization;
    private final AccessControl access;
    private final Clock clock;
    private final PrescreenWorkbook workbook;
    private final CriteriaCompiler compiler;
    private final RuleAdministration administration;

    EligibilityService(RuleSets ruleSets, FactCollector collector, AwardCatalog catalog,
            OrganizationDirectory organization, AccessControl access, Clock clock, PrescreenWorkbook workbook,
            CriteriaCompiler compiler, RuleAdministration administration) {
        this.ruleSets = ruleSets;
        this.collector = collector;
        this.catalog = catalog;
        this.organization = organization;
        this.access = access;
        this.clock = clock;
        this.workbook = workbook;
        this.compiler = compiler;
        this.administration = administration;
    }

    @Override
    public List<ExpressionProblem> checkCriterionExpression(String expression) {
        return compiler.check(expression);
    }

    @Override
    public Verdict evaluate(SubjectRef subject, String awardCode, int year, LocalDate on) {
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        requireRead(subject);
        RuleSetView ruleSet = ruleSet(awardCode, subject.type(), date);
        return judge(subject, ruleSet, year, date);
    }

    @Override
    public Verdict evaluateCriteria(SubjectRef subject, String label, List<CriterionDefinition> criteria, int year,
            LocalDate periodFrom, LocalDate periodTo, LocalDate on) {
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        requireRead(subject);
        for (CriterionDefinition criterion : criteria) {
            compiler.refuseInvalid(criterion.expression());
        }
        List<RuleEvaluator.Rule> rules = rules(criteria, date);
        FactCollector.Request request = new FactCollector.Request(label, CommendationKind.MERIT, year,
                periodFrom.getYear(), periodFrom, periodTo, date, Math.max(1, year - periodFrom.getYear() + 1),
                Initiative.Scope.BASE, codes(rules, "indicator"), codes(rules, "rank"), tieShare(date));
        return verdict(subject, label, null, label, true, year, date, rules, request);
    }

    @Override
    public Prescreen prescreen(String awardCode, SubjectType subjectType, long unitId, int year, LocalDate on) {
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        requireScope(unitId);
        RuleSetView ruleSet = ruleSet(awardCode, subjectType, date);
        return classify(awardCode, subjectType, unitId, year, date,
                subject -> judge(subject, ruleSet, year, date));
    }

    @Override
    public Prescreen prescreenCriteria(String label, List<CriterionDefinition> criteria, SubjectType subjectType,
            long unitId, int year, LocalDate periodFrom, LocalDate periodTo, LocalDate on) {
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        requireScope(unitId);
        for (CriterionDefinition criterion : criteria) {
            compiler.refuseInvalid(criterion.expression());
        }
        return classify(label, subjectType, unitId, year, date,
                subject -> evaluateCriteria(subject, label, criteria, year, periodFrom, periodTo, date));
    }

    private void requireScope(long unitId) {
        organization.unit(unitId);
        if (!access.isUnrestricted()) {
            access.require(unitId, Role.values());
        }
    }

    private Prescreen classify(String label, SubjectType subjectType, long unitId, int year, LocalDate date,
            java.util.function.Function<SubjectRef, Verdict> judge) {
        List<SubjectRef> subjects = new ArrayList<>();
        if (subjectType == SubjectType.COLLECTIVE) {
            new TreeSet<>(organization.subtree(List.of(unitId))).forEach(id -> subjects.add(SubjectRef.unit(id)));
        } else {
            int page = 0;
            Page<PersonInfo> people;
            do {
                people = organization.searchPeople("", unitId, PageRequest.of(page++, 500));
                people.forEach(person -> subjects.add(SubjectRef.person(person.id())));
            } while (people.hasNext());
        }
        List<Verdict> qualified = new ArrayList<>();
        List<Verdict> oneShort = new ArrayList<>();
        List<Verdict> others = new ArrayList<>();
        for (SubjectRef subject : subjects) {
            Verdict verdict = judge.apply(subject);
            if (verdict.outcome() == Outcome.PASS) {
                qualified.add(verdict);
            } else if (verdict.missing() == 1) {
                oneShort.add(verdict);
            } else {
                others.add(verdict);
            }
        }
        qualified.sort(Comparator.comparing(Verdict::tiePreference).reversed());
        return new Prescreen(label, subjectType.name(), unitId, year, date, qualified, oneShort, others);
    }

    @Override
    public byte[] prescreenWorkbook(Prescreen prescreen) {
        return workbook.write(prescreen);
    }

    @Override
    public List<RuleSetView> ruleSets(String awardCode) {
        catalog.awardType(awardCode).orElseThrow(() -> new NotFoundException("AwardType", awardCode));
        return ruleSets.ofAward(awardCode);
    }

    @Override
    @Transactional
    public RuleSetView.CriterionView saveCriterion(long criterionId, long expectedVersion,
            CriterionDefinition change, String reason) {
        return administration.saveCriterion(criterionId, expectedVersion, change, reason);
    }

    @Override
    @Transactional
    public long enterManualFact(ManualFact fact, String reason) {
        return administration.enterManualFact(fact, reason);
    }

    private Verdict judge(SubjectRef subject, RuleSetView ruleSet, int year, LocalDate on) {
        List<CriterionDefinition> criteria = ruleSet.criteria().stream().map(c -> new CriterionDefinition(c.code(),
                c.name(), c.route(), c.expression(), c.legalBasis())).toList();
        List<RuleEvaluator.Rule> rules = rules(criteria, on);
        FactCollector.Request request = new FactCollector.Request(ruleSet.awardCode(), ruleSet.kindCode(), year,
                year - ruleSet.windowYears() + 1, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), on,
                ruleSet.windowYears(), Initiative.Scope.valueOf(ruleSet.initiativeMinScope()),
                codes(rules, "indicator"), codes(rules, "rank"), tieShare(on));
        return verdict(subject, ruleSet.awardCode(), ruleSet.code(), ruleSet.legalBasis(), ruleSet.verified(), year,
                on, rules, request);
    }

    private Verdict verdict(SubjectRef subject, String awardCode, String ruleSetCode, String basis,
            boolean verified, int year, LocalDate on, List<RuleEvaluator.Rule> rules, FactCollector.Request request) {
        FactCollector.Collected collected = subject.type() == SubjectType.COLLECTIVE
                ? collector.unit(subject.id(), request) : collector.person(subject.id(), request);
        RuleEvaluator.Result result = compiler.evaluator().evaluate(rules, collected.facts());
        return new Verdict(subject, collected.subjectName(), awardCode, ruleSetCode, basis, verified, year, on,
                result.outcome(), result.criteria(), result.missing(), collected.tiePreference());
    }

    private List<RuleEvaluator.Rule> rules(List<CriterionDefinition> criteria, LocalDate on) {
        List<RuleEvaluator.Rule> rules = new ArrayList<>();
        for (RuleSets.Principle principle : ruleSets.principles(on)) {
            if (principle.expression() != null) {
                rules.add(new RuleEvaluator.Rule(new CriterionDefinition(principle.code(), principle.name(), "",
                        principle.expression(), principle.legalBasis()), compiler.compiled(principle.expression()),
                        true));
            }
        }
        for (CriterionDefinition criterion : criteria) {
            rules.add(new RuleEvaluator.Rule(criterion, compiler.compiled(criterion.expression()), false));
        }
        return rules;
    }


    private double tieShare(LocalDate on) {
        return ruleSets.principles(on).stream().filter(p -> TIE.equals(p.code()) && p.parameter() != null)
                .mapToDouble(p -> p.parameter().doubleValue()).findFirst().orElse(Double.MAX_VALUE);
    }

    private static Set<String> codes(List<RuleEvaluator.Rule> rules, String map) {
        Set<String> codes = new TreeSet<>();
        for (RuleEvaluator.Rule rule : rules) {
            Matcher matcher = CODE.matcher(rule.definition().expression());
            while (matcher.find()) {
                if (matcher.group(1).equals(map)) {
                    codes.add(matcher.group(2));
                }
            }
        }
        return codes;
    }

    private RuleSetView ruleSet(String awardCode, SubjectType type, LocalDate on) {
        catalog.awardType(awardCode).orElseThrow(() -> new NotFoundException("AwardType", awardCode));
        return ruleSets.inForce(awardCode, type.name(), on).orElseThrow(() -> new BusinessRuleException(
                "error.eligibility.noRuleSet", "awardCode", awardCode, type.name(), on.toString()));
    }


    private void requireRead(SubjectRef subject) {
        if (subject.type() == SubjectType.COLLECTIVE) {
            organization.unit(subject.id());
            if (!access.isUnrestricted()) {
                access.require(subject.id(), Role.values());
            }
        } else if (subject.type() == SubjectType.INDIVIDUAL) {
            organization.person(subject.id());
        } else {
            throw new BusinessRuleException("error.eligibility.subjectType", "subjectType", subject.type().name());
        }
    }

}
