package vn.thidua.decision.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.decision.DecisionAmendments;
import vn.thidua.decision.DecisionManagement;

/** The page of an issued decision: recipients, documents, corrections and annulment. */
@Controller
class DecisionPageController {

    private final DecisionManagement decisions;
    private final DecisionAmendments amendments;

    DecisionPageController(DecisionManagement decisions, DecisionAmendments amendments) {
        this.decisions = decisions;
        this.amendments = amendments;
    }

    @GetMapping("/decisions/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("d", decisions.decision(id));
        model.addAttribute("amendments", amendments.amendments(id));
        return "decision/decision";
    }

    @PostMapping("/decisions/{id}/annulment")
    String annul(@PathVariable long id, @RequestParam long version, @RequestParam String reference,
            @RequestParam String reason, RedirectAttributes redirect) {
        amendments.annul(id, version, reference, reason);
        redirect.addFlashAttribute("flash", "decision.flash.annulled");
        return "redirect:/decisions/" + id;
    }

    @PostMapping("/decisions/{id}/corrections")
    String correct(@PathVariable long id, @RequestParam long version, @RequestParam int position,
            @RequestParam String correctedName, @RequestParam String reference, @RequestParam String reason,
            RedirectAttributes redirect) {
        amendments.correctRecipientName(id, version, position, correctedName, reference, reason);
        redirect.addFlashAttribute("flash", "decision.flash.corrected");
        return "redirect:/decisions/" + id;
    }
}
