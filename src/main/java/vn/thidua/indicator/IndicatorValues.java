package vn.thidua.indicator;

import java.time.LocalDate;
import java.util.Optional;

/** Reads indicator values; the eligibility engine and the scorecards ask through this API only. */
public interface IndicatorValues {

    /**
     * The value of the indicator for the subtree rooted at the unit over [from, to] (both inclusive), computed as a
     * ratio of sums over the subtree. Empty when the indicator is unknown, was not in force, or has no denominator
     * in the period: an absent value is not zero.
     */
    Optional<IndicatorValue> value(String indicatorCode, long unitId, LocalDate from, LocalDate to);
}
