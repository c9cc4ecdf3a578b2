package vn.thidua.indicator.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the fields of one line (whatever the format) into a {@link DossierRecord}, or says which field is wrong and
 * why. Dates are accepted as the sync API writes them (yyyyMMddHHmmss) and in the ISO and Vietnamese forms.
 */
final class RecordFields {

    /** One line's fields by name; lists (supplementation rounds) come as parallel lists. */
    interface Source {
        String get(String field);

        List<String> list(String field);
    }

    /** A refused field: the message key and its arguments. */
    static final class Refusal extends RuntimeException {
        final String field;
        final String messageKey;
        final transient List<Object> arguments;

        Refusal(String field, String messageKey, Object... arguments) {
            super(messageKey, null, false, false);
            this.field = field;
            this.messageKey = messageKey;
            this.arguments = List.of(arguments);
        }
    }

    static final int MAX_CODE = 60;
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss"), DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"),
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyyMMdd"), DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    private RecordFields() {
    }

    static DossierRecord read(Source source) {
        String maHoSo = code(source, "MaHoSo");
        String unit = code(source, "DonViXuLy");
        String procedure = code(source, "MaTTHC");
        int channel = integer(source, "KenhThucHien", 1, 1, 3);
        int status = integer(source, "TrangThaiHoSo", null, 1, 10);
        LocalDateTime received = dateTime(source, "NgayTiepNhan");
        if (received == null) {
            throw new Refusal("NgayTiepNhan", "error.indicator.required");
        }
        int payment = integer(source, "DuocThanhToanTrucTuyen", 0, 0, 2);
        String account = source.get("LoaiTaiKhoanNop");
        return new DossierRecord(maHoSo, unit, procedure, channel,
                account == null || account.isBlank() ? null : account.strip().toUpperCase(Locale.ROOT),
                flag(source, "TaiKhoanDuocXacThucVoiVNeID"), status, received, dateTime(source, "NgayHenTra"),
                dateTime(source, "NgayKetThucXuLy"), dateTime(source, "NgayTra"), dateTime(source, "NgayTuChoi"),
                payment > 0, flag(source, "CoPhiLePhi"), flag(source, "DuocSoHoa"), flag(source, "CoKetQuaDienTu"),
                supplements(source));
    }

    private static List<DossierRecord.Supplement> supplements(Source source) {
        List<String> asked = source.list("NgayYeuCauBoSung");
        List<String> back = source.list("NgayTiepNhanBoSung");
        List<DossierRecord.Supplement> rounds = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            rounds.add(new DossierRecord.Supplement(parse("NgayYeuCauBoSung", asked.get(i)),
                    i < back.size() && !back.get(i).isBlank() ? parse("NgayTiepNhanBoSung", back.get(i)) : null));
        }
        return rounds;
    }

    private static String code(Source source, String field) {
        String value = source.get(field);
        if (value == null || value.isBlank()) {
            throw new Refusal(field, "error.indicator.required");
        }
        String code = value.strip();
        if (code.length() > MAX_CODE) {
            throw new Refusal(field, "error.indicator.tooLong", MAX_CODE);
        }
        return code;
    }

    private static int integer(Source source, String field, Integer absent, int min, int max) {
        String value = source.get(field);
        if (value == null || value.isBlank()) {
            if (absent == null) {
                throw new Refusal(field, "error.indicator.required");
            }
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw new Refusal(field, "error.indicator.range", value.strip(), min, max);
            }
            return number;
        } catch (NumberFormatException notANumber) {
            throw new Refusal(field, "error.indicator.number", value.strip());
        }
    }

    private static boolean flag(Source source, String field) {
        String value = source.get(field);
        Boolean flag = Flags.parse(value);
        if (flag == null) {
            throw new Refusal(field, "error.indicator.flag", value);
        }
        return flag;
    }

    private static LocalDateTime dateTime(Source source, String field) {
        String value = source.get(field);
        return value == null || value.isBlank() ? null : parse(field, value.strip());
    }

    static LocalDateTime parse(String field, String value) {
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return LocalDateTime.parse(value, format);
            } catch (DateTimeParseException tryNext) {
                // the next format may fit
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return java.time.LocalDate.parse(value, format).atStartOfDay();
            } catch (DateTimeParseException tryNext) {
                // the next format may fit
            }
        }
        throw new Refusal(field, "error.indicator.date", value);
    }
}
