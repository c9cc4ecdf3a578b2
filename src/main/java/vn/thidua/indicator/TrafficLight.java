package vn.thidua.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Đèn báo of a scorecard cell: xanh when the target is met, vàng when close (within the amber share of the
 * target), đỏ when missed, xám when there is no value to judge.
 */
public enum TrafficLight {
    GREEN, AMBER, RED, NONE;

    /**
     * @param operator   one of {@code >=}, {@code >}, {@code <=}, {@code <}, {@code ==}
     * @param amberShare how close counts as nearly met: 0.9 makes 81 % amber against «≥ 90 %», and rank 5 amber
     *                   against «rank ≤ 4» (≤ 4 / 0.9)
     */
    public static TrafficLight of(IndicatorValue actual, String operator, BigDecimal target, BigDecimal amberShare) {
        if (actual == null || actual.value() == null || target == null) {
            return NONE;
        }
        BigDecimal value = actual.value();
        if (meets(value, operator, target)) {
            return GREEN;
        }
        BigDecimal near = switch (operator) {
            case ">=", ">" -> target.multiply(amberShare);
            case "<=", "<" -> target.divide(amberShare, 6, RoundingMode.HALF_EVEN);
            default -> null;
        };
        return near != null && meets(value, operator.charAt(0) + "=", near) ? AMBER : RED;
    }

    private static boolean meets(BigDecimal value, String operator, BigDecimal bound) {
        int c = value.compareTo(bound);
        return switch (operator) {
            case ">=" -> c >= 0;
            case ">" -> c > 0;
            case "<=" -> c <= 0;
            case "<" -> c < 0;
            case "==" -> c == 0;
            default -> throw new IllegalArgumentException("operator " + operator);
        };
    }
}
