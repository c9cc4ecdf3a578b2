package vn.thidua.dossier;

import vn.thidua.catalog.SubjectType;

/**
 * A nominee the appraisal found eligible, as consolidated into the list for the council (danh sách trình Hội đồng),
 * with what the decision will cite: the dossier, its tờ trình and the proposing unit.
 */
public record ListedNominee(long dossierId, long nomineeId, SubjectType type, long subjectId, String name,
        long unitId, String awardCode, String achievement, String letterNumber, long proposingUnitId,
        String campaignCode) {
}
