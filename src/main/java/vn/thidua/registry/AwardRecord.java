package vn.thidua.registry;

import java.time.LocalDate;

/** One award in a person's history (khen thưởng đã nhận). */
public record AwardRecord(long id, long personId, String awardCode, String awardName, int year,
        String decisionNumber, LocalDate decisionDate, String issuerName, Integer goldenBookNumber, Long decisionId,
        Source source) {

    /** Issued here, or entered from the paper records of earlier years. */
    public enum Source {
        DECISION, HISTORICAL
    }
}
