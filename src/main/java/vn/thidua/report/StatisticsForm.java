package vn.thidua.report;

import java.util.List;

/**
 * Biểu mẫu thống kê: a national statistics form filled from ThiĐua's data. Labels are message keys so that the
 * form reads in the user's language.
 *
 * @param columnKeys the counted columns after the row label; the first is the total
 */
public record StatisticsForm(String code, String titleKey, int year, List<String> columnKeys, List<Line> lines) {

    /**
     * @param values one per column; null where ThiĐua does not record what the row distinguishes (the cell stays
     *               empty rather than showing a false 0)
     */
    public record Line(String code, String labelKey, boolean heading, List<Long> values) {
    }
}
