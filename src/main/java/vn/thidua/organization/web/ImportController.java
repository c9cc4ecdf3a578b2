package vn.thidua.organization.web;

import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.organization.ImportSummary;
import vn.thidua.organization.OrganizationManagement;
import vn.thidua.shared.Download;

/** Imports units and people from Excel or CSV, and exports a unit's people to Excel. */
@Controller
class ImportController {

    private final OrganizationManagement management;

    ImportController(OrganizationManagement management) {
        this.management = management;
    }

    @GetMapping("/imports")
    String form() {
        return "organization/import";
    }

    @PostMapping("/imports/units")
    String importUnits(@RequestParam MultipartFile file, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) throws IOException {
        ImportSummary summary = management.importUnits(file.getBytes(), reason);
        redirect.addFlashAttribute("summary", summary);
        return "redirect:/imports";
    }

    @PostMapping("/imports/people")
    String importPeople(@RequestParam MultipartFile file, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) throws IOException {
        ImportSummary summary = management.importPeople(file.getBytes(), reason);
        redirect.addFlashAttribute("summary", summary);
        return "redirect:/imports";
    }

    @GetMapping("/units/{id}/people.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return Download.attachment(management.exportPeople(id), Download.XLSX, "danh-sach-" + id + ".xlsx");
    }
}
