package vn.thidua.notification.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.thidua.council.CouncilSessionScheduled;
import vn.thidua.decision.DecisionIssued;
import vn.thidua.dossier.DossierDecided;
import vn.thidua.dossier.DossierReturned;
import vn.thidua.dossier.DossierSubmitted;
import vn.thidua.identity.AccountContacts;
import vn.thidua.identity.Role;

/**
 * Who is told what, once the change is committed: the unit's officers of a returned dossier and of an issued
 * decision, the receiving office of a sent dossier, the members of a new council session.
 */
@Component
class EventNotices {

    private final NotificationService notifications;
    private final AccountContacts contacts;

    EventNotices(NotificationService notifications, AccountContacts contacts) {
        this.notifications = notifications;
        this.contacts = contacts;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(DossierReturned event) {
        notifications.tell(contacts.holders(event.proposingUnitId(), Role.UNIT_OFFICER),
                "notification.dossierReturned", List.of(event.title(), event.reason()),
                "/dossiers/" + event.dossierId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(DossierDecided event) {
        notifications.tell(contacts.holders(event.proposingUnitId(), Role.UNIT_OFFICER),
                "notification.dossierDecided", List.of(event.numberSymbol(), event.awardName(), event.title()),
                "/dossiers/" + event.dossierId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(DossierSubmitted event) {
        notifications.tell(contacts.holders(event.receivingUnitId(), Role.TDKT_OFFICE),
                "notification.dossierSubmitted", List.of(event.title()), "/dossiers/" + event.dossierId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CouncilSessionScheduled event) {
        notifications.tell(event.memberUsernames().stream().map(contacts::contact)
                        .flatMap(java.util.Optional::stream).toList(), "notification.sessionScheduled",
                List.of(event.title(), event.heldOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                "/council/" + event.sessionId());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(DecisionIssued event) {
        Set<Long> units = event.recipients().stream().map(r -> r.unitId()).collect(Collectors.toSet());
        notifications.tell(units.stream().flatMap(unit -> contacts.holders(unit, Role.UNIT_OFFICER).stream())
                        .toList(), "notification.decisionIssued", List.of(event.numberSymbol(), event.awardName()),
                "/decisions/" + event.decisionId() + ".pdf");
    }
}
