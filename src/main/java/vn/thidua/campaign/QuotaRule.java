package vn.thidua.campaign;

import java.util.List;
import vn.thidua.catalog.SubjectType;
import vn.thidua.organization.UnitLevel;

/**
 * Số lượng khen thưởng: one cap in the quota tree of a campaign. A reservation takes one place in every rule that
 * applies to it and in their ancestors; none may pass its cap.
 *
 * @param parent                 the rule this one is part of («trong đó»), null for a root
 * @param unitLevels             the tiers it applies to (the nearest province/agency/district/commune at or above
 *                               the nominee's unit); empty = any
 * @param perUnitOf              the cap counts separately per unit of this level (each agency, each district),
 *                               or per designated unit when {@code designation} is set; null = shared
 * @param designation            applies only to the unit bound to this designation
 * @param exceptDesignated       does not apply to units bound to a designation of the same stage
 * @param category               null for regular awards; e.g. RESOURCE_CONTRIBUTION for a kind the document treats apart
 * @param cap                    maximum count; with {@code percent} set, the cap is floor(base × percent / 100)
 * @param base                   what the percent is of (e.g. MEMBERS), declared per unit and year
 * @param unlimited              «không giới hạn số lượng»
 * @param minimumFromSubordinate places kept for nominees from units below the scope unit («ít nhất 01 … đơn vị
 *                               trực thuộc, nếu có đơn vị trực thuộc»)
 */
public record QuotaRule(String code, String parent, List<String> stages, SubjectType subjectType,
        List<UnitLevel> unitLevels, UnitLevel perUnitOf, String designation, Boolean exceptDesignated,
        String category, Integer cap, Double percent, String base, Boolean unlimited,
        Integer minimumFromSubordinate, String text, String source) {

    public boolean unlimitedCap() {
        return Boolean.TRUE.equals(unlimited);
    }

    public boolean percentCap() {
        return percent != null;
    }
}
