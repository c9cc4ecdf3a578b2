package vn.thidua.eligibility.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.SubjectType;
import vn.thidua.eligibility.EligibilityCheck;
import vn.thidua.eligibility.Prescreen;
import vn.thidua.eligibility.SubjectRef;
import vn.thidua.shared.Download;

/** Pages: the nominee page (✓ / ✗ / ? per criterion, explained) and the batch pre-screen with its Excel export. */
@Controller
class EligibilityController {

    private final EligibilityCheck eligibility;
    private final AwardCatalog catalog;
    private final Clock clock;

    EligibilityController(EligibilityCheck eligibility, AwardCatalog catalog, Clock clock) {
        this.eligibility = eligibility;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/eligibility/people/{id}")
    String person(@PathVariable long id, @RequestParam(required = false) String award,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model) {
        return nominee(SubjectRef.person(id), award, year, on, model);
    }

    @GetMapping("/eligibility/units/{id}")
    String unit(@PathVariable long id, @RequestParam(required = false) String award,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model) {
        return nominee(SubjectRef.unit(id), award, year, on, model);
    }

    @GetMapping("/eligibility/prescreen")
    String prescreen(@RequestParam(required = false) String award,
            @RequestParam(required = false) SubjectType subjectType, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("awards", catalog.awardTypes());
        model.addAttribute("award", award);
        model.addAttribute("subjectType", subjectType == null ? SubjectType.INDIVIDUAL : subjectType);
        model.addAttribute("unitId", unitId);
        model.addAttribute("year", year == null ? today.getYear() - 1 : year);
        model.addAttribute("on", on == null ? today : on);
        if (award != null && unitId != null) {
            model.addAttribute("result", eligibility.prescreen(award,
                    subjectType == null ? SubjectType.INDIVIDUAL : subjectType, unitId,
                    year == null ? today.getYear() - 1 : year, on == null ? today : on));
        }
        return "eligibility/prescreen";
    }

    @GetMapping("/eligibility/prescreen.xlsx")
    ResponseEntity<byte[]> export(@RequestParam String award, @RequestParam SubjectType subjectType,
            @RequestParam long unitId, @RequestParam int year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return workbook(eligibility, eligibility.prescreen(award, subjectType, unitId, year, on));
    }

    static ResponseEntity<byte[]> workbook(EligibilityCheck eligibility, Prescreen prescreen) {
        return Download.attachment(eligibility.prescreenWorkbook(prescreen), Download.XLSX,
                "so-tuyen-" + prescreen.awardCode() + "-" + prescreen.year() + ".xlsx");
    }

    private String nominee(SubjectRef subject, String award, Integer year, LocalDate on, Model model) {
        LocalDate today = LocalDate.now(clock);
        int judgedYear = year == null ? today.getYear() - 1 : year;
        LocalDate date = on == null ? today : on;
        model.addAttribute("subject", subject);
        model.addAttribute("awards", catalog.awardTypes());
        model.addAttribute("award", award);
        model.addAttribute("year", judgedYear);
        model.addAttribute("on", date);
        if (award != null) {
            model.addAttribute("verdict", eligibility.evaluate(subject, award, judgedYear, date));
        }
        return "eligibility/nominee";
    }
}
