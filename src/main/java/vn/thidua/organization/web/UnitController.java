package vn.thidua.organization.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thidua.organization.OrganizationDirectory;

/** Browses the unit tree (cây đơn vị); children load on demand with htmx. */
@Controller
class UnitController {

    private final OrganizationDirectory directory;

    UnitController(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/units")
    String tree(Model model) {
        model.addAttribute("units", directory.roots());
        return "organization/units";
    }

    @GetMapping("/units/{id}/children")
    String children(@PathVariable long id, Model model) {
        model.addAttribute("units", directory.children(id));
        return "organization/units :: branch";
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable long id, Model model) {
        model.addAttribute("unit", directory.unit(id));
        model.addAttribute("path", directory.path(id));
        model.addAttribute("children", directory.children(id));
        model.addAttribute("successions", directory.successions(id));
        return "organization/unit";
    }
}
