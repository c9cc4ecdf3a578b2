package vn.thidua.indicator.internal;

import java.util.Set;
import vn.thidua.shared.VietnameseText;

/** Yes/no cells of imported files: 1/0, x/empty, true/false, có/không (with or without diacritics). */
final class Flags {

    private static final Set<String> YES = Set.of("1", "true", "co", "x");
    private static final Set<String> NO = Set.of("", "0", "false", "khong");

    private Flags() {
    }

    /** True, false, or null when the cell is neither. */
    static Boolean parse(String value) {
        String plain = value == null ? "" : value.strip();
        if (plain.length() == 1 && (plain.charAt(0) == '0' || plain.charAt(0) == '1')) {
            return plain.charAt(0) == '1';
        }
        String folded = VietnameseText.fold(plain);
        return YES.contains(folded) ? Boolean.TRUE : NO.contains(folded) ? Boolean.FALSE : null;
    }
}
