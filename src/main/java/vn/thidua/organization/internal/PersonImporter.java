package vn.thidua.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.identity.AccessControl;
import vn.thidua.organization.ImportSummary;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.CitizenId;
import vn.thidua.shared.DateText;
import vn.thidua.shared.Gender;
import vn.thidua.shared.ImportProblem;
import vn.thidua.shared.ImportRejectedException;
import vn.thidua.shared.TableReader;
import vn.thidua.shared.TableRow;

/**
 * Imports people from a table. Every row is checked (name, gender, birth date, citizen id and its agreement with
 * birth year and gender, unit and the importer's scope over it); only a file without problems is written.
 */
@Component
class PersonImporter {

    static final List<String> COLUMNS = List.of("ho_ten", "gioi_tinh", "ngay_sinh", "so_cccd", "chuc_vu",
            "ma_don_vi");
    private static final List<String> REQUIRED = List.of("ho_ten", "gioi_tinh", "ngay_sinh", "so_cccd", "ma_don_vi");

    private final People people;
    private final Units units;
    private final UnitTree tree;
    private final AccessControl access;
    private final Clock clock;

    PersonImporter(People people, Units units, UnitTree tree, AccessControl access, Clock clock) {
        this.people = people;
        this.units = units;
        this.tree = tree;
        this.access = access;
        this.clock = clock;
    }

    ImportSummary importPeople(byte[] file) {
        List<TableRow> rows = TableReader.read(file, REQUIRED);
        Map<String, Long> unitIds = new HashMap<>();
        units.findByCodeIn(rows.stream().map(row -> row.get("ma_don_vi")).filter(java.util.Objects::nonNull)
                .distinct().toList()).forEach(unit -> unitIds.put(unit.code(), unit.id()));
        List<ImportProblem> problems = new ArrayList<>();
        List<ParsedPerson> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TableRow row : rows) {
            parse(row, unitIds, seen, problems).ifPresent(parsed::add);
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        Map<String, Person> existing = new HashMap<>();
        people.findByCitizenIdIn(parsed.stream().map(p -> p.citizenId().value()).toList())
                .forEach(person -> existing.put(person.citizenId(), person));
        LocalDate today = LocalDate.now(clock);
        int created = 0;
        List<Person> toSave = new ArrayList<>(parsed.size());
        for (ParsedPerson row : parsed) {
            Person person = existing.get(row.citizenId().value());
            if (person == null) {
                person = new Person(row.citizenId());
                created++;
            } else if (!access.isUnrestricted() && !access.can(person.unitId(), OrganizationService.WRITERS)) {
                throw new ImportRejectedException(List.of(ImportProblem.of(row.row(), "so_cccd",
                        "error.import.outOfScope", row.citizenId().value())));
            }
            person.describe(row.fullName(), row.gender(), row.birthDate(), row.position(), row.unitId(), today);
            toSave.add(person);
        }
        people.saveAll(toSave);
        return new ImportSummary(created, parsed.size() - created);
    }

    private Optional<ParsedPerson> parse(TableRow row, Map<String, Long> unitIds, Set<String> seen,
            List<ImportProblem> problems) {
        int before = problems.size();
        int n = row.number();
        String name = row.get("ho_ten");
        if (name == null || name.length() > 120) {
            problems.add(ImportProblem.of(n, "ho_ten", "error.import.required"));
        }
        Gender gender = gender(row.get("gioi_tinh"));
        if (gender == null) {
            problems.add(ImportProblem.of(n, "gioi_tinh", "error.person.gender", String.valueOf(row.get("gioi_tinh"))));
        }
        LocalDate birthDate = DateText.parse(row.get("ngay_sinh")).orElse(null);
        if (birthDate == null || !birthDate.isBefore(LocalDate.now(clock))) {
            problems.add(ImportProblem.of(n, "ngay_sinh", "error.import.date", String.valueOf(row.get("ngay_sinh"))));
        }
        String citizenText = row.get("so_cccd");
        Optional<String> citizenProblem = CitizenId.problemWith(citizenText);
        if (citizenProblem.isPresent()) {
            problems.add(ImportProblem.of(n, "so_cccd", citizenProblem.get(), String.valueOf(citizenText)));
        } else if (!seen.add(citizenText)) {
            problems.add(ImportProblem.of(n, "so_cccd", "error.import.duplicate", citizenText));
        } else if (birthDate != null && gender != null
                && !new CitizenId(citizenText).agreesWith(birthDate, gender)) {
            problems.add(ImportProblem.of(n, "so_cccd", "error.citizenId.mismatch", citizenText));
        }
        String unitCode = row.get("ma_don_vi");
        Long unitId = unitCode == null ? null : unitIds.get(unitCode);
        if (unitId == null) {
            problems.add(ImportProblem.of(n, "ma_don_vi", "error.unit.unknown", String.valueOf(unitCode)));
        } else if (!access.isUnrestricted() && !access.can(unitId, OrganizationService.WRITERS)) {
            problems.add(ImportProblem.of(n, "ma_don_vi", "error.import.outOfScope", unitCode));
        } else {
            UnitInfo unit = tree.get(unitId);
            if (!unit.activeOn(LocalDate.now(clock))) {
                problems.add(ImportProblem.of(n, "ma_don_vi", "error.unit.inactive", unitCode));
            }
        }
        String position = row.get("chuc_vu");
        if (position != null && position.length() > 200) {
            problems.add(ImportProblem.of(n, "chuc_vu", "error.import.tooLong", 200));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ParsedPerson(n, name, gender, birthDate, new CitizenId(citizenText), position,
                unitId));
    }

    /** «Nam»/«Nữ» as officers write them (any case, with or without diacritics), or MALE/FEMALE. */
    static Gender gender(String text) {
        String folded = vn.thidua.shared.VietnameseText.fold(text);
        return switch (folded) {
            case "nam", "male", "m" -> Gender.MALE;
            case "nu", "female", "f" -> Gender.FEMALE;
            default -> null;
        };
    }

    private record ParsedPerson(int row, String fullName, Gender gender, LocalDate birthDate, CitizenId citizenId,
            String position, long unitId) {
    }
}
