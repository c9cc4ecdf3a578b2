package vn.thidua.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.AccountContacts;
import vn.thidua.notification.Notifications;
import vn.thidua.shared.NotFoundException;

/** Stores notifications per recipient and hands each to the mailer; readers see only their own. */
@Service
@Transactional(readOnly = true)
class NotificationService implements Notifications {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final AccessControl access;
    private final Mailer mailer;
    private final JsonMapper json;
    private final Clock clock;

    NotificationService(JdbcTemplate jdbc, AccessControl access, Mailer mailer, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.mailer = mailer;
        this.json = json;
        this.clock = clock;
    }

    /** Tells each contact once, in the application and, when they have an address, by e-mail. */
    @Transactional
    void tell(Collection<AccountContacts.Contact> contacts, String messageKey, List<String> arguments, String link) {
        Timestamp now = Timestamp.from(clock.instant());
        String stored = json.writeValueAsString(arguments);
        for (AccountContacts.Contact contact : contacts.stream().distinct().toList()) {
            boolean mailed = contact.email() != null && mailer.send(contact.email(), messageKey, arguments, link);
            jdbc.update("""
                    insert into ntf_notification (recipient, message_key, arguments, link, created_at, mailed_at)
                    values (?, ?, ?, ?, ?, ?)""", contact.username(), messageKey, stored, link, now,
                    mailed ? now : null);
        }
    }

    @Override
    public List<Notification> mine() {
        return jdbc.query("""
                select * from ntf_notification where recipient = ? order by created_at desc, id desc
                fetch first 100 rows only""", (rs, row) -> new Notification(rs.getLong("id"),
                rs.getString("message_key"), json.readValue(rs.getString("arguments"), STRINGS), rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null), me());
    }

    @Override
    public long unreadCount() {
        Long count = jdbc.queryForObject("select count(*) from ntf_notification where recipient = ? and read_at is null",
                Long.class, me());
        return count == null ? 0 : count;
    }

    @Override
    @Transactional
    public String markRead(long id) {
        String me = me();
        if (jdbc.update("update ntf_notification set read_at = coalesce(read_at, ?) where id = ? and recipient = ?",
                Timestamp.from(clock.instant()), id, me) == 0) {
            throw new NotFoundException("notification", id);
        }
        return jdbc.queryForObject("select link from ntf_notification where id = ?", String.class, id);
    }

    @Override
    @Transactional
    public void markAllRead() {
        jdbc.update("update ntf_notification set read_at = ? where recipient = ? and read_at is null",
                Timestamp.from(clock.instant()), me());
    }

    private String me() {
        return access.currentActor().username();
    }
}
