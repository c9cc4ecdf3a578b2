package vn.thidua.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.organization.UnitLevel;

/**
 * Bảng theo dõi chỉ tiêu và xếp hạng: indicator values per unit and month, rankings of units of one level, and the
 * QĐ 766 leaderboard. Every value is a ratio of sums over the unit's subtree.
 */
public interface Scorecards {

    /**
     * @param months value per month 1..12 (null where there is no denominator); {@code year} the whole year
     */
    record Row(long unitId, String unitName, String indicatorCode, List<IndicatorValue> months, IndicatorValue year) {
    }

    /** Every unit of the subtree (the root included) × every indicator given × the 12 months of the year. */
    List<Row> scorecard(long rootUnitId, List<String> indicatorCodes, int year);

    /** The definitions in force today, computed ones first. */
    List<IndicatorDefinition> definitions();

    /** A unit's place: units with the same value share it; a unit without a value has place 0 and comes last. */
    record Ranked(int rank, long unitId, String unitName, IndicatorValue value) {
    }

    /** Units of the level in the root's subtree, best first in the indicator's direction. */
    List<Ranked> ranking(long rootUnitId, UnitLevel level, String indicatorCode, LocalDate from, LocalDate to);

    /** Points of one QĐ 766 group: min(max, max × rate / threshold); null value and zero points without data. */
    record Points(String indicatorCode, String group, IndicatorValue value, BigDecimal points, BigDecimal maxPoints) {
    }

    record Scored(int rank, long unitId, String unitName, BigDecimal total, List<Points> parts) {
    }

    /** Units of the level ranked by their QĐ 766 points over the year, the score rules as configured. */
    List<Scored> leaderboard(long rootUnitId, UnitLevel level, int year);
}
