package vn.thidua.campaign;

/**
 * Chỉ tiêu: the measurable target of a criterion.
 *
 * @param indicator the indicator code it cites (see the indicator module), null when the document names none
 * @param operator  {@code >=}, {@code <=} or {@code ==}
 * @param value     the number the document states (percent 0–100, a rank, a count)
 * @param unit      PERCENT, RANK or COUNT
 */
public record Target(String indicator, String operator, Double value, String unit, String note) {
}
