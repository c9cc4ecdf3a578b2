package vn.thidua.shared;

import java.util.Map;

/**
 * One data row of an imported table. {@code number} is the row number the user sees in the file (the header is
 * row 1), so that every error can name it.
 */
public record TableRow(int number, Map<String, String> cells) {

    /** The trimmed cell of a column, or null when empty. */
    public String get(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
