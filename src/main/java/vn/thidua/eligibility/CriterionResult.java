package vn.thidua.eligibility;

import java.util.List;

/**
 * Kết quả một tiêu chí with its explanation: the required value, the actual value, the facts read and their
 * sources, the legal basis; {@code problemKey} names why the result is UNKNOWN (missing data, a limit hit).
 */
public record CriterionResult(String code, String name, String route, Outcome outcome, String expression,
        String required, String actual, List<FactUsed> facts, String legalBasis, String problemKey,
        boolean principle) {
}
