package vn.thidua.achievement;

import java.time.LocalDate;

/**
 * Sáng kiến or đề tài khoa học được công nhận: its scope of effect and the award that used it, since one initiative
 * backs one award only.
 */
public record Initiative(long id, long personId, String title, WorkKind kind, Scope scope, LocalDate recognisedOn,
        String recognisedBy, String usedAwardCode, Integer usedYear, long version) {

    /** Sáng kiến or đề tài, công trình khoa học. */
    public enum WorkKind {
        INITIATIVE, SCIENCE_WORK
    }

    /** Phạm vi ảnh hưởng: cơ sở, tỉnh, toàn quốc. */
    public enum Scope {
        BASE, PROVINCE, NATIONAL;

        public boolean atLeast(Scope other) {
            return ordinal() >= other.ordinal();
        }
    }

    public boolean used() {
        return usedAwardCode != null;
    }
}
