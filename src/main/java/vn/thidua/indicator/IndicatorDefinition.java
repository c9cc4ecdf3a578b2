package vn.thidua.indicator;

/**
 * Định nghĩa chỉ tiêu as readers see it: the version in force, what it measures and on what legal basis.
 *
 * @param declared true for indicators that units declare with evidence (DTI rank, work files online, reports on
 *                 time) instead of being computed from dossiers
 */
public record IndicatorDefinition(String code, int version, String name, String unitOfMeasure,
        boolean higherIsBetter, boolean declared, String legalSource) {
}
