package vn.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

/**
 * Guards the rule that user-visible text lives in the message bundles: Vietnamese (the base file) and English carry
 * the same keys, every key a template asks for exists, and no template holds text of its own.
 */
class UserTextTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
    /** Attributes a user reads or hears (screen readers); each needs its {@code th:} twin. */
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "placeholder", "aria-label", "alt",
            "value", "content", "label");
    /**
     * Attributes whose whole body Thymeleaf replaces, so the text inside is never shown. Not th:replace: pages hand
     * their own body to the layout through it.
     */
    private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext");
    /** A quoted literal inside a Thymeleaf expression; it prints words unless it names a message key. */
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");
    private static final Pattern KEY_OR_PREFIX = Pattern.compile("[a-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]*)+");
    private static final Set<String> PRINTING_EXPRESSIONS = Set.of("th:text", "th:utext", "th:title",
            "th:placeholder", "th:aria-label", "th:alt");

    @Test
    void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
        List<String> basenames = basenames();
        assertThat(basenames).isNotEmpty();
        for (String basename : basenames) {
            Set<String> vietnamese = load(basename + ".properties").stringPropertyNames();
            Set<String> english = load(basename + "_en.properties").stringPropertyNames();
            assertThat(english).as("keys of %s_en missing from or extra to %s", basename, basename)
                    .containsExactlyInAnyOrderElementsOf(vietnamese);
        }
    }

    @Test
    void everyMessageKeyATemplateUsesExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String basename : basenames()) {
            keys.addAll(load(basename + ".properties").stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!keys.contains(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used by templates but defined in no bundle").isEmpty();
    }

    @Test
    void templatesHoldNoTextOfTheirOwn() throws IOException, ParseException {
        List<String> found = new ArrayList<>();
        DOMMarkupParser parser = new DOMMarkupParser(ParseConfiguration.htmlConfiguration());
        for (Path template : templates()) {
            try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
                collectText(parser.parse(template.toString(), reader), TEMPLATES.relativize(template).toString(),
                        found);
            }
        }
        assertThat(found).as("hard-coded text in templates (move it to a message bundle)").isEmpty();
    }

    /** The self-test: the rule must see what it is meant to catch. */
    @Test
    void theRuleSeesTextAttributesAndLiterals() throws ParseException {
        String page = "<div><p>Danh sách</p><p th:text=\"#{ok}\">placeholder</p>"
                + "<input placeholder=\"Tìm kiếm\"><span th:text=\"${n} + ' đơn vị'\"></span>"
                + "<script>var x = 'words';</script><i class=\"bi\"></i> 12 </div>";
        List<String> found = new ArrayList<>();
        collectText(new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse("sample", new java.io.StringReader(page)),
                "sample", found);
        assertThat(found).hasSize(3).anyMatch(s -> s.contains("Danh sách")).anyMatch(s -> s.contains("Tìm kiếm"))
                .anyMatch(s -> s.contains("đơn vị"));
    }

    private static void collectText(INestableNode node, String file, List<String> found) {
        for (INode child : node.getChildren()) {
            if (child instanceof Text text) {
                if (LETTERS.matcher(text.getContent()).find()) {
                    found.add(file + ": text \"" + text.getContent().strip() + "\"");
                }
            } else if (child instanceof Element element) {
                checkAttributes(element, file, found);
                boolean hidden = element.getElementName().equalsIgnoreCase("script")
                        || element.getElementName().equalsIgnoreCase("style")
                        || BODY_REPLACING.stream().anyMatch(element::hasAttribute);
                if (!hidden) {
                    collectText(element, file, found);
                }
            }
        }
    }

    private static void checkAttributes(Element element, String file, List<String> found) {
        element.getAttributeMap().forEach((name, value) -> {
            if (value == null) {
                return;
            }
            boolean plainVisible = VISIBLE_ATTRIBUTES.contains(name) && !element.hasAttribute("th:" + name)
                    && !isMachineValue(element, name);
            if (plainVisible && LETTERS.matcher(value).find()) {
                found.add(file + ": <" + element.getElementName() + " " + name + "=\"" + value + "\">");
            }
            if (PRINTING_EXPRESSIONS.contains(name)) {
                Matcher literal = LITERAL.matcher(value);
                while (literal.find()) {
                    String words = literal.group(1);
                    if (LETTERS.matcher(words).find() && !KEY_OR_PREFIX.matcher(words).matches()) {
                        found.add(file + ": " + name + " literal '" + words + "'");
                    }
                }
            }
        });
    }

    /** Form values and meta contents are data for the machine, not words for the reader. */
    private static boolean isMachineValue(Element element, String attribute) {
        String tag = element.getElementName().toLowerCase();
        if (attribute.equals("content")) {
            return tag.equals("meta") && !"description".equals(element.getAttributeValue("name"));
        }
        if (attribute.equals("value")) {
            String type = String.valueOf(element.getAttributeValue("type")).toLowerCase();
            return !(tag.equals("input") && (type.equals("submit") || type.equals("button")));
        }
        return false;
    }

    private static List<String> basenames() throws IOException {
        Properties application = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("application.properties"))) {
            application.load(reader);
        }
        return Stream.of(application.getProperty("spring.messages.basename", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Properties load(String resource) throws IOException {
        Path file = RESOURCES.resolve(resource);
        assertThat(file).as("bundle file").exists();
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
