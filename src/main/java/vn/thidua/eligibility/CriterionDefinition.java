package vn.thidua.eligibility;

/**
 * Tiêu chí: a named CEL condition with its legal basis. {@code route} is empty for a criterion every subject must
 * meet; criteria sharing another route form one alternative way to qualify (e.g. A: two consecutive CSTĐCS,
 * B: two years of excellent rating and two initiatives).
 */
public record CriterionDefinition(String code, String name, String route, String expression, String legalBasis) {

    public CriterionDefinition {
        route = route == null ? "" : route.strip();
    }
}
