package vn.thidua.decision;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.catalog.SubjectType;

/**
 * Dự thảo quyết định drafted from a council's result: the awardees of one award with the money each will receive,
 * waiting for the signing leader.
 */
public record DraftView(long id, long version, long councilSessionId, LocalDate councilHeldOn, long issuerUnitId,
        String issuerName, String awardCode, String awardName, String status, Long decisionId, List<Line> lines,
        long totalAmount) {

    public record Line(int position, SubjectType type, long subjectId, String name, String unitName,
            String achievement, int votes, long amount) {
    }
}
