package vn.thidua.shared;

import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Vietnamese text helpers. Search ignores diacritics and case («nguyen van an» finds «Nguyễn Văn An»), lists sort
 * in Vietnamese order (a &lt; ă &lt; â, d &lt; đ), people by given name (tên) first, as Vietnamese registers do.
 */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private VietnameseText() {
    }

    /** Lower case, without diacritics; đ becomes d. Spaces are collapsed. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c));
        }
        return out.toString();
    }

    /**
     * A key whose plain string order is Vietnamese collation order of the name, given name first, so that a
     * database can sort and page by it whatever its own collation.
     */
    public static String personSortKey(String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        int lastSpace = name.lastIndexOf(' ');
        String givenNameFirst = lastSpace < 0 ? name : name.substring(lastSpace + 1) + " " + name.substring(0, lastSpace);
        return sortKey(givenNameFirst);
    }

    /** A key whose plain string order is the Vietnamese collation order of the text. */
    public static String sortKey(String text) {
        CollationKey key = collator().getCollationKey(text == null ? "" : text);
        String hex = HexFormat.of().formatHex(key.toByteArray());
        return hex.length() > 500 ? hex.substring(0, 500) : hex;
    }

    /** A new Vietnamese collator (collators are not thread-safe, so each caller gets its own). */
    public static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }
}
