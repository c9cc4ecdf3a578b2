package vn.thidua.catalog.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.AwardFact;
import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.CatalogEntry;
import vn.thidua.catalog.CatalogMaintenance;
import vn.thidua.catalog.CommendationKind;
import vn.thidua.catalog.MultiplierEntry;
import vn.thidua.shared.NotFoundException;

/** Catalogue browser (danh mục khen thưởng) with legal sources, its API, and corrections of unverified values. */
@Controller
@Tag(name = "Catalogue")
class CatalogController {

    private final AwardCatalog catalog;
    private final CatalogMaintenance maintenance;
    private final Clock clock;

    CatalogController(AwardCatalog catalog, CatalogMaintenance maintenance, Clock clock) {
        this.catalog = catalog;
        this.maintenance = maintenance;
        this.clock = clock;
    }

    @GetMapping("/catalog")
    String awards(Model model) {
        model.addAttribute("awards", catalog.awardTypes());
        model.addAttribute("kinds", catalog.commendationKinds());
        return "catalog/awards";
    }

    @GetMapping("/catalog/{code}")
    String award(@PathVariable String code, Model model) {
        model.addAttribute("entry", entry(code));
        model.addAttribute("today", LocalDate.now(clock));
        return "catalog/award";
    }

    @PostMapping("/catalog/facts/{id}")
    String correct(@PathVariable long id, @RequestParam String awardCode, @RequestParam long version,
            @RequestParam String value, @RequestParam String legalSource,
            @RequestParam(defaultValue = "false") boolean verified, @RequestParam String reason,
            RedirectAttributes redirect) {
        maintenance.correctFact(id, version, value, legalSource, verified, reason);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/catalog/" + awardCode;
    }

    @GetMapping("/api/v1/catalog/awards")
    @ResponseBody
    List<AwardType> apiAwards() {
        return catalog.awardTypes();
    }

    @GetMapping("/api/v1/catalog/awards/{code}")
    @ResponseBody
    CatalogEntry apiAward(@PathVariable String code) {
        return entry(code);
    }

    @GetMapping("/api/v1/catalog/kinds")
    @ResponseBody
    List<CommendationKind> apiKinds() {
        return catalog.commendationKinds();
    }

    @PutMapping("/api/v1/catalog/facts/{id}")
    @ResponseBody
    AwardFact apiCorrectFact(@PathVariable long id, @Valid @RequestBody FactCorrection request) {
        return maintenance.correctFact(id, request.version(), request.value(), request.legalSource(),
                request.verified(), request.reason());
    }

    @PutMapping("/api/v1/catalog/multipliers/{id}")
    @ResponseBody
    MultiplierEntry apiCorrectMultiplier(@PathVariable long id, @Valid @RequestBody MultiplierCorrection request) {
        return maintenance.correctMultiplier(id, request.version(), request.multiplier(), request.legalSource(),
                request.verified(), request.reason());
    }

    private CatalogEntry entry(String code) {
        return catalog.entry(code).orElseThrow(() -> new NotFoundException("AwardType", code));
    }

    record FactCorrection(@NotNull Long version, @NotBlank String value, @NotBlank String legalSource,
            boolean verified, @NotBlank String reason) {
    }

    record MultiplierCorrection(@NotNull Long version, @NotNull BigDecimal multiplier, @NotBlank String legalSource,
            boolean verified, @NotBlank String reason) {
    }
}
