package vn.thidua.shared;

import java.util.List;

/**
 * What is wrong with one cell (or row, when column is null) of an imported file: row number as the user sees it,
 * column name, message key and arguments.
 */
public record ImportProblem(int row, String column, String messageKey, List<Object> arguments) {

    public static ImportProblem of(int row, String column, String messageKey, Object... arguments) {
        return new ImportProblem(row, column, messageKey, List.of(arguments));
    }
}
