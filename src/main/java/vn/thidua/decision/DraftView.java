package vn.thidua.decision;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.catalog.SubjectType;

/**
 * Dự thảo quyết định drafted from a council's result or from an appraisal: the awardees of one award with the money
 * each will receive, waiting for the signing leader.
 *
 * @param councilSessionId the session that selected the awardees; null when the award needs no council ballot
 * @param proposedOn       the day of the council meeting, or of the appraisal
 * @param appraisingUnit   the unit that appraised the dossier, when no council voted
 */
public record DraftView(long id, long version, Long councilSessionId, LocalDate proposedOn, String appraisingUnit,
        long issuerUnitId, String issuerName, String awardCode, String awardName, String status, Long decisionId,
        List<Line> lines, long totalAmount) {

    public record Line(int position, SubjectType type, Long subjectId, String name, String unitName,
            String achievement, int votes, long amount) {
    }
}
