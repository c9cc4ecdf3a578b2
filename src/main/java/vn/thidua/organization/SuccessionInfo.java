package vn.thidua.organization;

import java.time.LocalDate;

/**
 * A reorganisation link (sáp nhập, chia tách, đổi tên): the predecessor unit lives on in the successor from the
 * effective date, under the legal basis given. Award history follows these links.
 */
public record SuccessionInfo(long predecessorId, String predecessorName, long successorId, String successorName,
        LocalDate effectiveDate, SuccessionKind kind, String legalBasis) {

    /** Kind of reorganisation. */
    public enum SuccessionKind {
        MERGER, SPLIT, RENAME
    }
}
