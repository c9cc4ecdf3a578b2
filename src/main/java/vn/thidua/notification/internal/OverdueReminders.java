package vn.thidua.notification.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.thidua.dossier.DossierInbox;
import vn.thidua.identity.AccountContacts;
import vn.thidua.identity.Role;
import vn.thidua.identity.SystemActor;

/**
 * Every morning, the offices that hold a dossier past the working-day limit of its step are reminded, once per
 * dossier and step: in the application and by e-mail.
 */
@Configuration
@EnableScheduling
class OverdueReminders {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DossierInbox dossiers;
    private final AccountContacts contacts;
    private final NotificationService notifications;
    private final JdbcTemplate jdbc;

    OverdueReminders(DossierInbox dossiers, AccountContacts contacts, NotificationService notifications,
            JdbcTemplate jdbc) {
        this.dossiers = dossiers;
        this.contacts = contacts;
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${thidua.notification.overdue-cron}", zone = "Asia/Ho_Chi_Minh")
    void remind() {
        SystemActor.run(() -> {
            for (DossierInbox.Task task : dossiers.overdue()) {
                String key = "notification.overdue." + task.action();
                String link = "/dossiers/" + task.dossierId();
                List<AccountContacts.Contact> told = new ArrayList<>();
                told.addAll(contacts.holders(task.unitId(), Role.TDKT_OFFICE));
                told.addAll(contacts.holders(task.unitId(), Role.UNIT_OFFICER));
                List<AccountContacts.Contact> fresh = told.stream().filter(c -> !alreadyTold(c.username(), key, link))
                        .toList();
                if (!fresh.isEmpty()) {
                    notifications.tell(fresh, key, List.of(task.title(), task.due().format(DATE)), link);
                }
            }
        });
    }

    private boolean alreadyTold(String username, String key, String link) {
        Integer count = jdbc.queryForObject("select count(*) from ntf_notification where recipient = ? "
                + "and message_key = ? and link = ?", Integer.class, username, key, link);
        return count != null && count > 0;
    }
}
