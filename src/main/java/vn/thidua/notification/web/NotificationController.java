package vn.thidua.notification.web;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.thidua.notification.Notifications;

/** The reader's notifications: the list, and marking them read. */
@Controller
class NotificationController {

    private final Notifications notifications;
    private final Clock clock;

    NotificationController(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** A notification with its time on the clock of the country. */
    record Row(Notifications.Notification notification, LocalDateTime at) {
    }

    @GetMapping("/notifications")
    String list(Model model) {
        model.addAttribute("notifications", notifications.mine().stream()
                .map(n -> new Row(n, LocalDateTime.ofInstant(n.createdAt(), clock.getZone()))).toList());
        return "notification/notifications";
    }

    /** Marks it read and goes where it points. */
    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id) {
        String link = notifications.markRead(id);
        return "redirect:" + (link != null && link.startsWith("/") ? link : "/notifications");
    }

    @PostMapping("/notifications/read")
    String readAll() {
        notifications.markAllRead();
        return "redirect:/notifications";
    }
}
