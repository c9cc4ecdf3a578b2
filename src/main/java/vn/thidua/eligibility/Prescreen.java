package vn.thidua.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * Sơ tuyển: every subject of a unit subtree judged at once. Qualified ones first (tie preference first among
 * them), then those one criterion short, then the rest.
 */
public record Prescreen(String awardCode, String subjectType, long unitId, int year, LocalDate on,
        List<Verdict> qualified, List<Verdict> oneShort, List<Verdict> others) {
}
