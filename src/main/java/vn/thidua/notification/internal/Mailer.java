package vn.thidua.notification.internal;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notification by e-mail, in Vietnamese, with the address of the page it is about. Without an SMTP server
 * configured ({@code spring.mail.host}) it sends nothing; a failure is logged and the in-app notification stays.
 */
@Component
class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;
    private final String publicUrl;

    Mailer(ObjectProvider<JavaMailSender> sender, MessageSource messages,
            @Value("${thidua.notification.mail-from}") String from, @Value("${thidua.public-url}") String publicUrl) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    /** Whether the message was handed to the SMTP server. */
    boolean send(String to, String messageKey, List<String> arguments, String link) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return false;
        }
        String text = messages.getMessage(messageKey, arguments.toArray(), VIETNAMESE);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(messages.getMessage("notification.mail.subject", new Object[] {text}, VIETNAMESE));
        message.setText(messages.getMessage("notification.mail.body", new Object[] {text,
            link == null ? publicUrl : publicUrl + link}, VIETNAMESE));
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            LOG.warn("Notification not mailed to {}: {}", to, e.getMessage());
            return false;
        }
    }
}
