package vn.thidua.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.organization.ImportSummary;
import vn.thidua.organization.UnitLevel;
import vn.thidua.shared.DateText;
import vn.thidua.shared.ImportProblem;
import vn.thidua.shared.ImportRejectedException;
import vn.thidua.shared.TableReader;
import vn.thidua.shared.TableRow;

/**
 * Imports the unit tree from a table. Every row is checked first (code, name, level, parent, dates, scope); only a
 * file without problems is written, parents before children.
 */
@Component
class UnitImporter {

    static final List<String> COLUMNS = List.of("ma_dinh_danh", "ten_don_vi", "ten_viet_tat", "cap",
            "ma_don_vi_cap_tren", "hieu_luc_tu", "hieu_luc_den", "dia_danh", "chuc_danh_thu_truong");
    private static final List<String> REQUIRED = List.of("ma_dinh_danh", "ten_don_vi", "cap", "hieu_luc_tu");

    private final Units units;
    private final AccessControl access;

    UnitImporter(Units units, AccessControl access) {
        this.units = units;
        this.access = access;
    }

    ImportSummary importUnits(byte[] file) {
        List<TableRow> rows = TableReader.read(file, REQUIRED);
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, TableRow> byCode = new LinkedHashMap<>();
        for (TableRow row : rows) {
            String code = row.get("ma_dinh_danh");
            if (code == null) {
                problems.add(ImportProblem.of(row.number(), "ma_dinh_danh", "error.import.required"));
            } else if (!code.matches("[A-Za-z0-9.\\-_]{1,40}")) {
                problems.add(ImportProblem.of(row.number(), "ma_dinh_danh", "error.unit.code", code));
            } else if (byCode.putIfAbsent(code, row) != null) {
                problems.add(ImportProblem.of(row.number(), "ma_dinh_danh", "error.import.duplicate", code));
            }
        }
        Map<String, Unit> existing = new HashMap<>();
        units.findByCodeIn(byCode.keySet()).forEach(unit -> existing.put(unit.code(), unit));
        List<String> parentCodes = rows.stream().map(row -> row.get("ma_don_vi_cap_tren"))
                .filter(java.util.Objects::nonNull).toList();
        Map<String, Unit> knownParents = new HashMap<>();
        units.findByCodeIn(parentCodes).forEach(unit -> knownParents.put(unit.code(), unit));

        List<ParsedUnit> parsed = new ArrayList<>();
        for (TableRow row : byCode.values()) {
            parse(row, byCode, knownParents, problems).ifPresent(parsed::add);
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return write(parsed, existing, knownParents);
    }

    private java.util.Optional<ParsedUnit> parse(TableRow row, Map<String, TableRow> inFile,
            Map<String, Unit> knownParents, List<ImportProblem> problems) {
        int before = problems.size();
        int n = row.number();
        String name = row.get("ten_don_vi");
        if (name == null || name.length() > 255) {
            problems.add(ImportProblem.of(n, "ten_don_vi", "error.import.required"));
        }
        String abbreviation = row.get("ten_viet_tat");
        if (abbreviation != null && !abbreviation.matches("[\\p{Lu}\\p{N}&]{1,20}")) {
            problems.add(ImportProblem.of(n, "ten_viet_tat", "error.unit.abbreviation", abbreviation));
        }
        UnitLevel level = UnitLevel.parse(row.get("cap")).orElse(null);
        if (level == null) {
            problems.add(ImportProblem.of(n, "cap", "error.unit.level", String.valueOf(row.get("cap"))));
        }
        LocalDate from = date(row, "hieu_luc_tu", problems);
        LocalDate to = date(row, "hieu_luc_den", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(ImportProblem.of(n, "hieu_luc_den", "error.unit.validTo"));
        }
        String parentCode = row.get("ma_don_vi_cap_tren");
        if (parentCode != null) {
            if (parentCode.equals(row.get("ma_dinh_danh"))) {
                problems.add(ImportProblem.of(n, "ma_don_vi_cap_tren", "error.unit.selfParent"));
            } else if (!inFile.containsKey(parentCode) && !knownParents.containsKey(parentCode)) {
                problems.add(ImportProblem.of(n, "ma_don_vi_cap_tren", "error.unit.unknownParent", parentCode));
            } else if (knownParents.containsKey(parentCode) && !access.isUnrestricted()
                    && !access.can(knownParents.get(parentCode).id(), Role.ADMIN, Role.TDKT_OFFICE)) {
                problems.add(ImportProblem.of(n, "ma_don_vi_cap_tren", "error.import.outOfScope", parentCode));
            }
        } else if (!access.isUnrestricted()) {
            problems.add(ImportProblem.of(n, "ma_don_vi_cap_tren", "error.import.outOfScope", "-"));
        }
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ParsedUnit(row.number(), row.get("ma_dinh_danh"), name, abbreviation,
                level, parentCode, from, to, row.get("dia_danh"), row.get("chuc_danh_thu_truong")));
    }

    private static LocalDate date(TableRow row, String column, List<ImportProblem> problems) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        return DateText.parse(text).orElseGet(() -> {
            problems.add(ImportProblem.of(row.number(), column, "error.import.date", text));
            return null;
        });
    }

    /** Writes parents before children; a cycle among new rows is refused as a whole. */
    private ImportSummary write(List<ParsedUnit> parsed, Map<String, Unit> existing, Map<String, Unit> known) {
        Map<String, Unit> saved = new HashMap<>(known);
        List<ParsedUnit> pending = new ArrayList<>(parsed);
        int created = 0;
        int updated = 0;
        while (!pending.isEmpty()) {
            List<ParsedUnit> ready = pending.stream()
                    .filter(unit -> unit.parentCode() == null || saved.containsKey(unit.parentCode())
                            && !pendingCode(pending, unit.parentCode()))
                    .toList();
            if (ready.isEmpty()) {
                throw new ImportRejectedException(pending.stream()
                        .map(unit -> ImportProblem.of(unit.row(), "ma_don_vi_cap_tren", "error.unit.cycle"))
                        .toList());
            }
            for (ParsedUnit row : ready) {
                Unit unit = existing.get(row.code());
                if (unit == null) {
                    unit = new Unit(row.code());
                    created++;
                } else {
                    updated++;
                }
                Long parentId = row.parentCode() == null ? null : saved.get(row.parentCode()).id();
                unit.describe(row.name(), row.abbreviation(), row.level(), parentId, row.from(), row.to(),
                        row.placeName(), row.headTitle());
                saved.put(row.code(), units.save(unit));
            }
            pending.removeAll(ready);
        }
        return new ImportSummary(created, updated);
    }

    private static boolean pendingCode(List<ParsedUnit> pending, String code) {
        return pending.stream().anyMatch(unit -> unit.code().equals(code));
    }

    private record ParsedUnit(int row, String code, String name, String abbreviation, UnitLevel level,
            String parentCode, LocalDate from, LocalDate to, String placeName, String headTitle) {
    }
}
