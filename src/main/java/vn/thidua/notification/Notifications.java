package vn.thidua.notification;

import java.time.Instant;
import java.util.List;

/** The signed-in user's notifications (thông báo của tôi). */
public interface Notifications {

    /** @param messageKey the text's key in the message bundles, with its arguments, so it reads in any language */
    record Notification(long id, String messageKey, List<String> arguments, String link, Instant createdAt,
            boolean read) {
    }

    /** The newest first, at most a hundred. */
    List<Notification> mine();

    long unreadCount();

    /**
     * Marks one of the reader's own notifications as read and gives where it points (null for nowhere); another
     * user's is not found.
     */
    String markRead(long id);

    void markAllRead();
}
