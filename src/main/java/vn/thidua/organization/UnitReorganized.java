package vn.thidua.organization;

import java.time.LocalDate;

/** Published when a succession between units is recorded (sáp nhập, chia tách). */
public record UnitReorganized(long predecessorId, long successorId, LocalDate effectiveDate) {
}
