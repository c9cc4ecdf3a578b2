package vn.thidua.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Hệ số tiền thưởng: one multiplier of the base salary, per subject type and validity period, with its source. */
public record MultiplierEntry(long id, String awardCode, SubjectType subjectType, BigDecimal multiplier,
        LocalDate effectiveFrom, LocalDate effectiveTo, String legalSource, boolean verified, long version) {
}
