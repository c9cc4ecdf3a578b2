package vn.thidua.indicator.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.thidua.shared.ImportProblem;
import vn.thidua.shared.ImportRejectedException;
import vn.thidua.shared.TableReader;
import vn.thidua.shared.TableRow;

/** Danh mục thủ tục hành chính: read whole for an import, replaced row by row from a table, all rows or none. */
@Repository
class Procedures {

    record Procedure(String code, String name, String onlineLevel, boolean hasFee, boolean paperResult,
            boolean essential, int statutoryDays) {
    }

    private static final List<String> COLUMNS = List.of("ma_tthc", "ten_tthc", "linh_vuc", "muc_do_truc_tuyen",
            "co_phi", "ket_qua_giay", "thiet_yeu_de_an_06", "so_ngay_giai_quyet");

    private final JdbcTemplate jdbc;

    Procedures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Procedure> all() {
        Map<String, Procedure> byCode = new HashMap<>();
        jdbc.query("select * from ind_procedure", rs -> {
            byCode.put(rs.getString("code"), new Procedure(rs.getString("code"), rs.getString("name"),
                    rs.getString("online_level"), rs.getBoolean("has_fee"), rs.getBoolean("paper_result"),
                    rs.getBoolean("essential_25"), rs.getInt("statutory_days")));
        });
        return byCode;
    }

    /** Reads the whole table first; a single bad row refuses the file with every problem named. */
    int importTable(byte[] table) {
        List<TableRow> rows = TableReader.read(table, COLUMNS);
        List<ImportProblem> problems = new java.util.ArrayList<>();
        List<Object[]> values = new java.util.ArrayList<>();
        for (TableRow row : rows) {
            String code = row.get("ma_tthc");
            String name = row.get("ten_tthc");
            String level = row.get("muc_do_truc_tuyen");
            String upperLevel = level == null ? null : level.toUpperCase(Locale.ROOT);
            Integer days = number(row, problems);
            if (code == null) {
                problems.add(ImportProblem.of(row.number(), "ma_tthc", "error.import.required"));
            }
            if (name == null) {
                problems.add(ImportProblem.of(row.number(), "ten_tthc", "error.import.required"));
            }
            if (upperLevel != null && !upperLevel.equals("TOAN_TRINH") && !upperLevel.equals("MOT_PHAN")) {
                problems.add(ImportProblem.of(row.number(), "muc_do_truc_tuyen", "error.indicator.onlineLevel",
                        level));
            }
            values.add(new Object[] {code, name, row.get("linh_vuc"), upperLevel, yes(row.get("co_phi")),
                yes(row.get("ket_qua_giay")), yes(row.get("thiet_yeu_de_an_06")), days});
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        for (Object[] row : values) {
            int updated = jdbc.update("""
                    update ind_procedure set name = ?, field = ?, online_level = ?, has_fee = ?, paper_result = ?,
                        essential_25 = ?, statutory_days = ? where code = ?""",
                    row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[0]);
            if (updated == 0) {
                jdbc.update("""
                        insert into ind_procedure (code, name, field, online_level, has_fee, paper_result,
                            essential_25, statutory_days) values (?, ?, ?, ?, ?, ?, ?, ?)""", row);
            }
        }
        return values.size();
    }

    private static Integer number(TableRow row, List<ImportProblem> problems) {
        String value = row.get("so_ngay_giai_quyet");
        try {
            int days = Integer.parseInt(value == null ? "" : value);
            if (days >= 0) {
                return days;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(ImportProblem.of(row.number(), "so_ngay_giai_quyet", "error.indicator.number", value));
        return null;
    }

    private static boolean yes(String value) {
        return Boolean.TRUE.equals(Flags.parse(value));
    }
}
