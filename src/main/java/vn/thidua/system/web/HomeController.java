package vn.thidua.system.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.thidua.council.CouncilSessions;
import vn.thidua.council.SessionStatus;
import vn.thidua.council.SessionView;
import vn.thidua.decision.DecisionDrafts;
import vn.thidua.dossier.DossierInbox;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;

/** The home page (trang chủ) after sign-in: the reader's to-do list (việc cần xử lý), then the main sections. */
@Controller
class HomeController {

    private final DossierInbox dossiers;
    private final CouncilSessions councils;
    private final DecisionDrafts drafts;
    private final AccessControl access;

    HomeController(DossierInbox dossiers, CouncilSessions councils, DecisionDrafts drafts, AccessControl access) {
        this.dossiers = dossiers;
        this.councils = councils;
        this.drafts = drafts;
        this.access = access;
    }

    /**
     * One line of the to-do list.
     *
     * @param kind the message key of what to do; {@code due} null when no limit applies
     */
    record Task(String kind, String title, String link, LocalDate due, boolean overdue, String legalSource) {
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        List<Task> tasks = new ArrayList<>();
        dossiers.myTasks().forEach(t -> tasks.add(new Task("home.task." + t.action(), t.title(),
                "/dossiers/" + t.dossierId(), t.due(), t.overdue(), t.legalSource())));
        for (SessionView session : councils.sessions()) {
            boolean toVote = session.status() == SessionStatus.VOTING && session.members().stream().anyMatch(m ->
                    m.username().equals(principal.getName()) && !m.voted()
                            && m.attendance() == vn.thidua.council.Attendance.PRESENT);
            if (toVote) {
                tasks.add(new Task("home.task.VOTE", session.title(), "/council/" + session.id(), session.heldOn(),
                        false, null));
            }
        }
        drafts.drafts().stream().filter(d -> "DRAFT".equals(d.status())
                        && access.can(d.issuerUnitId(), Role.SIGNING_LEADER))
                .forEach(d -> tasks.add(new Task("home.task.SIGN", d.awardName(), "/decisions/drafts/" + d.id(), null,
                        false, null)));
        model.addAttribute("tasks", tasks);
        return "system/home";
    }
}
