package vn.thidua.indicator;

import java.util.List;

/** Bảng theo dõi chỉ tiêu: indicator values per unit and month, against a campaign's targets. */
public interface Scorecards {

    /**
     * @param months value per month 1..12 (null where there is no denominator); {@code year} the whole year
     */
    record Row(long unitId, String unitName, String indicatorCode, List<IndicatorValue> months, IndicatorValue year) {
    }

    /** Every unit of the subtree (the root included) × every indicator given × the 12 months of the year. */
    List<Row> scorecard(long rootUnitId, List<String> indicatorCodes, int year);
}
