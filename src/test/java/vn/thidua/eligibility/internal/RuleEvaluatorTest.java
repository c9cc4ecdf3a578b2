package vn.thidua.eligibility.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.CriterionDefinition;
import vn.thidua.eligibility.CriterionResult;
import vn.thidua.eligibility.Outcome;

class RuleEvaluatorTest {

    private final CelEngine engine = new CelEngine(2000, 32, 1000);
    private final RuleEvaluator evaluator = new RuleEvaluator(engine);

    private RuleEvaluator.Rule rule(String code, String route, String expression) {
        return new RuleEvaluator.Rule(new CriterionDefinition(code, code, route, expression, "basis"),
                engine.compile(expression), false);
    }

    private final List<RuleEvaluator.Rule> bangKhen = List.of(
            rule("A1", "A", "consecutive.CSTD_CO_SO >= 2"),
            rule("B1", "B", "consecutive.HTXSNV >= 2"),
            rule("B2", "B", "initiatives >= 2"),
            rule("P", "", "!discipline_pending && !investigation_pending"));

    private FactSheet facts(long cstdcs, long excellent, long initiatives) {
        return new FactSheet().put("consecutive.CSTD_CO_SO", cstdcs, "t").put("consecutive.HTXSNV", excellent, "t")
                .put("initiatives", initiatives, "t").put("discipline_pending", false, "t")
                .put("investigation_pending", false, "t");
    }

    @Test
    void oneRouteSuffices() {
        assertThat(evaluator.evaluate(bangKhen, facts(2, 0, 0)).outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluator.evaluate(bangKhen, facts(0, 2, 2)).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void everyRouteFailingFailsAndCountsTheNearestRoute() {
        RuleEvaluator.Result result = evaluator.evaluate(bangKhen, facts(1, 2, 1));
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.missing()).isEqualTo(1);
    }

    @Test
    void aRequiredFailureFailsWhateverTheRoutes() {
        FactSheet facts = facts(2, 2, 2).put("investigation_pending", true, "t");
        RuleEvaluator.Result result = evaluator.evaluate(bangKhen, facts);
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.criteria()).filteredOn(c -> c.code().equals("P")).extracting(CriterionResult::outcome)
                .containsExactly(Outcome.FAIL);
    }

    @Test
    void missingDataLeavesTheOutcomeOpenUnlessAnotherRouteDecides() {
        FactSheet partial = new FactSheet().put("consecutive.HTXSNV", 2L, "t").put("initiatives", 2L, "t")
                .put("discipline_pending", false, "t").put("investigation_pending", false, "t");
        assertThat(evaluator.evaluate(bangKhen, partial).outcome()).isEqualTo(Outcome.PASS);
        FactSheet weak = new FactSheet().put("consecutive.HTXSNV", 1L, "t").put("initiatives", 2L, "t")
                .put("discipline_pending", false, "t").put("investigation_pending", false, "t");
        RuleEvaluator.Result open = evaluator.evaluate(bangKhen, weak);
        assertThat(open.outcome()).isEqualTo(Outcome.UNKNOWN);
        CriterionResult a1 = open.criteria().get(0);
        assertThat(a1.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(a1.actual()).isEqualTo("consecutive.CSTD_CO_SO = ?");
        assertThat(a1.required()).isEqualTo("consecutive.CSTD_CO_SO >= 2");
    }

    @Test
    void factsAndThresholdsAreReadFromTheExpression() {
        assertThat(RuleEvaluator.referencedFacts("indicator.HS_TRUC_TUYEN >= 90.0 && year > 2020 && !has(rank.X)"))
                .isEqualTo(Set.of("indicator.HS_TRUC_TUYEN", "year", "rank.X"));
        assertThat(RuleEvaluator.required("share.LAO_DONG_TIEN_TIEN >= 0.7 && members.DISCIPLINED == 0"))
                .isEqualTo("share.LAO_DONG_TIEN_TIEN >= 0.7; members.DISCIPLINED == 0");
    }

    @Test
    void chainsStopAtAGapAMissingYearOrTheEndOfDiscipline() {
        Set<Integer> recorded = Set.of(2020, 2021, 2022, 2023, 2024);
        assertThat(Chains.consecutive(2024, y -> true, recorded, Integer.MIN_VALUE)).isEqualTo(5);
        assertThat(Chains.consecutive(2024, y -> y != 2022, recorded, Integer.MIN_VALUE)).isEqualTo(2);
        assertThat(Chains.consecutive(2024, y -> true, Set.of(2024, 2023, 2021), Integer.MIN_VALUE)).isEqualTo(2);
        assertThat(Chains.consecutive(2024, y -> true, recorded, 2024)).isEqualTo(1);
        assertThat(Chains.consecutive(2024, y -> false, recorded, Integer.MIN_VALUE)).isZero();
    }
}
