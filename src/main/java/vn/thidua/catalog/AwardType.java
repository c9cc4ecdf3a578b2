package vn.thidua.catalog;

import java.util.Set;
import vn.thidua.organization.UnitLevel;

/**
 * A title (danh hiệu thi đua) or form of commendation (hình thức khen thưởng).
 *
 * @param code          stable identifier, e.g. GIAY_KHEN
 * @param name          legal name, e.g. «Giấy khen»
 * @param kind          title or form
 * @param grantorLevels levels of the units whose head grants it (e.g. AGENCY and COMMUNE for a Giấy khen)
 * @param grantorTitle  how the grantor is named after the award name, e.g. «của Giám đốc Sở» — the unit's own
 *                      head title is used when null
 */
public record AwardType(String code, String name, AwardKind kind, Set<UnitLevel> grantorLevels, String grantorTitle) {

    /** The name with the grantor the catalogue words, e.g. «Bằng khen của Thủ tướng Chính phủ»; else the name. */
    public String nameWithGrantor() {
        return grantorTitle == null ? name : name + " " + grantorTitle;
    }

    /** Danh hiệu thi đua or hình thức khen thưởng: different catalogues in law and in the national HR database. */
    public enum AwardKind {
        TITLE, FORM
    }
}
