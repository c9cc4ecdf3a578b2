package vn.thidua.nomination.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.nomination.ProposalManagement;
import vn.thidua.nomination.ProposalStatus;
import vn.thidua.organization.OrganizationDirectory;

/** The proposal pages: list, draft, and the actions of unit officers and signing leaders. */
@Controller
class ProposalController {

    private final ProposalManagement proposals;
    private final OrganizationDirectory directory;

    ProposalController(ProposalManagement proposals, OrganizationDirectory directory) {
        this.proposals = proposals;
        this.directory = directory;
    }

    @GetMapping("/proposals")
    String list(@RequestParam(required = false) ProposalStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", ProposalStatus.values());
        model.addAttribute("proposals", proposals.visibleProposals(status, PageRequest.of(Math.max(page, 0), 20)));
        return "nomination/proposals";
    }

    @GetMapping("/proposals/new")
    String form(@RequestParam long personId, Model model) {
        model.addAttribute("person", directory.person(personId));
        model.addAttribute("awards", proposals.awardsFor(personId));
        return "nomination/new";
    }

    @PostMapping("/proposals")
    String draft(@RequestParam long personId, @RequestParam String awardCode, @RequestParam String summary,
            RedirectAttributes redirect) {
        long id = proposals.draft(new ProposalManagement.NewProposal(personId, awardCode, summary));
        redirect.addFlashAttribute("flash", "proposal.flash.drafted");
        return "redirect:/proposals/" + id;
    }

    @GetMapping("/proposals/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("proposal", proposals.proposal(id));
        return "nomination/proposal";
    }

    @PostMapping("/proposals/{id}/edit")
    String edit(@PathVariable long id, @RequestParam long version, @RequestParam String summary,
            RedirectAttributes redirect) {
        proposals.edit(id, version, summary);
        redirect.addFlashAttribute("flash", "proposal.flash.edited");
        return "redirect:/proposals/" + id;
    }

    @PostMapping("/proposals/{id}/submit")
    String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        proposals.submit(id, version);
        redirect.addFlashAttribute("flash", "proposal.flash.submitted");
        return "redirect:/proposals/" + id;
    }

    @PostMapping("/proposals/{id}/approve")
    String approve(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        proposals.approve(id, version);
        redirect.addFlashAttribute("flash", "proposal.flash.approved");
        return "redirect:/proposals/" + id;
    }

    @PostMapping("/proposals/{id}/return")
    String returnToUnit(@PathVariable long id, @RequestParam long version, @RequestParam String reason,
            RedirectAttributes redirect) {
        proposals.returnToUnit(id, version, reason);
        redirect.addFlashAttribute("flash", "proposal.flash.returned");
        return "redirect:/proposals/" + id;
    }
}
