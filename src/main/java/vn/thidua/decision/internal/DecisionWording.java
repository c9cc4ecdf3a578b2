package vn.thidua.decision.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import vn.thidua.shared.VietnameseText;

/**
 * The fixed Vietnamese wording of an award decision, read from {@code decision/award-decision.properties} so that
 * the TĐKT office can change it without touching code.
 */
final class DecisionWording {

    private final Properties wording = new Properties();

    DecisionWording() {
        try (var in = DecisionWording.class.getResourceAsStream("/decision/award-decision.properties")) {
            wording.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String key, Object... arguments) {
        String pattern = wording.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("decision wording has no key " + key);
        }
        MessageFormat format = new MessageFormat(pattern.replace("'", "''"), VietnameseText.VIETNAMESE);
        return format.format(arguments);
    }
}
