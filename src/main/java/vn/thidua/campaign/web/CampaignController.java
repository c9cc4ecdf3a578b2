package vn.thidua.campaign.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.campaign.CampaignCatalog;
import vn.thidua.campaign.CampaignManagement;
import vn.thidua.campaign.CampaignQuotas;
import vn.thidua.campaign.CampaignView;
import vn.thidua.campaign.Stage;

/**
 * Campaign pages: the list, a campaign with its criteria, targets, quotas (usage refreshed live), deadlines and
 * routing, and the editor of its definition for the TĐKT office.
 */
@Controller
class CampaignController {

    private final CampaignCatalog catalog;
    private final CampaignManagement management;
    private final CampaignQuotas quotas;
    private final Clock clock;

    CampaignController(CampaignCatalog catalog, CampaignManagement management, CampaignQuotas quotas, Clock clock) {
        this.catalog = catalog;
        this.management = management;
        this.quotas = quotas;
        this.clock = clock;
    }

    @GetMapping("/campaigns")
    String list(Model model) {
        model.addAttribute("campaigns", catalog.campaigns());
        return "campaign/campaigns";
    }

    @GetMapping("/campaigns/{code}")
    String show(@PathVariable String code, @RequestParam(required = false) String stage,
            @RequestParam(required = false) Integer year, Model model) {
        CampaignView campaign = catalog.campaign(code);
        model.addAttribute("c", campaign);
        Stage shown = campaign.definition().stages().stream()
                .filter(s -> stage == null || s.code().equals(stage)).findFirst().orElse(null);
        model.addAttribute("stage", shown);
        model.addAttribute("year", year != null ? year : defaultYear(shown));
        return "campaign/campaign";
    }

    /** The quota usage table alone, which the campaign page reloads every few seconds while units draft. */
    @GetMapping("/campaigns/{code}/quotas")
    String usage(@PathVariable String code, @RequestParam String stage, @RequestParam int year, Model model) {
        model.addAttribute("usage", quotas.usage(code, stage, year));
        return "campaign/quotas :: usage";
    }

    @GetMapping("/campaigns/new")
    String blank(Model model) {
        model.addAttribute("definition", "");
        return "campaign/editor";
    }

    @GetMapping("/campaigns/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        model.addAttribute("c", catalog.campaign(code));
        model.addAttribute("definition", catalog.definitionJson(code));
        return "campaign/editor";
    }

    @PostMapping("/campaigns")
    String create(@RequestParam String definition, @RequestParam String reason, RedirectAttributes redirect) {
        String code = management.create(definition, reason);
        redirect.addFlashAttribute("flash", "campaign.flash.saved");
        return "redirect:/campaigns/" + code;
    }

    @PostMapping("/campaigns/{code}")
    String update(@PathVariable String code, @RequestParam long version, @RequestParam String definition,
            @RequestParam String reason, RedirectAttributes redirect) {
        management.update(code, version, definition, reason);
        redirect.addFlashAttribute("flash", "campaign.flash.saved");
        return "redirect:/campaigns/" + code;
    }

    /** The current year when the stage reviews it, else the last year the stage reviews. */
    private int defaultYear(Stage stage) {
        int now = LocalDate.now(clock).getYear();
        if (stage == null || stage.years() == null || stage.years().isEmpty() || stage.years().contains(now)) {
            return now;
        }
        return stage.years().get(stage.years().size() - 1);
    }
}
