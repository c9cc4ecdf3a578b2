package vn.thidua.eligibility.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.CriterionResult;
import vn.thidua.eligibility.Prescreen;
import vn.thidua.eligibility.Verdict;

/**
 * Writes a pre-screen to Excel in the reader's language: one row per subject (group, name, outcome, how many
 * criteria short, tie preference), then one column per criterion with ✓ / ✗ / ? and the actual values.
 */
@Component
class PrescreenWorkbook {

    private final MessageSource messages;

    PrescreenWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(Prescreen prescreen) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Verdict> all = new ArrayList<>();
        all.addAll(prescreen.qualified());
        all.addAll(prescreen.oneShort());
        all.addAll(prescreen.others());
        List<String> criteria = new ArrayList<>();
        all.stream().findFirst().ifPresent(v -> v.criteria().forEach(c -> criteria.add(c.code())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "ThiDua", "1.0");
            Worksheet sheet = workbook.newWorksheet(text("eligibility.prescreen.sheet", locale));
            String[] headers = {"eligibility.prescreen.group", "eligibility.subject", "eligibility.outcome",
                "eligibility.missing", "eligibility.tiePreference", "eligibility.ruleSet"};
            for (int c = 0; c < headers.length; c++) {
                sheet.value(0, c, text(headers[c], locale));
                sheet.style(0, c).bold().set();
            }
            for (int c = 0; c < criteria.size(); c++) {
                sheet.value(0, headers.length + c, criteria.get(c));
                sheet.style(0, headers.length + c).bold().set();
            }
            int row = 1;
            row = rows(sheet, row, prescreen.qualified(), "eligibility.prescreen.qualified", criteria, locale);
            row = rows(sheet, row, prescreen.oneShort(), "eligibility.prescreen.oneShort", criteria, locale);
            rows(sheet, row, prescreen.others(), "eligibility.prescreen.others", criteria, locale);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private int rows(Worksheet sheet, int row, List<Verdict> verdicts, String group, List<String> criteria,
            Locale locale) {
        for (Verdict verdict : verdicts) {
            sheet.value(row, 0, text(group, locale));
            sheet.value(row, 1, verdict.subjectName());
            sheet.value(row, 2, text("eligibility.outcome." + verdict.outcome(), locale));
            sheet.value(row, 3, verdict.missing());
            sheet.value(row, 4, verdict.tiePreference() ? "✓" : "");
            sheet.value(row, 5, verdict.ruleSetCode());
            for (CriterionResult result : verdict.criteria()) {
                int column = criteria.indexOf(result.code());
                if (column >= 0) {
                    sheet.value(row, 6 + column, symbol(result) + " " + result.actual());
                }
            }
            row++;
        }
        return row;
    }

    private static String symbol(CriterionResult result) {
        return switch (result.outcome()) {
            case PASS -> "✓";
            case FAIL -> "✗";
            case UNKNOWN -> "?";
        };
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
