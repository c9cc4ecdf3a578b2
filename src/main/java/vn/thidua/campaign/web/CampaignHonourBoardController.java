package vn.thidua.campaign.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thidua.campaign.CampaignCatalog;
import vn.thidua.registry.Certificates;
import vn.thidua.registry.PublicAward;
import vn.thidua.shared.NotFoundException;

/** Bảng vàng của phong trào: the awards a campaign led to, public, without sign-in. */
@Controller
class CampaignHonourBoardController {

    private final CampaignCatalog catalog;
    private final Certificates certificates;

    CampaignHonourBoardController(CampaignCatalog catalog, Certificates certificates) {
        this.catalog = catalog;
        this.certificates = certificates;
    }

    @GetMapping("/public/campaigns/{code}")
    String honourBoard(@PathVariable String code, Model model) {
        model.addAttribute("campaign", catalog.publicSummary(code)
                .orElseThrow(() -> new NotFoundException("campaign", code)));
        model.addAttribute("decisions", PublicAward.byDecision(certificates.publishedIn(code)));
        return "campaign/honour-board";
    }
}
