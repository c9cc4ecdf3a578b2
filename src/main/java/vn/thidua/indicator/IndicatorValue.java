package vn.thidua.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The value of an indicator (giá trị chỉ tiêu) for a unit subtree over a period, with the sums it came from so that a
 * verdict that cites it can show its working.
 *
 * @param code        indicator code, e.g. {@code DVC_HS_TRUC_TUYEN}
 * @param value       the rate or count, unrounded (rounding is for display only)
 * @param numerator   sum of the numerator over the subtree and period; null for indicators that are not ratios
 * @param denominator sum of the denominator; never zero (no denominator means no value at all)
 * @param unitOfMeasure e.g. {@code PERCENT}, {@code COUNT}, {@code RANK}
 * @param version     version of the indicator definition that produced the value
 * @param legalSource the document that defines the indicator
 */
public record IndicatorValue(String code, long unitId, LocalDate from, LocalDate to, BigDecimal value,
        BigDecimal numerator, BigDecimal denominator, String unitOfMeasure, int version, String legalSource) {
}
