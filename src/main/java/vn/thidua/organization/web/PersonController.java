package vn.thidua.organization.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.organization.OrganizationDirectory;

/** Finds people by name without diacritics, and shows a person with their work history. */
@Controller
class PersonController {

    private static final int PAGE_SIZE = 20;

    private final OrganizationDirectory directory;

    PersonController(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/people")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("unit", unit == null ? null : directory.unit(unit));
        model.addAttribute("results", directory.searchPeople(q, unit, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return htmx != null ? "organization/people :: results" : "organization/people";
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable long id, Model model) {
        model.addAttribute("person", directory.person(id));
        model.addAttribute("memberships", directory.memberships(id));
        return "organization/person";
    }
}
