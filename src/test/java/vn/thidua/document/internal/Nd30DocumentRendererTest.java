package vn.thidua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.document.OfficialDocument;

/** Renders the sample decision both ways and reads it back; leaves the files in target/documents for people. */
class Nd30DocumentRendererTest {

    private static final List<String> EXPECTED_TEXT = List.of(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 15/QĐ-SGTVT",
            "Nguyễn Thị Hồng Nhung",
            "Điều 1.",
            SampleDocuments.DATE_LINE,
            "UBND TỈNH SƠN HÀ",
            "Về việc tặng Giấy khen",
            "Theo đề nghị của Chánh Văn phòng Sở.",
            "Nơi nhận:",
            "- Lưu: VT, VP.",
            "Trần Văn Đức");

    private final Nd30DocumentRenderer renderer = new Nd30DocumentRenderer();

    @Test
    void pdfCarriesTheFormWithVietnameseLettersIntact() throws IOException {
        byte[] pdf = renderer.renderPdf(SampleDocuments.decision());
        writeSample("sample-decision.pdf", pdf);

        String text = pdfText(pdf);

        assertThat(text).contains(EXPECTED_TEXT).doesNotContain("#");
    }

    @Test
    void pdfEmbedsLiberationSerifForEveryFace() throws IOException {
        List<String> fonts = pdfFontNames(renderer.renderPdf(SampleDocuments.decision()));

        assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("LiberationSerif"));
        assertThat(fonts).anyMatch(name -> name.contains("BoldItalic"), "Nơi nhận is bold italic");
    }

    @Test
    void docxCarriesTheFormInTimesNewRoman() throws IOException {
        byte[] docx = renderer.renderDocx(SampleDocuments.decision());
        writeSample("sample-decision.docx", docx);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains(EXPECTED_TEXT);
            assertThat(document.getParagraphs())
                    .flatMap(paragraph -> paragraph.getRuns())
                    .allMatch(run -> "Times New Roman".equals(run.getFontFamily()));
        }
    }

    @Test
    void userTextIsRenderedLiterallyNotAsMarkup() throws IOException {
        String hostile = "Bà <script>alert(\"x\")</script> & Cộng sự <b>'đậm'</b>";
        OfficialDocument document = SampleDocuments.decision(
                List.of(new OfficialDocument.Article(1, List.of(hostile))));

        assertThat(pdfText(renderer.renderPdf(document))).contains(hostile);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(renderer.renderDocx(document)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains(hostile);
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // justified paragraphs wrap anywhere; the assertions are about words, not line breaks
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    private static List<String> pdfFontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    names.add(resources.getFont(name).getName());
                }
            }
        }
        return names;
    }

    private static void writeSample(String fileName, byte[] content) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "documents"));
        Files.write(directory.resolve(fileName), content);
    }
}
