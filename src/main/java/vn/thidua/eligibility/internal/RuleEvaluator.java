package vn.thidua.eligibility.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.eligibility.CriterionDefinition;
import vn.thidua.eligibility.CriterionResult;
import vn.thidua.eligibility.FactUsed;
import vn.thidua.eligibility.Outcome;

/**
 * Runs compiled criteria over a fact sheet and combines them: every criterion of route '' must pass, and every
 * criterion of at least one other route. A criterion is UNKNOWN when a fact it needs is missing (or a limit
 * stopped it), never FAIL; the whole is UNKNOWN when the missing data could still decide it.
 */
final class RuleEvaluator {

    private static final Pattern FACT = Pattern.compile(
            "\\b(subject|indicator|rank|consecutive|awards|members|share)\\.([A-Za-z_][A-Za-z0-9_]*)"
                    + "|\\b(year|initiatives|discipline_pending|investigation_pending)\\b");
    private static final Pattern COMPARISON = Pattern.compile(
            "((?:subject|indicator|rank|consecutive|awards|members|share)\\.[A-Za-z_][A-Za-z0-9_]*"
                    + "|\\byear\\b|\\binitiatives\\b)\\s*(>=|<=|==|!=|>|<)\\s*('[^']*'|-?[0-9]+(?:\\.[0-9]+)?)");

    /** A criterion ready to run. */
    record Rule(CriterionDefinition definition, CelEngine.Compiled compiled, boolean principle) {
    }

    /** The combined result. */
    record Result(Outcome outcome, List<CriterionResult> criteria, int missing) {
    }

    /** What the explanation reads from an expression, worked out once per expression text. */
    private record Shape(List<String> facts, String required) {
    }

    private final CelEngine engine;
    private final Map<String, Shape> shapes = new java.util.concurrent.ConcurrentHashMap<>();

    RuleEvaluator(CelEngine engine) {
        this.engine = engine;
    }

    Result evaluate(List<Rule> rules, FactSheet facts) {
        List<CriterionResult> results = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            results.add(evaluate(rule, facts));
        }
        return combine(results);
    }

    CriterionResult evaluate(Rule rule, FactSheet facts) {
        CriterionDefinition definition = rule.definition();
        CelEngine.Evaluation evaluation = engine.evaluate(rule.compiled(), facts.variables());
        Shape shape = shapes.computeIfAbsent(definition.expression(),
                e -> new Shape(List.copyOf(referencedFacts(e)), required(e)));
        List<FactUsed> used = new ArrayList<>(shape.facts().size());
        StringBuilder actual = new StringBuilder();
        for (String name : shape.facts()) {
            FactUsed fact = facts.used(name);
            used.add(fact);
            if (!actual.isEmpty()) {
                actual.append("; ");
            }
            actual.append(name).append(" = ").append(fact.value() == null ? "?" : fact.value());
        }
        Outcome outcome;
        String problem = null;
        switch (evaluation.status()) {
            case VALUE -> outcome = evaluation.value() ? Outcome.PASS : Outcome.FAIL;
            case MISSING -> {
                outcome = Outcome.UNKNOWN;
                problem = "eligibility.problem.missing";
            }
            case LIMIT -> {
                outcome = Outcome.UNKNOWN;
                problem = "eligibility.problem.limit";
            }
            default -> {
                outcome = Outcome.UNKNOWN;
                problem = "eligibility.problem.error";
            }
        }
        return new CriterionResult(definition.code(), definition.name(), definition.route(), outcome,
                definition.expression(), shape.required(), actual.toString(), used, definition.legalBasis(),
                problem, rule.principle());
    }

    static Result combine(List<CriterionResult> results) {
        boolean requiredFail = false;
        int requiredOpen = 0;
        Map<String, int[]> routes = new LinkedHashMap<>(); // route -> {fail, open}
        for (CriterionResult result : results) {
            if (result.route().isEmpty()) {
                requiredFail |= result.outcome() == Outcome.FAIL;
                requiredOpen += result.outcome() == Outcome.PASS ? 0 : 1;
            } else {
                int[] counts = routes.computeIfAbsent(result.route(), r -> new int[2]);
                counts[0] += result.outcome() == Outcome.FAIL ? 1 : 0;
                counts[1] += result.outcome() == Outcome.PASS ? 0 : 1;
            }
        }
        int bestRoute = routes.isEmpty() ? 0 : routes.values().stream().mapToInt(c -> c[1]).min().orElse(0);
        boolean someRoutePasses = routes.isEmpty() || bestRoute == 0;
        boolean everyRouteFails = !routes.isEmpty() && routes.values().stream().allMatch(c -> c[0] > 0);
        Outcome outcome;
        if (requiredOpen == 0 && someRoutePasses) {
            outcome = Outcome.PASS;
        } else if (requiredFail || everyRouteFails) {
            outcome = Outcome.FAIL;
        } else {
            outcome = Outcome.UNKNOWN;
        }
        return new Result(outcome, results, requiredOpen + bestRoute);
    }

    static Set<String> referencedFacts(String expression) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = FACT.matcher(expression);
        while (matcher.find()) {
            names.add(matcher.group(3) != null ? matcher.group(3) : matcher.group(1) + "." + matcher.group(2));
        }
        return names;
    }

    /** The thresholds an expression states, e.g. «consecutive.CSTD_CO_SO >= 3»; the expression itself otherwise. */
    static String required(String expression) {
        List<String> parts = new ArrayList<>();
        Matcher matcher = COMPARISON.matcher(expression);
        while (matcher.find()) {
            parts.add(matcher.group(1) + " " + matcher.group(2) + " " + matcher.group(3));
        }
        return parts.isEmpty() ? expression : String.join("; ", parts);
    }
}
