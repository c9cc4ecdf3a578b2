package vn.thidua.indicator.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.indicator.IndicatorDeclarations;
import vn.thidua.indicator.IndicatorDefinition;
import vn.thidua.indicator.Scorecards;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.Download;
import vn.thidua.shared.VietnameseText;

/** Declared indicators: the unit declares with evidence, the TĐKT office accepts or returns with a reason. */
@Controller
class DeclarationController {

    private final IndicatorDeclarations declarations;
    private final Scorecards scorecards;
    private final OrganizationDirectory organization;
    private final AccessControl access;

    DeclarationController(IndicatorDeclarations declarations, Scorecards scorecards,
            OrganizationDirectory organization, AccessControl access) {
        this.declarations = declarations;
        this.scorecards = scorecards;
        this.organization = organization;
        this.access = access;
    }

    @GetMapping("/indicators/declarations")
    String list(@RequestParam(required = false) IndicatorDeclarations.Status status, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", IndicatorDeclarations.Status.values());
        model.addAttribute("declarations", declarations.visible(status));
        model.addAttribute("definitions", scorecards.definitions().stream()
                .filter(IndicatorDefinition::declared).toList());
        model.addAttribute("units", declaringUnits());
        return "indicator/declarations";
    }

    @PostMapping("/indicators/declarations")
    String declare(@RequestParam String indicatorCode, @RequestParam long unitId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodTo,
            @RequestParam BigDecimal value, @RequestParam(required = false) String note,
            @RequestParam MultipartFile evidence, RedirectAttributes redirect) throws IOException {
        declarations.declare(new IndicatorDeclarations.NewDeclaration(indicatorCode, unitId, periodFrom, periodTo,
                value, note, evidence.getOriginalFilename(), evidence.getBytes()));
        redirect.addFlashAttribute("flash", "indicator.flash.declared");
        return "redirect:/indicators/declarations";
    }

    @PostMapping("/indicators/declarations/{id}/accept")
    String accept(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        declarations.accept(id, version);
        redirect.addFlashAttribute("flash", "indicator.flash.accepted");
        return "redirect:/indicators/declarations";
    }

    @PostMapping("/indicators/declarations/{id}/return")
    String returnToUnit(@PathVariable long id, @RequestParam long version, @RequestParam String reason,
            RedirectAttributes redirect) {
        declarations.returnToUnit(id, version, reason);
        redirect.addFlashAttribute("flash", "indicator.flash.returned");
        return "redirect:/indicators/declarations";
    }

    @GetMapping("/indicators/declarations/{id}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        IndicatorDeclarations.Evidence evidence = declarations.evidence(id);
        return Download.attachment(evidence.content(), MediaType.parseMediaType(evidence.contentType()),
                evidence.name());
    }

    /** The units whose indicators the reader may declare, in Vietnamese order. */
    private List<UnitInfo> declaringUnits() {
        if (access.isUnrestricted()) {
            return List.of();
        }
        return organization.subtree(access.scopeRoots(Role.UNIT_OFFICER, Role.TDKT_OFFICE)).stream()
                .map(organization::unit)
                .sorted(Comparator.comparing(UnitInfo::name, VietnameseText.collator())).toList();
    }
}
