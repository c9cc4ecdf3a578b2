package vn.thidua.campaign;

import java.time.LocalDate;

/**
 * Thời hạn of one step: a fixed date, or a day and month repeated in each year of the stage (yearOffset 1 = the
 * following year, «trước ngày 15 tháng 01 của năm tiếp theo»).
 */
public record Deadline(String code, String stage, String step, String actor, String recipient,
        DeadlineRelation relation, LocalDate date, Integer month, Integer day, Integer yearOffset, String text,
        String source) {

    /** The date of this deadline for the review year, or null when the document fixes none. */
    public LocalDate dateFor(int year) {
        if (date != null) {
            return date;
        }
        if (month == null || day == null) {
            return null;
        }
        return LocalDate.of(year + (yearOffset == null ? 0 : yearOffset), month, day);
    }
}
