package vn.thidua.eligibility;

import java.time.LocalDate;
import java.util.List;

/** Bộ tiêu chuẩn: the criteria of one award for one subject type, in force between two dates. */
public record RuleSetView(String code, String awardCode, String subjectType, String kindCode,
        LocalDate effectiveFrom, LocalDate effectiveTo, int windowYears, String initiativeMinScope,
        String legalBasis, boolean verified, List<CriterionView> criteria) {

    /** One stored criterion, with the version an edit must name. */
    public record CriterionView(long id, String code, String name, String route, String expression,
            String legalBasis, int position, boolean verified, long version) {
    }
}
