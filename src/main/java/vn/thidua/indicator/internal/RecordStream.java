package vn.thidua.indicator.internal;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.indicator.DossierIngest;
import vn.thidua.shared.TableReader;
import vn.thidua.shared.TableRow;

/**
 * The records of an uploaded file, one at a time, each either a {@link DossierRecord} or the refusal of its line.
 * CSV and XLSX carry the flat columns documented in docs/INDICATORS.md; JSON Lines carry the nested HoSoDongBoDVC
 * objects of the national sync API.
 */
abstract class RecordStream {

    /** One line of the file: its record, or why it was refused. */
    record Item(long line, DossierRecord record, DossierIngest.Rejection rejection) {
    }

    /** The next item, or null at the end. */
    abstract Item next();

    static RecordStream of(DossierIngest.Format format, InputStream in, JsonMapper json) {
        return switch (format) {
            case CSV -> new Csv(new LineReader(in));
            case JSONL -> new Jsonl(new LineReader(in), json);
            case XLSX -> new Table(in);
        };
    }

    static Item parsed(long line, RecordFields.Source source) {
        try {
            return new Item(line, RecordFields.read(source), null);
        } catch (RecordFields.Refusal refusal) {
            return refused(line, refusal.field, refusal.messageKey, refusal.arguments.toArray());
        }
    }

    static Item refused(long line, String field, String key, Object... arguments) {
        return new Item(line, null, new DossierIngest.Rejection(line, field, key, List.of(arguments)));
    }

    /** Flat columns from a header line; lists (supplementation dates) are separated by «;». */
    private static final class Csv extends RecordStream {
        private final LineReader lines;
        private Map<String, Integer> columns;

        Csv(LineReader lines) {
            this.lines = lines;
        }

        @Override
        Item next() {
            LineReader.Line line = lines.next();
            if (line == null) {
                return null;
            }
            if (line.text() == null) {
                return refused(line.number(), null, "error.indicator.encoding");
            }
            if (columns == null) {
                columns = new HashMap<>();
                List<String> header = cells(line.text());
                for (int i = 0; i < header.size(); i++) {
                    columns.put(TableReader.columnName(header.get(i)), i);
                }
                if (!columns.containsKey(TableReader.columnName("MaHoSo"))) {
                    return refused(line.number(), "MaHoSo", "error.indicator.header");
                }
                return next();
            }
            if (line.text().isBlank()) {
                return next();
            }
            List<String> cells = cells(line.text());
            if (cells.size() != columns.size()) {
                return refused(line.number(), null, "error.indicator.columns", cells.size(), columns.size());
            }
            return parsed(line.number(), new RecordFields.Source() {
                @Override
                public String get(String field) {
                    Integer index = columns.get(TableReader.columnName(field));
                    return index == null ? null : cells.get(index);
                }

                @Override
                public List<String> list(String field) {
                    String value = get(field);
                    return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(";", -1));
                }
            });
        }

        private static List<String> cells(String text) {
            Iterator<CsvRecord> records = CsvReader.builder().ofCsvRecord(text).iterator();
            return records.hasNext() ? records.next().getFields() : List.of();
        }
    }

    /** One HoSoDongBoDVC object per line; the flags are derived from its nested lists. */
    private static final class Jsonl extends RecordStream {
        private final LineReader lines;
        private final JsonMapper json;

        Jsonl(LineReader lines, JsonMapper json) {
            this.lines = lines;
            this.json = json;
        }

        @Override
        Item next() {
            LineReader.Line line = lines.next();
            if (line == null) {
                return null;
            }
            if (line.text() == null) {
                return refused(line.number(), null, "error.indicator.encoding");
            }
            if (line.text().isBlank()) {
                return next();
            }
            JsonNode node;
            try {
                node = json.readTree(line.text());
            } catch (JacksonException malformed) {
                return refused(line.number(), null, "error.indicator.json");
            }
            if (!node.isObject()) {
                return refused(line.number(), null, "error.indicator.json");
            }
            return parsed(line.number(), new JsonSource(node));
        }
    }

    private record JsonSource(JsonNode node) implements RecordFields.Source {

        @Override
        public String get(String field) {
            return switch (field) {
                case "CoPhiLePhi" -> any("DanhSachLePhi", fee -> fee.path("Gia").asDouble(0) > 0);
                case "DuocSoHoa" -> node.path("HoSoCoThanhPhanSoHoa").asInt(0) == 1 ? "1"
                        : any("TaiLieuNop", doc -> doc.path("DuocSoHoa").asInt(0) == 1);
                case "CoKetQuaDienTu" -> any("DanhSachGiayToKetQua",
                        result -> !result.path("DuongDanTepTinKetQua").asString("").isBlank());
                default -> {
                    JsonNode value = node.get(field);
                    yield value == null || value.isNull() ? null : value.asString();
                }
            };
        }

        @Override
        public List<String> list(String field) {
            String inner = field.equals("NgayYeuCauBoSung") ? "NgayBoSung" : "NgayTiepNhanBoSung";
            List<String> values = new ArrayList<>();
            node.path("DanhSachHoSoBoSung").forEach(round -> values.add(round.path(inner).asString("")));
            return values;
        }

        private String any(String list, java.util.function.Predicate<JsonNode> test) {
            for (JsonNode item : node.path(list)) {
                if (test.test(item)) {
                    return "1";
                }
            }
            return "0";
        }
    }

    /** An XLSX sheet with the CSV's columns; read whole, so its size is limited at upload. */
    private static final class Table extends RecordStream {
        private final Iterator<TableRow> rows;

        Table(InputStream in) {
            try {
                this.rows = TableReader.read(in.readAllBytes(), List.of("MaHoSo")).iterator();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        Item next() {
            if (!rows.hasNext()) {
                return null;
            }
            TableRow row = rows.next();
            return parsed(row.number(), new RecordFields.Source() {
                @Override
                public String get(String field) {
                    return row.get(TableReader.columnName(field));
                }

                @Override
                public List<String> list(String field) {
                    String value = get(field);
                    return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(";", -1));
                }
            });
        }
    }
}
