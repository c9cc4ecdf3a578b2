package vn.thidua.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Chốt số liệu chỉ tiêu: every indicator value of a unit over a period, frozen under a reference (for example the
 * nominee of a submitted dossier), so that what a judgement rested on can be shown as it was, whatever later
 * imports change in the aggregates.
 */
public interface IndicatorSnapshots {

    record Snapshot(String reference, long unitId, LocalDate from, LocalDate to, Instant takenAt, String takenBy,
            List<IndicatorValue> values) {
    }

    /**
     * Freezes the values in force for the unit and period under the reference, replacing what an earlier freeze of
     * the same reference kept (a dossier sent again is judged again). Called inside the caller's transaction, which
     * has checked the caller's right to act.
     */
    Snapshot freeze(String reference, long unitId, LocalDate from, LocalDate to);

    Optional<Snapshot> snapshot(String reference);
}
