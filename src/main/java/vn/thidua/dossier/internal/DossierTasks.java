package vn.thidua.dossier.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.dossier.DossierInbox;
import vn.thidua.dossier.DossierStatus;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Role;
import vn.thidua.indicator.WorkingDays;
import vn.thidua.organization.OrganizationDirectory;

/**
 * The dossiers on which the reader can act now: a sent dossier at the receiving level (check within the CHECK
 * limit), a received one (appraise within the APPRAISE limit), a returned one or a draft at the proposing unit.
 * Limits count working days from the day the dossier entered its status.
 */
@Service
@Transactional(readOnly = true)
class DossierTasks implements DossierInbox {

    private final Dossiers dossiers;
    private final JdbcTemplate jdbc;
    private final WorkingDays workingDays;
    private final OrganizationDirectory organization;
    private final AccessControl access;
    private final Clock clock;

    DossierTasks(Dossiers dossiers, JdbcTemplate jdbc, WorkingDays workingDays, OrganizationDirectory organization,
            AccessControl access, Clock clock) {
        this.dossiers = dossiers;
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.organization = organization;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<Task> myTasks() {
        if (access.isUnrestricted()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Task> tasks = new ArrayList<>();
        for (Dossier dossier : dossiers.visible(organization.subtree(access.scopeRoots(Role.values())))) {
            DossierStatus status = dossier.status();
            boolean receiver = access.can(dossier.receivingUnitId(), Role.TDKT_OFFICE, Role.UNIT_OFFICER);
            boolean proposer = access.can(dossier.proposingUnitId(), Role.UNIT_OFFICER);
            if (status == DossierStatus.SUBMITTED && receiver) {
                tasks.add(task(dossier, "RECEIVE", "CHECK", today));
            } else if (status == DossierStatus.RECEIVED && receiver) {
                tasks.add(task(dossier, "APPRAISE", "APPRAISE", today));
            } else if (status == DossierStatus.RETURNED && proposer) {
                tasks.add(task(dossier, "SUPPLEMENT", null, today));
            } else if (status == DossierStatus.DRAFT && proposer) {
                tasks.add(task(dossier, "SEND", null, today));
            }
        }
        tasks.sort(Comparator.comparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return tasks;
    }

    @Override
    public List<Task> overdue() {
        if (!access.isUnrestricted()) {
            throw new org.springframework.security.access.AccessDeniedException("the system's reminder only");
        }
        LocalDate today = LocalDate.now(clock);
        List<Task> late = new ArrayList<>();
        for (Dossier dossier : dossiers.findAll()) {
            Task task = dossier.status() == DossierStatus.SUBMITTED ? task(dossier, "RECEIVE", "CHECK", today)
                    : dossier.status() == DossierStatus.RECEIVED ? task(dossier, "APPRAISE", "APPRAISE", today) : null;
            if (task != null && task.overdue()) {
                late.add(task);
            }
        }
        return late;
    }

    private Task task(Dossier dossier, String action, String step, LocalDate today) {
        Optional<Rule> rule = step == null ? Optional.empty() : rule(step, today);
        LocalDate due = rule.map(r -> workingDays.addWorkingDays(since(dossier), r.workingDays())).orElse(null);
        long unit = step == null ? dossier.proposingUnitId() : dossier.receivingUnitId();
        return new Task(dossier.id(), dossier.title(), dossier.status(), action, due,
                due != null && today.isAfter(due), rule.map(Rule::legalSource).orElse(null), unit);
    }

    /** The day the dossier entered its current status. */
    private LocalDate since(Dossier dossier) {
        return dossier.transitions().stream().filter(t -> t.to() == dossier.status())
                .map(DossierTransition::at).max(Comparator.naturalOrder())
                .map(at -> LocalDate.ofInstant(at, clock.getZone())).orElse(LocalDate.now(clock));
    }

    private record Rule(int workingDays, String legalSource) {
    }

    private Optional<Rule> rule(String step, LocalDate on) {
        return jdbc.query("""
                select working_days, legal_source from dos_deadline_rule where step = ? and valid_from <= ?
                  and (valid_to is null or valid_to >= ?) order by valid_from desc""",
                (rs, row) -> new Rule(rs.getInt(1), rs.getString(2)), step, on, on).stream().findFirst();
    }
}
