package vn.thidua.indicator.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.indicator.IndicatorDefinition;
import vn.thidua.indicator.IndicatorValue;
import vn.thidua.indicator.Scorecards;

/**
 * Excel exports of the scorecard and the rankings, in the reader's language. Values are numbers rounded to two
 * decimals, so that the office can compute with them; a cell without a value stays empty, never 0.
 */
@Component
class IndicatorWorkbooks {

    private final MessageSource messages;

    IndicatorWorkbooks(MessageSource messages) {
        this.messages = messages;
    }

    byte[] scorecard(List<IndicatorDefinition> definitions, List<Scorecards.Row> rows, int year) {
        return write(workbook -> {
            Worksheet sheet = workbook.newWorksheet(text("indicator.scorecard.sheet") + " " + year);
            header(sheet, text("indicator.unit"), text("indicator.indicator"));
            for (int m = 1; m <= 12; m++) {
                bold(sheet, 0, m + 1, text("indicator.month", m));
            }
            bold(sheet, 0, 14, text("indicator.year"));
            int r = 1;
            for (Scorecards.Row row : rows) {
                sheet.value(r, 0, row.unitName());
                sheet.value(r, 1, definitions.stream().filter(d -> d.code().equals(row.indicatorCode()))
                        .map(IndicatorDefinition::name).findFirst().orElse(row.indicatorCode()));
                for (int m = 0; m < 12; m++) {
                    number(sheet, r, m + 2, row.months().get(m));
                }
                number(sheet, r, 14, row.year());
                r++;
            }
        });
    }

    byte[] rankings(String code, List<Scorecards.Ranked> ranking, List<Scorecards.Scored> leaderboard) {
        return write(workbook -> {
            Worksheet sheet = workbook.newWorksheet(code);
            header(sheet, text("indicator.rank"), text("indicator.unit"), text("indicator.value"),
                    text("indicator.numerator"), text("indicator.denominator"));
            int r = 1;
            for (Scorecards.Ranked ranked : ranking) {
                if (ranked.rank() > 0) {
                    sheet.value(r, 0, ranked.rank());
                }
                sheet.value(r, 1, ranked.unitName());
                number(sheet, r, 2, ranked.value());
                if (ranked.value() != null && ranked.value().numerator() != null) {
                    sheet.value(r, 3, ranked.value().numerator());
                    sheet.value(r, 4, ranked.value().denominator());
                }
                r++;
            }
            Worksheet board = workbook.newWorksheet(text("indicator.leaderboard"));
            header(board, text("indicator.rank"), text("indicator.unit"), text("indicator.points"));
            List<Scorecards.Points> groups = leaderboard.isEmpty() ? List.of() : leaderboard.get(0).parts();
            for (int g = 0; g < groups.size(); g++) {
                bold(board, 0, 3 + g, groups.get(g).group() + " (" + groups.get(g).maxPoints() + ")");
            }
            r = 1;
            for (Scorecards.Scored scored : leaderboard) {
                board.value(r, 0, scored.rank());
                board.value(r, 1, scored.unitName());
                board.value(r, 2, scored.total());
                for (int g = 0; g < scored.parts().size(); g++) {
                    board.value(r, 3 + g, scored.parts().get(g).points());
                }
                r++;
            }
        });
    }

    private interface Content {
        void write(Workbook workbook) throws IOException;
    }

    private static byte[] write(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "ThiDua", "1.0");
            content.write(workbook);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void header(Worksheet sheet, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            bold(sheet, 0, c, titles[c]);
        }
    }

    private static void bold(Worksheet sheet, int row, int column, String text) {
        sheet.value(row, column, text);
        sheet.style(row, column).bold().set();
    }

    private static void number(Worksheet sheet, int row, int column, IndicatorValue value) {
        if (value != null) {
            BigDecimal shown = value.value().setScale(2, RoundingMode.HALF_EVEN);
            sheet.value(row, column, shown);
        }
    }

    private String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }
}
