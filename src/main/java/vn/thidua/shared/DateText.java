package vn.thidua.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Dates as officers type them: "05/02/2024" (Vietnamese order), ISO "2024-02-05", or the serial number a
 * spreadsheet cell holds. Impossible dates such as 31/02 are refused, never rolled over.
 */
public final class DateText {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate SPREADSHEET_EPOCH = LocalDate.of(1899, 12, 30);
    private static final int SPREADSHEET_MAX_SERIAL = 2_958_465;

    private DateText() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            if (value.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                return Optional.of(LocalDate.parse(value, VIETNAMESE));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE
                        .withResolverStyle(ResolverStyle.STRICT)));
            }
            if (value.matches("\\d{1,7}(\\.0+)?")) {
                int serial = (int) Double.parseDouble(value);
                if (serial > 0 && serial <= SPREADSHEET_MAX_SERIAL) {
                    return Optional.of(SPREADSHEET_EPOCH.plusDays(serial));
                }
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** "dd/MM/yyyy", the way dates are written in Vietnamese administration. */
    public static String format(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
    }
}
