package vn.thidua.council.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.council.Attendance;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.catalog.AwardType;
import vn.thidua.council.CouncilSessions;
import vn.thidua.council.NomineeKind;
import vn.thidua.council.SessionKind;
import vn.thidua.council.SessionView;
import vn.thidua.council.Vote;
import vn.thidua.organization.OrganizationDirectory;

/** Council pages: the list, a new session, and the session page where each participant sees their own actions. */
@Controller
class CouncilController {

    private final CouncilSessions councils;
    private final OrganizationDirectory directory;
    private final AwardCatalog catalog;

    CouncilController(CouncilSessions councils, OrganizationDirectory directory, AwardCatalog catalog) {
        this.councils = councils;
        this.directory = directory;
        this.catalog = catalog;
    }

    @GetMapping("/council")
    String list(Model model) {
        model.addAttribute("sessions", councils.sessions());
        return "council/sessions";
    }

    @GetMapping("/council/new")
    String form(Model model) {
        model.addAttribute("kinds", SessionKind.values());
        return "council/new";
    }

    @PostMapping("/council")
    String create(@RequestParam String councilUnitCode, @RequestParam String title,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam SessionKind kind, @RequestParam String members, RedirectAttributes redirect) {
        long unit = MemberLines.unit(directory, councilUnitCode, "councilUnitCode");
        long id = councils.create(new CouncilSessions.NewSession(unit, title, heldOn, kind,
                MemberLines.parse(directory, members)));
        redirect.addFlashAttribute("flash", "council.flash.created");
        return "redirect:/council/" + id;
    }

    @GetMapping("/council/{id}")
    String show(@PathVariable long id, Principal principal, Model model) {
        SessionView session = councils.session(id);
        Optional<SessionView.Member> me = session.members().stream()
                .filter(member -> member.username().equals(principal.getName())).findFirst();
        model.addAttribute("s", session);
        model.addAttribute("me", me.orElse(null));
        model.addAttribute("memberNames", session.members().stream()
                .collect(java.util.stream.Collectors.toMap(SessionView.Member::id, SessionView.Member::fullName)));
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("votes", Vote.values());
        model.addAttribute("nomineeKinds", NomineeKind.values());
        model.addAttribute("awardNames", catalog.awardTypes().stream()
                .collect(java.util.stream.Collectors.toMap(AwardType::code, AwardType::nameWithGrantor)));
        return "council/session";
    }

    @PostMapping("/council/{id}/items")
    String addItem(@PathVariable long id, @RequestParam long version, @RequestParam NomineeKind nomineeKind,
            @RequestParam long nomineeId, @RequestParam String awardCode, RedirectAttributes redirect) {
        councils.addItem(id, version, new CouncilSessions.NewItem(nomineeKind, nomineeId, awardCode.strip()));
        return done(id, "council.flash.itemAdded", redirect);
    }

    @PostMapping("/council/{id}/items/from-dossiers")
    String fromDossiers(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        councils.addItemsFromDossiers(id, version);
        return done(id, "council.flash.itemsFromDossiers", redirect);
    }

    @PostMapping("/council/{id}/quotas")
    String quota(@PathVariable long id, @RequestParam long version, @RequestParam String awardCode,
            @RequestParam int places, RedirectAttributes redirect) {
        councils.setQuota(id, version, awardCode.strip(), places);
        return done(id, "council.flash.quotaSet", redirect);
    }

    @PostMapping("/council/{id}/members/{memberId}/attendance")
    String attendance(@PathVariable long id, @PathVariable long memberId, @RequestParam long version,
            @RequestParam Attendance attendance, RedirectAttributes redirect) {
        councils.recordAttendance(id, version, memberId, attendance);
        return done(id, "council.flash.attendance", redirect);
    }

    @PostMapping("/council/{id}/items/{itemId}/conflict")
    String conflict(@PathVariable long id, @PathVariable long itemId, @RequestParam String note,
            RedirectAttributes redirect) {
        councils.declareConflict(id, itemId, note);
        return done(id, "council.flash.conflict", redirect);
    }

    @PostMapping("/council/{id}/voting")
    String startVoting(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        councils.startVoting(id, version);
        return done(id, "council.flash.voting", redirect);
    }

    @PostMapping("/council/{id}/ballots")
    String cast(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        redirect.addFlashAttribute("receipt", councils.castBallot(id, votes(form)));
        return done(id, "council.flash.voted", redirect);
    }

    @PostMapping("/council/{id}/written-ballots")
    String written(@PathVariable long id, @RequestParam long memberId, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("receipt", councils.recordWrittenBallot(id, memberId, votes(form)));
        return done(id, "council.flash.written", redirect);
    }

    @PostMapping("/council/{id}/tie-break")
    String tieBreak(@PathVariable long id, @RequestParam long version, @RequestParam String order,
            RedirectAttributes redirect) {
        List<Long> items = Arrays.stream(order.split("[,;\\s]+")).filter(part -> !part.isBlank())
                .map(part -> MemberLines.number(part, "order")).toList();
        councils.breakTie(id, version, items);
        return done(id, "council.flash.tieBreak", redirect);
    }

    @PostMapping("/council/{id}/close")
    String close(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        councils.close(id, version);
        return done(id, "council.flash.closed", redirect);
    }

    @GetMapping("/council/{id}/ballots")
    String ballots(@PathVariable long id, Model model) {
        model.addAttribute("s", councils.session(id));
        model.addAttribute("ballots", councils.ballots(id));
        return "council/ballots";
    }

    /** Ballot form fields are named {@code vote-<itemId>}; everything else in the form is ignored. */
    private static Map<Long, Vote> votes(Map<String, String> form) {
        Map<Long, Vote> votes = new java.util.HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("vote-")) {
                votes.put(MemberLines.number(name.substring(5), name), Vote.valueOf(value));
            }
        });
        return votes;
    }

    private static String done(long id, String flash, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/council/" + id;
    }
}
