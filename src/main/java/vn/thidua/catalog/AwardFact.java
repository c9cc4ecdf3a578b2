package vn.thidua.catalog;

import java.time.LocalDate;

/**
 * One value the law sets for a catalogue entry (giá trị trong danh mục): who grants it, whether it is annual, the
 * council ballot threshold, the achievement-report form, the physical items. Each carries its legal source and
 * validity; unverified values are editable by the TĐKT office.
 *
 * @param attribute what the value says, see {@link Attribute}
 * @param qualifier what it is narrowed to (a subject type or a kind of commendation), empty for the whole entry
 */
public record AwardFact(long id, String awardCode, Attribute attribute, String qualifier, String value,
        LocalDate effectiveFrom, LocalDate effectiveTo, String legalSource, boolean verified, long version) {

    /** The attributes a catalogue entry may carry. */
    public enum Attribute {
        SUBJECTS, GRANTOR, ANNUAL, COUNCIL_REVIEW, BALLOT_THRESHOLD, REPORT_FORM, PHYSICAL_ITEMS
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
