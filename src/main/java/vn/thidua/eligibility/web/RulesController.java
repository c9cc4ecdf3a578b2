package vn.thidua.eligibility.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.eligibility.CriterionDefinition;
import vn.thidua.eligibility.EligibilityCheck;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.NotFoundException;

/**
 * The rule sets of an award with their criteria, legal bases and validity; the provincial TĐKT office edits a
 * criterion here, and an invalid expression comes back with its line and column.
 */
@Controller
class RulesController {

    private final EligibilityCheck eligibility;
    private final AwardCatalog catalog;

    RulesController(EligibilityCheck eligibility, AwardCatalog catalog) {
        this.eligibility = eligibility;
        this.catalog = catalog;
    }

    @GetMapping("/eligibility/rules/{award}")
    String rules(@PathVariable String award, Model model) {
        model.addAttribute("award", catalog.awardType(award).orElseThrow(() -> new NotFoundException("AwardType",
                award)));
        model.addAttribute("ruleSets", eligibility.ruleSets(award));
        return "eligibility/rules";
    }

    @PostMapping("/eligibility/criteria/{id}")
    String save(@PathVariable long id, @RequestParam String award, @RequestParam long version,
            @RequestParam String name, @RequestParam(defaultValue = "") String route, @RequestParam String expression,
            @RequestParam String legalBasis, @RequestParam String reason, RedirectAttributes redirect) {
        try {
            eligibility.saveCriterion(id, version, new CriterionDefinition(null, name, route, expression, legalBasis),
                    reason);
            redirect.addFlashAttribute("saved", id);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("refusedId", id);
            redirect.addFlashAttribute("refusedKey", e.messageKey());
            redirect.addFlashAttribute("refusedArgs", e.arguments());
            redirect.addFlashAttribute("refusedExpression", expression);
        }
        return "redirect:/eligibility/rules/" + award;
    }
}
