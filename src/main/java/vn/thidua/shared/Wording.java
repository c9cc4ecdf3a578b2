package vn.thidua.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

/**
 * Fixed Vietnamese wording of legal documents (the Quốc hiệu, «Căn cứ …», the articles of a decision), read from a
 * UTF-8 properties file on the classpath. Unlike the UI's message bundles it has one language only: a Vietnamese
 * administrative document is written in Vietnamese whatever the reader's locale. Keeping it in a file lets the
 * TĐKT office change a formula without touching code.
 */
public final class Wording {

    private final String resource;
    private final Properties texts = new Properties();

    private Wording(String resource) {
        this.resource = resource;
        try (InputStream in = Wording.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no wording file " + resource);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the wording file at the classpath location, e.g. {@code /decision/award-decision.properties}. */
    public static Wording load(String resource) {
        return new Wording(resource);
    }

    /** The text of a key with its {n} arguments filled in; apostrophes are literal. */
    public String text(String key, Object... arguments) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException(resource + " has no key " + key);
        }
        return new MessageFormat(pattern.replace("'", "''"), VietnameseText.VIETNAMESE).format(arguments);
    }
}
