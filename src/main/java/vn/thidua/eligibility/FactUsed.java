package vn.thidua.eligibility;

/**
 * Dữ kiện: a fact a criterion read, e.g. {@code consecutive.CSTD_CO_SO = 2}, with where it came from. A null value
 * means the fact is missing.
 */
public record FactUsed(String name, String value, String source) {
}
