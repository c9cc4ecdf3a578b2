package vn.thidua.decision.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.decision.DecisionDrafts;

/** Pages of decision drafts: the list for signing leaders and the draft they approve. */
@Controller
class DraftController {

    private final DecisionDrafts drafts;

    DraftController(DecisionDrafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping("/decisions/drafts")
    String list(Model model) {
        model.addAttribute("drafts", drafts.drafts());
        return "decision/drafts";
    }

    @GetMapping("/decisions/drafts/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("d", drafts.draft(id));
        return "decision/draft";
    }

    @PostMapping("/decisions/drafts/{id}/approve")
    String approve(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        drafts.approve(id, version);
        redirect.addFlashAttribute("flash", "draft.flash.approved");
        return "redirect:/decisions/drafts/" + id;
    }
}
