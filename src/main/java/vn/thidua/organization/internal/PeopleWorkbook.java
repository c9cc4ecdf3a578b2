package vn.thidua.organization.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.thidua.shared.DateText;
import vn.thidua.shared.Gender;

/**
 * Writes people to an Excel workbook with the same columns the import reads, so an export can be edited and
 * imported back.
 */
final class PeopleWorkbook {

    private PeopleWorkbook() {
    }

    /** @param genderLabel how the gender column is written; the import reads both languages' words back */
    static byte[] write(List<Person> people, UnitTree tree, Function<Gender, String> genderLabel) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "ThiDua", "1.0");
            Worksheet sheet = workbook.newWorksheet("Danh sach");
            List<String> columns = PersonImporter.COLUMNS;
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, columns.get(c));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (Person person : people) {
                sheet.value(r, 0, person.fullName());
                sheet.value(r, 1, genderLabel.apply(person.gender()));
                sheet.value(r, 2, DateText.format(person.birthDate()));
                sheet.value(r, 3, person.citizenId());
                sheet.value(r, 4, person.position());
                sheet.value(r, 5, tree.get(person.unitId()).code());
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
