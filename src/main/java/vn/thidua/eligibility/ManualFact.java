package vn.thidua.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Giá trị nhập tay: an indicator value or a rank entered by an officer for a unit and period, used until (or
 * besides) the indicators module.
 */
public record ManualFact(Kind kind, String code, long unitId, LocalDate periodFrom, LocalDate periodTo,
        BigDecimal value, String source) {

    /** Chỉ tiêu or xếp hạng. */
    public enum Kind {
        INDICATOR, RANK
    }
}
