package vn.thidua.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.CommendationKind;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.PersonInfo;
import vn.thidua.shared.DateText;
import vn.thidua.shared.ImportProblem;
import vn.thidua.shared.ImportRejectedException;
import vn.thidua.shared.TableReader;
import vn.thidua.shared.TableRow;

/**
 * Reads a table of past awards (quá trình khen thưởng trước đây) and checks every row: the person by citizen id
 * and the importer's scope over them, the award code in the catalogue, the year, the decision number and date, the
 * issuer, the kind of commendation. Any problem refuses the whole file.
 */
@Component
class HistoricalImport {

    static final List<String> REQUIRED = List.of("so_cccd", "ma_khen_thuong", "nam", "so_quyet_dinh",
            "ngay_quyet_dinh", "co_quan_ban_hanh");

    /** One checked row, ready to write. */
    record Row(int row, long personId, String awardCode, String awardName, int year, String decisionNumber,
            LocalDate decisionDate, String issuerName, String kindCode) {
    }

    private final OrganizationDirectory organization;
    private final AwardCatalog catalog;
    private final AccessControl access;

    HistoricalImport(OrganizationDirectory organization, AwardCatalog catalog, AccessControl access) {
        this.organization = organization;
        this.catalog = catalog;
        this.access = access;
    }

    List<Row> parse(byte[] file) {
        List<TableRow> rows = TableReader.read(file, REQUIRED);
        Set<String> kinds = new HashSet<>();
        catalog.commendationKinds().stream().map(CommendationKind::code).forEach(kinds::add);
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TableRow row : rows) {
            parse(row, kinds, seen, problems).ifPresent(parsed::add);
        }
        if (rows.isEmpty()) {
            problems.add(ImportProblem.of(1, null, "error.import.empty"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return parsed;
    }

    private Optional<Row> parse(TableRow row, Set<String> kinds, Set<String> seen, List<ImportProblem> problems) {
        int before = problems.size();
        int n = row.number();
        PersonInfo person = null;
        String citizenId = row.get("so_cccd");
        try {
            person = organization.personByCitizenId(citizenId).orElse(null);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            problems.add(ImportProblem.of(n, "so_cccd", "error.import.outOfScope", String.valueOf(citizenId)));
        }
        if (person == null && problems.size() == before) {
            problems.add(ImportProblem.of(n, "so_cccd", "error.registry.personUnknown", String.valueOf(citizenId)));
        } else if (person != null && !access.isUnrestricted()
                && !access.can(person.unitId(), Role.UNIT_OFFICER, Role.TDKT_OFFICE, Role.ADMIN)) {
            problems.add(ImportProblem.of(n, "so_cccd", "error.import.outOfScope", citizenId));
        }
        String code = row.get("ma_khen_thuong");
        AwardType award = code == null ? null : catalog.awardType(code).orElse(null);
        if (award == null) {
            problems.add(ImportProblem.of(n, "ma_khen_thuong", "error.registry.awardUnknown", String.valueOf(code)));
        }
        Integer year = year(row.get("nam"));
        if (year == null) {
            problems.add(ImportProblem.of(n, "nam", "error.registry.year", String.valueOf(row.get("nam"))));
        }
        String number = row.get("so_quyet_dinh");
        if (number == null || number.length() > 60) {
            problems.add(ImportProblem.of(n, "so_quyet_dinh", "error.import.required"));
        }
        LocalDate date = DateText.parse(row.get("ngay_quyet_dinh")).orElse(null);
        if (date == null) {
            problems.add(ImportProblem.of(n, "ngay_quyet_dinh", "error.import.date",
                    String.valueOf(row.get("ngay_quyet_dinh"))));
        } else if (year != null && (date.getYear() < year || date.getYear() > year + 1)) {
            problems.add(ImportProblem.of(n, "ngay_quyet_dinh", "error.registry.dateYear", row.get("ngay_quyet_dinh"),
                    year));
        }
        String issuer = row.get("co_quan_ban_hanh");
        if (issuer == null || issuer.length() > 255) {
            problems.add(ImportProblem.of(n, "co_quan_ban_hanh", "error.import.required"));
        }
        String kind = row.get("loai_hinh");
        if (kind == null && award != null && award.kind() == AwardType.AwardKind.TITLE) {
            kind = CommendationKind.MERIT;
        }
        if (kind != null && !kinds.contains(kind)) {
            problems.add(ImportProblem.of(n, "loai_hinh", "error.registry.kindUnknown", kind));
        }
        if (problems.size() == before && !seen.add(citizenId + "|" + code + "|" + number)) {
            problems.add(ImportProblem.of(n, "so_quyet_dinh", "error.import.duplicate", number));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Row(n, person.id(), code, award.nameWithGrantor(), year, number, date, issuer, kind));
    }

    private static Integer year(String text) {
        if (text == null || !text.matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(text);
        return year >= 1945 && year <= 2100 ? year : null;
    }
}
