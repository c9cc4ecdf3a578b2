package vn.thidua.document.internal;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Word building blocks for the ND 30/2020 form: page setup, Times New Roman runs, borderless layout tables and the
 * short horizontal rules under the issuing body and the trích yếu. Lengths are in twips (1/20 pt).
 */
final class WordBlocks {

    static final String FONT = "Times New Roman";
    static final int ONE_CM = 567;
    /** A4 is 210 mm wide; the decree's margins leave 210 - 30 - 15 = 165 mm for text. */
    static final int TEXT_WIDTH = mm(165);

    private WordBlocks() {
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    /** A4 portrait with margins 20/20/30/15 mm; Times New Roman as the default, so text officials add matches. */
    static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(mm(210)));
        size.setH(BigInteger.valueOf(mm(297)));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(20)));
        margins.setBottom(BigInteger.valueOf(mm(20)));
        margins.setLeft(BigInteger.valueOf(mm(30)));
        margins.setRight(BigInteger.valueOf(mm(15)));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
        margins.setGutter(BigInteger.ZERO);
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        document.createStyles().setDefaultFonts(fonts);
        document.getStyles().setSpellingLanguage("vi-VN");
    }

    static XWPFParagraph paragraph(XWPFParagraph paragraph, ParagraphAlignment alignment) {
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return paragraph;
    }

    /** A justified body paragraph with the decree's 1 cm first-line indent and 6 pt before it. */
    static XWPFParagraph bodyParagraph(XWPFDocument document) {
        XWPFParagraph paragraph = paragraph(document.createParagraph(), ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(ONE_CM);
        paragraph.setSpacingBefore(120);
        return paragraph;
    }

    static XWPFRun run(XWPFParagraph paragraph, String text, int points, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        // in the order of the schema's run properties, which some Word versions insist on
        run.setFontFamily(FONT);
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        run.setFontSize(points);
        run.setText(text);
        return run;
    }

    /**
     * A rule of the given length centred in the given width: the bottom border of an empty paragraph whose indents
     * shorten it, its height fixed so the rule sits right under the line above.
     */
    static void shortRule(XWPFParagraph paragraph, int availableWidth, int ruleWidth) {
        paragraph(paragraph, ParagraphAlignment.CENTER);
        int indent = (availableWidth - ruleWidth) / 2;
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setSpacingBetween(3, LineSpacingRule.EXACT);
        paragraph.setBorderBottom(Borders.SINGLE);
        CTBorder border = paragraph.getCTP().getPPr().getPBdr().getBottom();
        border.setSz(BigInteger.valueOf(6));
        border.setColor("auto");
    }

    /** No borders and fixed column widths: lays out text side by side without looking like a table. */
    static XWPFTable layoutTable(XWPFDocument document, int rows, int... columnWidths) {
        XWPFTable table = document.createTable(rows, columnWidths.length);
        table.removeBorders();
        table.setWidth(String.valueOf(TEXT_WIDTH));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() < columnWidths.length) {
            grid.addNewGridCol();
        }
        for (int i = 0; i < columnWidths.length; i++) {
            grid.getGridColArray(i).setW(BigInteger.valueOf(columnWidths[i]));
        }
        for (XWPFTableRow row : table.getRows()) {
            row.setCantSplitRow(true);
            for (int i = 0; i < columnWidths.length; i++) {
                row.getCell(i).setWidth(String.valueOf(columnWidths[i]));
            }
        }
        return table;
    }

    /** The next paragraph of a cell: a new cell already holds one bare paragraph, which is used first. */
    static XWPFParagraph nextParagraph(XWPFTableCell cell, ParagraphAlignment alignment) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        boolean untouched = cell.getParagraphs().size() == 1 && first.getCTP().getPPr() == null;
        return paragraph(untouched ? first : cell.addParagraph(), alignment);
    }
}
