package vn.thidua.campaign;

import java.util.List;
import vn.thidua.catalog.SubjectType;
import vn.thidua.organization.UnitLevel;

/** Đối tượng thi đua: who takes part, by subject type, unit level and kind of person, in the document's words. */
public record Participant(SubjectType subjectType, List<UnitLevel> unitLevels, List<String> personKinds,
        String text) {
}
