package vn.thidua.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitInfo;
import vn.thidua.report.Reports;
import vn.thidua.report.StatisticsForm;
import vn.thidua.shared.Download;
import vn.thidua.shared.NotFoundException;

/** Report pages: awards by form and by issuing unit, the national forms, and their Excel files. */
@Controller
class ReportController {

    private final Reports reports;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final Clock clock;

    ReportController(Reports reports, OrganizationDirectory organization, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String reports(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
            Model model) {
        UnitInfo root = unit != null ? organization.unit(unit) : organization.roots().get(0);
        int shown = year != null ? year : LocalDate.now(clock).getYear();
        model.addAttribute("root", root);
        model.addAttribute("year", shown);
        model.addAttribute("byAward", reports.byAward(root.id(), shown));
        model.addAttribute("byIssuer", reports.byIssuer(root.id(), shown));
        model.addAttribute("byLevel", reports.byLevel(root.id(), shown));
        model.addAttribute("byCampaign", reports.byCampaign(root.id(), shown));
        return "report/reports";
    }

    @GetMapping("/reports/forms/{code}")
    String form(@PathVariable String code, @RequestParam long unit, @RequestParam int year, Model model) {
        model.addAttribute("form", form(code, unit, year));
        model.addAttribute("root", organization.unit(unit));
        return "report/form";
    }

    @GetMapping("/reports/forms/{code}.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> formWorkbook(@PathVariable String code, @RequestParam long unit, @RequestParam int year) {
        StatisticsForm form = form(code, unit, year);
        Locale locale = LocaleContextHolder.getLocale();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "ThiDua", "1.0");
            Worksheet sheet = workbook.newWorksheet(form.code());
            sheet.value(0, 0, messages.getMessage(form.titleKey(), null, locale) + " — " + form.year());
            sheet.style(0, 0).bold().set();
            sheet.value(1, 1, messages.getMessage("report.code", null, locale));
            for (int c = 0; c < form.columnKeys().size(); c++) {
                sheet.value(1, c + 2, messages.getMessage(form.columnKeys().get(c), null, locale));
                sheet.style(1, c + 2).bold().wrapText(true).set();
            }
            int r = 2;
            for (StatisticsForm.Line line : form.lines()) {
                sheet.value(r, 0, messages.getMessage(line.labelKey(), null, locale));
                sheet.value(r, 1, line.code());
                for (int c = 0; c < line.values().size(); c++) {
                    if (line.values().get(c) != null) {
                        sheet.value(r, c + 2, line.values().get(c));
                    }
                }
                if (line.heading()) {
                    sheet.style(r, 0).bold().set();
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Download.attachment(out.toByteArray(), Download.XLSX, "bieu-" + form.code() + "-" + year + ".xlsx");
    }

    private StatisticsForm form(String code, long unit, int year) {
        return switch (code) {
            case "0601" -> reports.form0601(unit, year);
            case "0603" -> reports.form0603(unit, year);
            default -> throw new NotFoundException("form", code);
        };
    }

    record FormLink(String code, String labelKey) {
    }

    /** The national forms ThiĐua fills, for the links of the report page. */
    @org.springframework.web.bind.annotation.ModelAttribute("forms")
    List<FormLink> forms() {
        return List.of(new FormLink("0601", "report.0601.short"), new FormLink("0603", "report.0603.short"));
    }
}
