package vn.thidua.registry;

import java.time.LocalDate;

/**
 * One award in a person's history (khen thưởng đã nhận). {@code kindCode} is the kind of commendation (loại hình:
 * CONG_TRANG, PHONG_TRAO, DOT_XUAT, …) when known; the eligibility engine counts only kinds that may ground a
 * công trạng award.
 */
public record AwardRecord(long id, long personId, String awardCode, String awardName, int year,
        String decisionNumber, LocalDate decisionDate, String issuerName, Integer goldenBookNumber, Long decisionId,
        Source source, String kindCode, boolean annulled) {

    /** Issued here, or entered from the paper records of earlier years. */
    public enum Source {
        DECISION, HISTORICAL
    }
}
