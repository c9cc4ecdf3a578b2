package vn.thidua.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the ND 30/2020 form as XHTML for openhtmltopdf. Built by hand rather than with a template engine so that
 * every piece of text goes through {@link #escape}: the text comes from users, and openhtmltopdf parses strict XML.
 */
final class Nd30Xhtml {

    static final String FONT_FAMILY = "Liberation Serif";

    private static final String STYLESHEET = resource("/document/nd30.css");

    private final StringBuilder out = new StringBuilder(8192);

    private Nd30Xhtml() {
    }

    static String of(Nd30Content content) {
        return new Nd30Xhtml().document(content).out.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private Nd30Xhtml document(Nd30Content content) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head>")
                .append("<meta charset=\"UTF-8\"/>");
        element("title", null, content.title());
        out.append("<style>").append(STYLESHEET).append("</style></head><body>");
        header(content);
        heading(content);
        for (String line : content.preamble()) {
            element("p", "preamble", line);
        }
        element("p", "enacting", content.enactingWord());
        for (Nd30Content.ArticleText article : content.articles()) {
            articleParagraphs(article);
        }
        for (Object block : content.body()) {
            if (block instanceof Nd30Content.TableText table) {
                table(table);
            } else {
                element("p", "article", (String) block);
            }
        }
        closing(content);
        out.append("</body></html>");
        return this;
    }

    /** Two rows so that the «Số:» line and the date line sit on one baseline, as on the printed form. */
    private void header(Nd30Content content) {
        out.append("<table class=\"header\"><tr><td class=\"issuer\">");
        element("div", "supervising", content.supervisingBody());
        element("div", "issuing", content.issuingBody());
        out.append("<div class=\"issuer-rule\"></div></td><td class=\"nation\">");
        element("div", "national-name", Nd30Content.NATIONAL_NAME);
        out.append("<div class=\"motto\">");
        element("span", null, Nd30Content.MOTTO);
        out.append("</div></td></tr><tr class=\"dates\"><td class=\"issuer\">");
        element("div", "number", content.numberLine());
        out.append("</td><td class=\"nation\">");
        element("div", "date-line", content.dateLine());
        out.append("</td></tr></table>");
    }

    private void heading(Nd30Content content) {
        element("div", "type-name", content.typeName());
        element("div", "summary", content.summary());
        out.append("<div class=\"summary-rule\"></div>");
        element("div", "authority", content.authorityLine());
    }

    private void articleParagraphs(Nd30Content.ArticleText article) {
        List<String> paragraphs = article.paragraphs();
        out.append("<p class=\"article\">");
        element("b", null, article.heading());
        for (int i = 0; i < paragraphs.size(); i++) {
            out.append(i == 0 ? " " : "</p><p class=\"article\">").append(escape(paragraphs.get(i)));
        }
        out.append("</p>");
    }

    private void table(Nd30Content.TableText table) {
        out.append("<table class=\"data\"><thead><tr>");
        table.headings().forEach(heading -> element("th", null, heading));
        out.append("</tr></thead><tbody>");
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            row.forEach(cell -> element("td", null, cell));
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    /** Nơi nhận on the left and the signature on the right; or, for a biên bản, a second signature on the left. */
    private void closing(Nd30Content content) {
        if (content.leftSignerName() != null) {
            out.append("<table class=\"closing\"><tr><td class=\"signature half\">");
            signature(content.leftSignerLines(), content.leftSignerName());
            out.append("</td><td class=\"signature half\">");
        } else {
            out.append("<table class=\"closing\"><tr><td class=\"recipients\">");
            element("div", "recipients-heading", Nd30Content.RECIPIENTS_HEADING);
            for (String recipient : content.recipients()) {
                element("div", "recipient", recipient);
            }
            out.append("</td><td class=\"signature\">");
        }
        signature(content.signerLines(), content.signerName());
        out.append("</td></tr></table>");
    }

    private void signature(List<String> lines, String name) {
        for (String line : lines) {
            element("div", "signer", line);
        }
        out.append("<div class=\"signature-space\"></div>");
        element("div", "signer-name", name);
    }

    /** Leaves optional (null) cells out entirely, so that they take no vertical space. */
    private void element(String tag, String cssClass, String text) {
        if (text == null) {
            return;
        }
        out.append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(escape(text)).append("</").append(tag).append('>');
    }

    /** A UTF-8 text file from the classpath (stylesheets of the document layouts). */
    static String resource(String path) {
        try (InputStream in = Nd30Xhtml.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
