package vn.thidua.registry.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.thidua.registry.Certificates;
import vn.thidua.registry.PublicAward;
import vn.thidua.shared.BusinessRuleException;

/**
 * Public pages without sign-in: the honour board (bảng vàng) of a year's decisions and the same list as open data in
 * CSV and JSON, with only names, units and awards.
 */
@Controller
class PublicAwardsController {

    private static final int FIRST_YEAR = 2000;
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final Certificates certificates;
    private final Clock clock;

    PublicAwardsController(Certificates certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    @GetMapping("/public/awards")
    String honourBoard(@RequestParam(required = false) Integer year, Model model) {
        int shown = checkedYear(year);
        model.addAttribute("year", shown);
        model.addAttribute("decisions", PublicAward.byDecision(certificates.published(shown)));
        return "registry/honour-board";
    }

    @GetMapping(value = "/public/awards.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<PublicAward> json(@RequestParam(required = false) Integer year) {
        return certificates.published(checkedYear(year));
    }

    /** CSV in UTF-8 with a byte-order mark, so that Excel opens the Vietnamese names correctly. */
    @GetMapping("/public/awards.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year) {
        int shown = checkedYear(year);
        StringWriter text = new StringWriter();
        text.write(BYTE_ORDER_MARK);
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            csv.writeRecord("decision_number", "decision_date", "issuer", "award", "golden_book_number", "recipient",
                    "unit", "campaign");
            for (PublicAward award : certificates.published(shown)) {
                csv.writeRecord(award.decisionNumber(), award.decisionDate().toString(), award.issuerName(),
                        award.awardName(), String.valueOf(award.goldenBookNumber()), award.recipientName(),
                        award.recipientUnit(), award.campaignCode() == null ? "" : award.campaignCode());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("khen-thuong-" + shown + ".csv").build().toString())
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private int checkedYear(Integer year) {
        int current = LocalDate.now(clock).getYear();
        if (year == null) {
            return current;
        }
        if (year < FIRST_YEAR || year > current) {
            throw new BusinessRuleException("error.public.year", "year", FIRST_YEAR, current);
        }
        return year;
    }
}
