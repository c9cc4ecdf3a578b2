package vn.thidua.eligibility.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.ExpressionProblem;

class CelEngineTest {

    private final CelEngine engine = new CelEngine(2000, 32, 1000);

    @Test
    void validCriterionHasNoProblems() {
        assertThat(engine.check("indicator.HS_TRUC_TUYEN >= 90.0 && consecutive.LAO_DONG_TIEN_TIEN >= 1")).isEmpty();
    }

    @Test
    void doubleComparesWithIntAndMacrosWork() {
        var compiled = engine.compile("indicator.HS_TRUC_TUYEN >= 90 && has(rank.DTI_RANK)");
        var sheet = new FactSheet().put("indicator.HS_TRUC_TUYEN", 92.5, "t").put("rank.DTI_RANK", 3, "t");
        assertThat(engine.evaluate(compiled, sheet.variables()).value()).isTrue();
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        List<ExpressionProblem> problems = engine.check("consecutive.HTXSNV >= 1 &&\n  initiatives >>= 2");
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).line()).isEqualTo(2);
        assertThat(problems.get(0).column()).isBetween(14, 16);
    }

    @Test
    void typeErrorIsRefusedWithPosition() {
        List<ExpressionProblem> problems = engine.check("initiatives >= 'two'");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(1);
        assertThat(problems.get(0).column()).isEqualTo(13);
        assertThat(problems.get(0).message()).contains("_>=_");
    }

    @Test
    void unknownVariableAndNonBooleanResultAreRefused() {
        assertThat(engine.check("salary > 3")).isNotEmpty();
        assertThat(engine.check("initiatives + 1")).isNotEmpty();
    }

    @Test
    void overlongExpressionIsRefused() {
        String longOne = "initiatives >= 1" + " && initiatives >= 1".repeat(200);
        assertThat(engine.check(longOne)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("2000"));
    }

    @Test
    void missingMapKeyIsMissingDataNotFalse() {
        var compiled = engine.compile("indicator.HS_TRUC_TUYEN >= 90.0");
        var result = engine.evaluate(compiled, new FactSheet().variables());
        assertThat(result.status()).isEqualTo(CelEngine.Evaluation.Status.MISSING);
    }

    @Test
    void runawayExpressionIsStoppedByTheIterationLimit() {
        String list = "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19]";
        String runaway = list + ".all(a, " + list + ".all(b, " + list + ".all(c, " + list
                + ".all(d, a + b + c + d >= 0))))";
        assertThat(engine.check(runaway)).isEmpty();
        var compiled = engine.compile(runaway);
        var result = engine.evaluate(compiled, new FactSheet().put("year", 2024L, "t").variables());
        assertThat(result.status()).isEqualTo(CelEngine.Evaluation.Status.LIMIT);
    }

    @Test
    void vocabularyValuesAreLongsNotIntegers() {
        var sheet = new FactSheet().put("consecutive.CSTD_CO_SO", 3, "t");
        assertThat(((Map<?, ?>) sheet.variables().get("consecutive")).get("CSTD_CO_SO")).isInstanceOf(Long.class);
        assertThat(engine.evaluate(engine.compile("consecutive.CSTD_CO_SO >= 3"), sheet.variables()).value())
                .isTrue();
    }
}
