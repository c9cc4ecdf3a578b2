package vn.thidua.organization;

import java.time.LocalDate;
import vn.thidua.shared.VietnameseText;

/**
 * A unit (đơn vị) as other modules see it.
 *
 * @param code         mã định danh, e.g. H44.100
 * @param abbreviation viết tắt used in document symbols, e.g. SGTVT in «15/QĐ-SGTVT»
 * @param placeName    địa danh for the date line of documents, inherited from the nearest ancestor that has one
 * @param headTitle    chức danh thủ trưởng, e.g. «Giám đốc», used in the authority line of its decisions
 */
public record UnitInfo(long id, String code, String name, String abbreviation, UnitLevel level, Long parentId,
        LocalDate validFrom, LocalDate validTo, String placeName, String headTitle) {

    /**
     * The name inside a sentence: a territorial unit starts in lower case («Chủ tịch Ủy ban nhân dân xã Tân Lập»); an
     * agency keeps its capital («Giám đốc Sở Nội vụ»).
     */
    public String nameInText() {
        boolean territorial = level == UnitLevel.PROVINCE || level == UnitLevel.DISTRICT || level == UnitLevel.COMMUNE;
        return territorial && !name.isEmpty()
                ? name.substring(0, 1).toLowerCase(VietnameseText.VIETNAMESE) + name.substring(1) : name;
    }

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
