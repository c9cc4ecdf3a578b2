package vn.thidua.achievement;

import java.time.LocalDate;

/**
 * Vụ việc đang xem xét: a discipline review, investigation, inspection, complaint or denunciation about a person or
 * a collective. While open (no closing date, or closing after the date asked about) no award may be proposed.
 */
public record PendingCase(long id, SubjectKind subjectType, long subjectId, Kind kind, LocalDate openedOn,
        LocalDate closedOn, String note) {

    /** Whom the case concerns. */
    public enum SubjectKind {
        INDIVIDUAL, COLLECTIVE
    }

    /** Loại vụ việc. */
    public enum Kind {
        DISCIPLINE_REVIEW, INVESTIGATION, INSPECTION, COMPLAINT
    }

    public boolean openOn(LocalDate date) {
        return !openedOn.isAfter(date) && (closedOn == null || closedOn.isAfter(date));
    }
}
