package vn.thidua.eligibility.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.ExpressionProblem;
import vn.thidua.shared.BusinessRuleException;

/**
 * The CEL engine with the configured limits, and the compiled programs cached by expression text (a compile costs
 * about a millisecond, an evaluation about a microsecond).
 */
@Component
class CriteriaCompiler {

    private final CelEngine engine;
    private final RuleEvaluator evaluator;
    private final Map<String, CelEngine.Compiled> compiled = new ConcurrentHashMap<>();

    CriteriaCompiler(@Value("${thidua.eligibility.max-expression-length:2000}") int maxLength,
            @Value("${thidua.eligibility.max-nesting:32}") int maxNesting,
            @Value("${thidua.eligibility.max-iterations:10000}") int maxIterations) {
        this.engine = new CelEngine(maxLength, maxNesting, maxIterations);
        this.evaluator = new RuleEvaluator(engine);
    }

    List<ExpressionProblem> check(String expression) {
        return engine.check(expression);
    }

    /** Refuses an invalid expression with the line and column of its first problem. */
    void refuseInvalid(String expression) {
        List<ExpressionProblem> problems = engine.check(expression);
        if (!problems.isEmpty()) {
            ExpressionProblem first = problems.get(0);
            throw new BusinessRuleException("error.eligibility.expression", "expression", first.line(),
                    first.column(), first.message());
        }
    }

    CelEngine.Compiled compiled(String expression) {
        return compiled.computeIfAbsent(expression, engine::compile);
    }

    RuleEvaluator evaluator() {
        return evaluator;
    }
}
