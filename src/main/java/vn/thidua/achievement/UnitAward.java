package vn.thidua.achievement;

import java.time.LocalDate;

/** Khen thưởng của tập thể: a title or form a collective received, with the kind of commendation it was. */
public record UnitAward(long id, long unitId, String awardCode, int year, String kindCode, String decisionNumber,
        LocalDate decisionDate) {
}
