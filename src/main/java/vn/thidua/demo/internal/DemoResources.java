package vn.thidua.demo.internal;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The tables, word lists and texts of the sample province under {@code demo/} on the classpath. Vietnamese text
 * lives there rather than in code, so that it can be read and corrected by people who are not programmers.
 */
final class DemoResources {

    private static final String FOLDER = "demo/";

    private final Properties text = new Properties();

    private DemoResources() {
    }

    static DemoResources load() {
        DemoResources resources = new DemoResources();
        try {
            resources.text.load(new StringReader(read("text.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resources;
    }

    String text(String key) {
        String value = text.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("demo/text.properties has no " + key);
        }
        return value;
    }

    /** The text with {0}, {1} ... replaced by the arguments. */
    String text(String key, String... arguments) {
        return MessageFormat.format(text(key), (Object[]) arguments);
    }

    /** The rows of a CSV table with a header row, each keyed by column name; empty cells are empty strings. */
    List<Map<String, String>> table(String file) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                .ofNamedCsvRecord(read(file))) {
            reader.forEach(row -> rows.add(row.getFieldsAsMap()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    WeightedWords words(String file) {
        return WeightedWords.parse(read(file));
    }

    private static String read(String file) {
        try (InputStream in = DemoResources.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
