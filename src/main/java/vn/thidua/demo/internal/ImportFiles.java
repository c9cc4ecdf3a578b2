package vn.thidua.demo.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import vn.thidua.shared.DateText;

/**
 * The generated units and people as the CSV files an officer would upload (UTF-8, a header row, dates as
 * dd/MM/yyyy), so that the demo passes the same validation as users' files do.
 */
final class ImportFiles {

    private static final List<String> UNIT_COLUMNS = List.of("ma_dinh_danh", "ten_don_vi", "ten_viet_tat", "cap",
            "ma_don_vi_cap_tren", "hieu_luc_tu", "hieu_luc_den", "dia_danh", "chuc_danh_thu_truong");
    private static final List<String> PEOPLE_COLUMNS = List.of("ho_ten", "gioi_tinh", "ngay_sinh", "so_cccd",
            "chuc_vu", "ma_don_vi");

    private ImportFiles() {
    }

    static byte[] units(List<DemoDataset.Unit> units) {
        return csv(UNIT_COLUMNS, units.stream().map(unit -> List.of(unit.code(), unit.name(),
                cell(unit.abbreviation()), unit.level().importCode(), cell(unit.parentCode()),
                DateText.format(unit.validFrom()), DateText.format(unit.validTo()), cell(unit.placeName()),
                cell(unit.headTitle()))).toList());
    }

    /** People, with the gender written as officers write it (Nam, Nữ). */
    static byte[] people(List<DemoDataset.Person> people, DemoResources resources) {
        return csv(PEOPLE_COLUMNS, people.stream().map(person -> List.of(person.fullName(),
                resources.text("gender." + person.gender().name()), DateText.format(person.birthDate()),
                person.citizenId(), cell(person.position()), person.unitCode())).toList());
    }

    private static String cell(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    private static byte[] csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CsvWriter writer = CsvWriter.builder().build(out)) {
            writer.writeRecord(header);
            rows.forEach(writer::writeRecord);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
