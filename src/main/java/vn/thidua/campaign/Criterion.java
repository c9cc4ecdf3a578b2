package vn.thidua.campaign;

import java.util.List;
import vn.thidua.catalog.SubjectType;
import vn.thidua.organization.UnitLevel;

/**
 * Tiêu chí, tiêu chuẩn khen thưởng: one criterion as the document words it, for some stages, subject types, unit
 * levels and kinds of people, optionally with a machine-checkable CEL {@code rule} and a target.
 *
 * @param personKinds for individuals: OFFICIAL (cán bộ, công chức, viên chức, người lao động), BUSINESS_PERSON
 *                    (doanh nhân), CITIZEN (người dân); empty = any
 * @param text        the document's own wording
 * @param rule        a CEL expression in the criteria vocabulary (docs/RULES.md), null when only a person can judge
 * @param source      where the document says it (section)
 */
public record Criterion(String code, List<String> stages, SubjectType subjectType, List<UnitLevel> unitLevels,
        List<String> personKinds, List<String> awardCodes, String text, String rule, Target target, String source) {
}
