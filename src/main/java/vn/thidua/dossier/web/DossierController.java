package vn.thidua.dossier.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.SubjectType;
import vn.thidua.dossier.Component;
import vn.thidua.dossier.DossierAppraisal;
import vn.thidua.dossier.DossierManagement;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.BusinessRuleException;

/** Dossier pages: the list, a new dossier, and the dossier page where each party sees its own actions. */
@Controller
class DossierController {

    private final DossierManagement dossiers;
    private final DossierAppraisal appraisal;
    private final AwardCatalog catalog;
    private final OrganizationDirectory directory;
    private final Clock clock;

    DossierController(DossierManagement dossiers, DossierAppraisal appraisal, AwardCatalog catalog,
            OrganizationDirectory directory, Clock clock) {
        this.dossiers = dossiers;
        this.appraisal = appraisal;
        this.catalog = catalog;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/dossiers")
    String list(Model model) {
        model.addAttribute("dossiers", dossiers.visibleDossiers());
        return "dossier/dossiers";
    }

    /** The form carries a fresh creation key, so that sending it twice makes one dossier. */
    @GetMapping("/dossiers/new")
    String form(@RequestParam String unitCode, Model model) {
        UnitInfo unit = directory.unitByCode(unitCode.strip()).orElseThrow(
                () -> new BusinessRuleException("error.dossier.unknownUnit", "unitCode", unitCode));
        model.addAttribute("unit", unit);
        model.addAttribute("creationKey", UUID.randomUUID().toString());
        model.addAttribute("awards", catalog.awardTypes());
        model.addAttribute("year", LocalDate.now(clock).getYear());
        return "dossier/new";
    }

    @PostMapping("/dossiers")
    String create(@RequestParam String creationKey, @RequestParam long unitId, @RequestParam String awardCode,
            @RequestParam int achievementYear, @RequestParam(required = false) String campaignCode,
            @RequestParam String title) {
        long id = dossiers.create(new DossierManagement.NewDossier(creationKey, unitId, awardCode, achievementYear,
                campaignCode, title));
        return "redirect:/dossiers/" + id;
    }

    @GetMapping("/dossiers/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("d", dossiers.dossier(id));
        model.addAttribute("components", Component.values());
        model.addAttribute("subjectTypes", SubjectType.values());
        return "dossier/dossier";
    }

    @PostMapping("/dossiers/{id}/nominees")
    String addNominee(@PathVariable long id, @RequestParam long version, @RequestParam SubjectType type,
            @RequestParam(required = false) Long subjectId, @RequestParam(required = false) String householdName,
            @RequestParam String achievement, RedirectAttributes redirect) {
        dossiers.addNominee(id, version, new DossierManagement.NewNominee(type, subjectId, householdName, achievement));
        return done(id, "dossier.flash.nominee", redirect);
    }

    @PostMapping("/dossiers/{id}/nominees/{nomineeId}/justification")
    String justify(@PathVariable long id, @PathVariable long nomineeId, @RequestParam long version,
            @RequestParam String text, RedirectAttributes redirect) {
        dossiers.justify(id, version, nomineeId, text);
        return done(id, "dossier.flash.justified", redirect);
    }

    @PostMapping("/dossiers/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam Component component, @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        dossiers.attach(id, component, file.getOriginalFilename(), file.getBytes());
        return done(id, "dossier.flash.attached", redirect);
    }

    @PostMapping("/dossiers/{id}/submit")
    String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        dossiers.submit(id, version);
        return done(id, "dossier.flash.submitted", redirect);
    }

    @PostMapping("/dossiers/{id}/submit-on-behalf")
    String submitOnBehalf(@PathVariable long id, @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean onPaper, RedirectAttributes redirect) {
        dossiers.submitOnBehalf(id, version, onPaper);
        return done(id, "dossier.flash.submitted", redirect);
    }

    @PostMapping("/dossiers/{id}/receive")
    String receive(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        appraisal.receive(id, version);
        return done(id, "dossier.flash.received", redirect);
    }

    @PostMapping("/dossiers/{id}/return")
    String returnForSupplement(@PathVariable long id, @RequestParam long version, @RequestParam String reason,
            RedirectAttributes redirect) {
        appraisal.returnForSupplement(id, version, reason);
        return done(id, "dossier.flash.returned", redirect);
    }

    @PostMapping("/dossiers/{id}/nominees/{nomineeId}/appraisal")
    String appraise(@PathVariable long id, @PathVariable long nomineeId, @RequestParam long version,
            @RequestParam boolean eligible, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        appraisal.appraise(id, version, nomineeId, eligible, note);
        return done(id, "dossier.flash.appraised", redirect);
    }

    @PostMapping("/dossiers/{id}/appraised")
    String appraised(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        appraisal.completeAppraisal(id, version);
        return done(id, "dossier.flash.complete", redirect);
    }

    @PostMapping("/dossiers/{id}/propose-decision")
    String proposeDecision(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        appraisal.proposeDecision(id, version);
        return done(id, "dossier.flash.proposed", redirect);
    }

    private static String done(long id, String flash, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/dossiers/" + id;
    }
}
