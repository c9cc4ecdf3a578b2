package vn.thidua.eligibility.internal;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelErrorCode;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.List;
import java.util.Map;
import vn.thidua.eligibility.ExpressionProblem;

/**
 * Compiles, type-checks and runs criteria in CEL over the fixed vocabulary (docs/RULES.md). Limits: the length of
 * an expression, the parser's nesting depth, and the iterations of all comprehensions in one evaluation (a
 * runaway expression stops with {@link Evaluation.Status#LIMIT}). Heterogeneous numeric comparisons are on in both
 * compiler and runtime, so {@code indicator.X >= 90} works as well as {@code >= 90.0}. Thread-safe.
 */
final class CelEngine {

    /** The variables of the vocabulary and their CEL types. */
    static final Map<String, dev.cel.common.types.CelType> VOCABULARY = Map.ofEntries(
            Map.entry("subject", MapType.create(SimpleType.STRING, SimpleType.DYN)),
            Map.entry("year", SimpleType.INT),
            Map.entry("indicator", MapType.create(SimpleType.STRING, SimpleType.DOUBLE)),
            Map.entry("rank", MapType.create(SimpleType.STRING, SimpleType.INT)),
            Map.entry("consecutive", MapType.create(SimpleType.STRING, SimpleType.INT)),
            Map.entry("awards", MapType.create(SimpleType.STRING, SimpleType.INT)),
            Map.entry("members", MapType.create(SimpleType.STRING, SimpleType.INT)),
            Map.entry("share", MapType.create(SimpleType.STRING, SimpleType.DOUBLE)),
            Map.entry("initiatives", SimpleType.INT),
            Map.entry("discipline_pending", SimpleType.BOOL),
            Map.entry("investigation_pending", SimpleType.BOOL));

    private final int maxLength;
    private final CelCompiler compiler;
    private final CelRuntime runtime;

    CelEngine(int maxLength, int maxDepth, int maxIterations) {
        this.maxLength = maxLength;
        CelOptions options = CelOptions.current()
                .enableHeterogeneousNumericComparisons(true)
                .maxExpressionCodePointSize(maxLength)
                .maxParseRecursionDepth(maxDepth)
                .comprehensionMaxIterations(maxIterations)
                .build();
        var builder = CelCompilerFactory.standardCelCompilerBuilder()
                .setOptions(options)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .setResultType(SimpleType.BOOL);
        VOCABULARY.forEach(builder::addVar);
        this.compiler = builder.build();
        this.runtime = CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(options).build();
    }

    /** A compiled criterion, ready to run many times. */
    record Compiled(String expression, CelRuntime.Program program) {
    }

    /** What one run gave: a boolean, missing data, or a limit or error. */
    record Evaluation(Status status, boolean value, String detail) {

        enum Status {
            VALUE, MISSING, LIMIT, ERROR
        }
    }

    /** The problems of an expression; empty when it compiles, type-checks and yields a bool. */
    List<ExpressionProblem> check(String expression) {
        if (expression == null || expression.isBlank()) {
            return List.of(new ExpressionProblem(1, 1, "empty expression"));
        }
        if (expression.codePointCount(0, expression.length()) > maxLength) {
            return List.of(new ExpressionProblem(1, 1, "expression longer than " + maxLength + " characters"));
        }
        CelValidationResult result;
        try {
            result = compiler.compile(expression);
        } catch (RuntimeException e) {
            return List.of(new ExpressionProblem(1, 1, String.valueOf(e.getMessage())));
        }
        if (!result.hasError()) {
            return List.of();
        }
        return result.getErrors().stream().map(CelEngine::problem).toList();
    }

    /** Compiles a checked expression; throws {@link IllegalArgumentException} with the problems otherwise. */
    Compiled compile(String expression) {
        List<ExpressionProblem> problems = check(expression);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.toString());
        }
        try {
            CelAbstractSyntaxTree ast = compiler.compile(expression).getAst();
            return new Compiled(expression, runtime.createProgram(ast));
        } catch (CelValidationException | CelEvaluationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    Evaluation evaluate(Compiled compiled, Map<String, ?> variables) {
        try {
            Object result = compiled.program().eval(variables);
            return new Evaluation(Evaluation.Status.VALUE, Boolean.TRUE.equals(result), null);
        } catch (CelEvaluationException e) {
            CelErrorCode code = e.getErrorCode();
            String message = String.valueOf(e.getMessage());
            if (code == CelErrorCode.ITERATION_BUDGET_EXCEEDED) {
                return new Evaluation(Evaluation.Status.LIMIT, false, message);
            }
            if (code == CelErrorCode.ATTRIBUTE_NOT_FOUND || message.contains("not present in map")
                    || message.contains("No such key")) {
                return new Evaluation(Evaluation.Status.MISSING, false, message);
            }
            return new Evaluation(Evaluation.Status.ERROR, false, message);
        }
    }

    private static ExpressionProblem problem(CelIssue issue) {
        var location = issue.getSourceLocation();
        int line = location == null || location.getLine() <= 0 ? 1 : location.getLine();
        int column = location == null || location.getColumn() < 0 ? 1 : location.getColumn() + 1;
        return new ExpressionProblem(line, column, issue.getMessage());
    }
}
