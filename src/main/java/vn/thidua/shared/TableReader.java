package vn.thidua.shared;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an uploaded table (CSV in UTF-8, or XLSX) into rows keyed by the header row. The format is decided by the
 * content, never by the file name: an XLSX is a ZIP archive, anything else must be valid UTF-8 text.
 */
public final class TableReader {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private TableReader() {
    }

    /**
     * Reads all rows, or refuses the file: a missing required column, a file that is neither XLSX nor UTF-8 text.
     */
    public static List<TableRow> read(byte[] content, List<String> requiredColumns) {
        List<List<String>> raw = isZip(content) ? readXlsx(content) : readCsv(content);
        if (raw.isEmpty()) {
            throw new ImportRejectedException(List.of(ImportProblem.of(1, null, "error.import.empty")));
        }
        List<String> header = raw.get(0).stream().map(TableReader::columnName).toList();
        List<ImportProblem> missing = requiredColumns.stream()
                .filter(column -> !header.contains(columnName(column)))
                .map(column -> ImportProblem.of(1, column, "error.import.missingColumn", column))
                .toList();
        if (!missing.isEmpty()) {
            throw new ImportRejectedException(missing);
        }
        List<TableRow> rows = new ArrayList<>(raw.size() - 1);
        for (int i = 1; i < raw.size(); i++) {
            List<String> values = raw.get(i);
            if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), c < values.size() ? values.get(c) : null);
            }
            rows.add(new TableRow(i + 1, cells));
        }
        return rows;
    }

    /**
     * Column names are matched folded, so «Mã định danh», «ma dinh danh» and «ma_dinh_danh» are the same column.
     */
    public static String columnName(String header) {
        return header == null ? "" : VietnameseText.fold(header.replace("\uFEFF", "")).replace(' ', '_');
    }

    private static boolean isZip(byte[] content) {
        if (content.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (content[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<List<String>> readCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportRejectedException(List.of(ImportProblem.of(1, null, "error.import.notUtf8")));
        }
        if (text.indexOf('\0') >= 0) {
            throw new ImportRejectedException(List.of(ImportProblem.of(1, null, "error.import.notText")));
        }
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(text)) {
            reader.forEach(record -> rows.add(record.getFields()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new ImportRejectedException(List.of(ImportProblem.of(rows.size() + 1, null, "error.import.malformed",
                    e.getMessage())));
        }
        return rows;
    }

    private static List<List<String>> readXlsx(byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content); ReadableWorkbook workbook = new ReadableWorkbook(in);
                Stream<Row> sheetRows = workbook.getFirstSheet().openStream()) {
            List<List<String>> rows = new ArrayList<>();
            sheetRows.forEach(row -> {
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of());
                }
                List<String> values = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? null : cell.getText());
                }
                rows.add(values);
            });
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new ImportRejectedException(List.of(ImportProblem.of(1, null, "error.import.badWorkbook")));
        }
    }
}
