package vn.thidua.document.internal;

import static vn.thidua.document.internal.WordBlocks.TEXT_WIDTH;
import static vn.thidua.document.internal.WordBlocks.bodyParagraph;
import static vn.thidua.document.internal.WordBlocks.nextParagraph;
import static vn.thidua.document.internal.WordBlocks.paragraph;
import static vn.thidua.document.internal.WordBlocks.run;
import static vn.thidua.document.internal.WordBlocks.shortRule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Renders the ND 30/2020 form to DOCX with Apache POI, with the same cells, sizes and styles as the PDF so that an
 * official who edits the Word file starts from the layout the decree prescribes.
 */
final class Nd30DocxWriter {

    private static final int LEFT_COLUMN = TEXT_WIDTH * 2 / 5;
    private static final int RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;
    private static final int SIX_POINTS = 120;
    private static final int TWELVE_POINTS = 240;

    byte[] write(Nd30Content content) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream docx = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(content.title());
            WordBlocks.pageSetup(document);
            header(document, content);
            heading(document, content);
            for (String line : content.preamble()) {
                run(bodyParagraph(document), line, 14, false, true);
            }
            if (content.enactingWord() != null) {
                XWPFParagraph enacting = paragraph(document.createParagraph(), ParagraphAlignment.CENTER);
                enacting.setSpacingBefore(TWELVE_POINTS);
                run(enacting, content.enactingWord(), 14, true, false);
            }
            for (Nd30Content.ArticleText article : content.articles()) {
                article(document, article);
            }
            for (Object block : content.body()) {
                if (block instanceof Nd30Content.TableText table) {
                    table(document, table);
                } else {
                    run(bodyParagraph(document), (String) block, 14, false, false);
                }
            }
            closing(document, content);
            document.write(docx);
            return docx.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + content.title() + " as DOCX", e);
        }
    }

    /** Two rows so that the «Số:» line and the date line sit on one baseline, as on the printed form. */
    private static void header(XWPFDocument document, Nd30Content content) {
        XWPFTable table = WordBlocks.layoutTable(document, 2, LEFT_COLUMN, RIGHT_COLUMN);
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        if (content.supervisingBody() != null) {
            run(nextParagraph(issuer, ParagraphAlignment.CENTER), content.supervisingBody(), 13, false, false);
        }
        run(nextParagraph(issuer, ParagraphAlignment.CENTER), content.issuingBody(), 13, true, false);
        shortRule(issuer.addParagraph(), LEFT_COLUMN, LEFT_COLUMN / 3);

        XWPFTableCell nation = table.getRow(0).getCell(1);
        run(nextParagraph(nation, ParagraphAlignment.CENTER), Nd30Content.NATIONAL_NAME, 12, true, false);
        run(nextParagraph(nation, ParagraphAlignment.CENTER), Nd30Content.MOTTO, 13, true, false)
                .setUnderline(UnderlinePatterns.SINGLE);

        XWPFParagraph number = nextParagraph(table.getRow(1).getCell(0), ParagraphAlignment.CENTER);
        number.setSpacingBefore(SIX_POINTS);
        run(number, content.numberLine(), 13, false, false);
        XWPFParagraph date = nextParagraph(table.getRow(1).getCell(1), ParagraphAlignment.CENTER);
        date.setSpacingBefore(SIX_POINTS);
        run(date, content.dateLine(), 14, false, true);
    }

    private static void heading(XWPFDocument document, Nd30Content content) {
        XWPFParagraph typeName = paragraph(document.createParagraph(), ParagraphAlignment.CENTER);
        typeName.setSpacingBefore(2 * TWELVE_POINTS);
        run(typeName, content.typeName(), 14, true, false);
        if (content.summary() != null) {
            run(paragraph(document.createParagraph(), ParagraphAlignment.CENTER), content.summary(), 14, true, false);
        }
        shortRule(document.createParagraph(), TEXT_WIDTH, TEXT_WIDTH / 5);
        if (content.authorityLine() != null) {
            XWPFParagraph authority = paragraph(document.createParagraph(), ParagraphAlignment.CENTER);
            authority.setSpacingBefore(TWELVE_POINTS);
            authority.setSpacingAfter(SIX_POINTS);
            run(authority, content.authorityLine(), 14, true, false);
        }
    }

    private static void article(XWPFDocument document, Nd30Content.ArticleText article) {
        List<String> paragraphs = article.paragraphs();
        XWPFParagraph paragraph = bodyParagraph(document);
        run(paragraph, article.heading(), 14, true, false);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                paragraph = bodyParagraph(document);
            }
            run(paragraph, (i == 0 ? " " : "") + paragraphs.get(i), 14, false, false);
        }
    }

    /** A bordered data table the width of the text, headings in bold. */
    private static void table(XWPFDocument document, Nd30Content.TableText content) {
        XWPFTable table = document.createTable(content.rows().size() + 1, content.headings().size());
        table.setWidth(TEXT_WIDTH);
        for (int column = 0; column < content.headings().size(); column++) {
            run(nextParagraph(table.getRow(0).getCell(column), ParagraphAlignment.CENTER),
                    content.headings().get(column), 12, true, false);
        }
        for (int row = 0; row < content.rows().size(); row++) {
            List<String> cells = content.rows().get(row);
            for (int column = 0; column < cells.size(); column++) {
                run(nextParagraph(table.getRow(row + 1).getCell(column), ParagraphAlignment.LEFT), cells.get(column),
                        12, false, false);
            }
        }
    }

    /** Nơi nhận on the left and the signature on the right; or, for a biên bản, a second signature on the left. */
    private static void closing(XWPFDocument document, Nd30Content content) {
        boolean twoSigners = content.leftSignerName() != null;
        XWPFTable table = twoSigners ? WordBlocks.layoutTable(document, 1, TEXT_WIDTH / 2, TEXT_WIDTH / 2)
                : WordBlocks.layoutTable(document, 1, LEFT_COLUMN, RIGHT_COLUMN);
        XWPFTableCell left = table.getRow(0).getCell(0);
        if (twoSigners) {
            signature(left, content.leftSignerLines(), content.leftSignerName());
        } else {
            XWPFParagraph heading = nextParagraph(left, ParagraphAlignment.LEFT);
            heading.setSpacingBefore(TWELVE_POINTS);
            run(heading, Nd30Content.RECIPIENTS_HEADING, 12, true, true);
            for (String recipient : content.recipients()) {
                run(nextParagraph(left, ParagraphAlignment.LEFT), recipient, 11, false, false);
            }
        }
        signature(table.getRow(0).getCell(1), content.signerLines(), content.signerName());
    }

    private static void signature(XWPFTableCell cell, List<String> lines, String fullName) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph line = nextParagraph(cell, ParagraphAlignment.CENTER);
            line.setSpacingBefore(i == 0 ? TWELVE_POINTS : 0);
            run(line, lines.get(i), 14, true, false);
        }
        XWPFParagraph name = nextParagraph(cell, ParagraphAlignment.CENTER);
        // room for the handwritten signature and the seal
        name.setSpacingBefore(WordBlocks.mm(28));
        run(name, fullName, 14, true, false);
    }
}
