package vn.thidua.organization;

import java.util.Arrays;
import java.util.Optional;

/**
 * Cấp đơn vị. {@link #DISTRICT} (huyện) is kept for records before 1/7/2025, when the district level ended.
 * Each level has the short code used in import files.
 */
public enum UnitLevel {
    /** Tỉnh, thành phố (UBND tỉnh). */
    PROVINCE("TINH"),
    /** Sở, ban, ngành cấp tỉnh. */
    AGENCY("SO_NGANH"),
    /** Huyện (historical, to 30/6/2025). */
    DISTRICT("HUYEN"),
    /** Xã, phường, đặc khu. */
    COMMUNE("XA"),
    /** Phòng, ban, đơn vị trực thuộc. */
    SUBUNIT("PHONG");

    private final String importCode;

    UnitLevel(String importCode) {
        this.importCode = importCode;
    }

    public String importCode() {
        return importCode;
    }

    /** Reads either the import code ("SO_NGANH") or the enum name ("AGENCY"), in any case. */
    public static Optional<UnitLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.strip().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values())
                .filter(level -> level.name().equals(upper) || level.importCode.equals(upper))
                .findFirst();
    }
}
