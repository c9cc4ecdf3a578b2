package vn.thidua.document.internal;

import static vn.thidua.shared.VietnameseText.VIETNAMESE;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.thidua.shared.Wording;
import vn.thidua.document.OfficialDocument;

/**
 * The text of every cell of the ND 30/2020 form, worded and punctuated once so that the PDF and the DOCX layouts
 * cannot disagree: capitals where the decree asks for them, «;» and «.» at the ends of the căn cứ and nơi nhận
 * lines, «Số:» and «Điều n.» labels. Optional cells are null.
 *
 * @param title       metadata title of the PDF and DOCX, e.g. «QUYẾT ĐỊNH 15/QĐ-SGTVT»
 * @param preamble    the căn cứ lines followed by the «Theo đề nghị» line, each with its closing punctuation
 * @param signerLines authority lines (TM., KT., …) followed by the signer's title
 * @param body        paragraphs (String) and tables ({@link TableText}) after the articles
 */
record Nd30Content(
        String title,
        String supervisingBody,
        String issuingBody,
        String numberLine,
        String dateLine,
        String typeName,
        String summary,
        String authorityLine,
        List<String> preamble,
        String enactingWord,
        List<ArticleText> articles,
        List<String> recipients,
        List<String> signerLines,
        String signerName,
        List<Object> body,
        List<String> leftSignerLines,
        String leftSignerName) {

    static final Wording WORDS = Wording.load("/document/nd30-format.properties");
    static final String NATIONAL_NAME = WORDS.text("nationalName");
    static final String MOTTO = WORDS.text("motto");
    static final String RECIPIENTS_HEADING = WORDS.text("recipientsHeading");

    /** Line breaks and control characters would break XML (DOCX, XHTML) and the layout alike. */
    private static final Pattern LAYOUT_BREAKING = Pattern.compile("[\\p{Cntrl}\\s]+");
    /** Users often type the closing punctuation themselves; the form decides it. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[;.,\\s]+$");

    /** A table of the body with every cell cleaned; rows have as many cells as there are headings. */
    record TableText(List<String> headings, List<List<String>> rows) {
    }

    /** @param heading «Điều n.» — the first paragraph follows it on the same line */
    record ArticleText(String heading, List<String> paragraphs) {
    }

    static Nd30Content of(OfficialDocument document) {
        String numberSymbol = required(document.numberSymbol(), "numberSymbol");
        String typeName = upper(required(document.typeName(), "typeName"));
        OfficialDocument.SignatureBlock signer = present(document.signer(), "signer");
        OfficialDocument.SignatureBlock left = document.leftSigner();
        return new Nd30Content(
                typeName + " " + numberSymbol,
                upper(clean(document.supervisingBody())),
                upper(required(document.issuingBody(), "issuingBody")),
                WORDS.text("number", numberSymbol),
                Nd30DateLine.format(required(document.place(), "place"),
                        present(document.date(), "date")),
                typeName,
                clean(document.summary()),
                upper(clean(document.authorityLine())),
                preamble(clean(document.legalBases()), clean(document.proposalLine())),
                clean(document.enactingWord()),
                articles(document.articles()),
                recipients(clean(document.recipients())),
                signerLines(signer),
                required(signer.fullName(), "signer fullName"),
                body(document.body()),
                left == null ? List.of() : signerLines(left),
                left == null ? null : required(left.fullName(), "left signer fullName"));
    }

    private static List<String> signerLines(OfficialDocument.SignatureBlock signer) {
        List<String> lines = new ArrayList<>(upper(clean(signer.authorityLines())));
        lines.add(upper(required(signer.title(), "signer title")));
        return List.copyOf(lines);
    }

    private static List<Object> body(List<OfficialDocument.Block> blocks) {
        List<Object> body = new ArrayList<>();
        for (OfficialDocument.Block block : nullToEmpty(blocks)) {
            if (block instanceof OfficialDocument.Paragraph paragraph) {
                String text = clean(paragraph.text());
                if (text != null) {
                    body.add(text);
                }
            } else if (block instanceof OfficialDocument.Table table) {
                body.add(table(table));
            }
        }
        return List.copyOf(body);
    }

    private static TableText table(OfficialDocument.Table table) {
        List<String> headings = table.headings().stream().map(cell -> Objects.requireNonNullElse(clean(cell), ""))
                .toList();
        List<List<String>> rows = nullToEmpty(table.rows()).stream().map(row -> {
            if (row.size() != headings.size()) {
                throw new IllegalArgumentException("A table row has " + row.size() + " cells for "
                        + headings.size() + " headings");
            }
            return row.stream().map(cell -> Objects.requireNonNullElse(clean(cell), "")).toList();
        }).toList();
        return new TableText(headings, rows);
    }

    private static List<String> preamble(List<String> legalBases, String proposalLine) {
        List<String> lines = new ArrayList<>(legalBases);
        if (proposalLine != null) {
            lines.add(proposalLine);
        }
        return closeEach(lines, "", ";", ".");
    }

    private static List<ArticleText> articles(List<OfficialDocument.Article> articles) {
        return nullToEmpty(articles).stream()
                .map(article -> new ArticleText(WORDS.text("article", String.valueOf(article.number())), clean(article.paragraphs())))
                .toList();
    }

    private static List<String> recipients(List<String> recipients) {
        return closeEach(recipients, "- ", ";", ".");
    }

    private static List<String> closeEach(List<String> lines, String prefix, String separator, String terminator) {
        List<String> closed = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = TRAILING_PUNCTUATION.matcher(lines.get(i)).replaceAll("");
            closed.add(prefix + line + (i == lines.size() - 1 ? terminator : separator));
        }
        return List.copyOf(closed);
    }

    private static String required(String text, String name) {
        return present(clean(text), name);
    }

    private static <T> T present(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("An official document needs its " + name);
        }
        return value;
    }

    /**
     * NFC because text pasted from some sources carries combining diacritics, which the PDF fonts cannot stack;
     * blank text counts as absent.
     */
    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        String single = LAYOUT_BREAKING.matcher(composed).replaceAll(" ").strip();
        return single.isEmpty() ? null : single;
    }

    private static List<String> clean(List<String> texts) {
        return nullToEmpty(texts).stream().map(Nd30Content::clean).filter(Objects::nonNull).toList();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(VIETNAMESE);
    }

    private static List<String> upper(List<String> texts) {
        return texts.stream().map(Nd30Content::upper).toList();
    }
}
