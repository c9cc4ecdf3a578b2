package vn.thidua.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * Thời gian, đợt xét khen thưởng: one stage of a campaign (annual, sơ kết, tổng kết, a peak of N days, a phase).
 *
 * @param years the years in which this stage is reviewed (an annual stage skips the sơ kết and tổng kết years
 *              when the document says so); quota usage is counted per stage and year
 * @param days  the length the document gives a peak campaign («100 ngày»), null otherwise
 */
public record Stage(String code, StageKind kind, String name, LocalDate from, LocalDate to, Integer days,
        List<Integer> years, String text, String source) {
}
