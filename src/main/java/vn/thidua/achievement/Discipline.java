package vn.thidua.achievement;

import java.time.LocalDate;

/** Kỷ luật: its form (khiển trách, cảnh cáo, …) and the period it runs. */
public record Discipline(long id, long personId, Form form, LocalDate decidedOn, LocalDate effectiveFrom,
        LocalDate effectiveTo, String decisionNumber) {

    /** Hình thức kỷ luật, lightest first. */
    public enum Form {
        KHIEN_TRACH, CANH_CAO, HA_BAC_LUONG, GIANG_CHUC, CACH_CHUC, BUOC_THOI_VIEC
    }

    public boolean runsOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && !date.isAfter(effectiveTo);
    }
}
