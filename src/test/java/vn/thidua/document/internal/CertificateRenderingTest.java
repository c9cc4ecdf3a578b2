package vn.thidua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.thidua.document.CertificateSheet;

/** Certificates as PDF: one landscape A4 page per recipient, Vietnamese text intact, a QR code on each page. */
class CertificateRenderingTest {

    private final Nd30DocumentRenderer renderer = new Nd30DocumentRenderer();

    private static CertificateSheet sheet(String name, int number) {
        return new CertificateSheet("Giám đốc Sở Giao thông vận tải", false, "Giấy khen", name,
                "Chuyên viên Phòng Quản lý vận tải", "Đã có thành tích xuất sắc trong phong trào thanh toán trực tuyến",
                "15/QĐ-SGTVT", LocalDate.of(2026, 11, 20), number, "Sơn Hà", "Giám đốc", "Lê Văn Đức",
                "https://thidua.example.vn/verify/ABCD2345EFGH");
    }

    @Test
    void aBatchHasOneLandscapePageForEachRecipient() throws IOException {
        byte[] pdf = renderer.renderCertificates(List.of(sheet("Bà Nguyễn Thị Hồng Nhung", 1),
                sheet("Ông Trần Văn Bình", 2)), null);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/certificates.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).as("landscape").isGreaterThan(first.getMediaBox().getHeight());
            assertThat(images(first)).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI",
                    "TẶNG", "GIẤY KHEN", "Bà Nguyễn Thị Hồng Nhung", "Ông Trần Văn Bình",
                    "Quyết định số 15/QĐ-SGTVT ngày 20/11/2026", "Số sổ vàng: 2",
                    "Sơn Hà, ngày 20 tháng 11 năm 2026", "Lê Văn Đức");
        }
    }

    @Test
    void onABlankOnlyTheVariableLinesArePrinted() throws IOException {
        byte[] pdf = renderer.renderCertificates(List.of(sheet("Bà Nguyễn Thị Hồng Nhung", 1)),
                new CertificateSheet.Calibration(1.5, -2));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Bà Nguyễn Thị Hồng Nhung", "Số sổ vàng: 1")
                    .doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập");
        }
    }

    @Test
    void aTitleIsPresentedAsSuch() throws IOException {
        CertificateSheet title = new CertificateSheet("Giám đốc Sở Y tế", true, "Chiến sĩ thi đua cơ sở",
                "Ông Trần Văn Bình", "Sở Y tế", null, "7/QĐ-SYT", LocalDate.of(2026, 1, 5), 3, "Sơn Hà", "Giám đốc",
                "Phạm Thị Lan", "https://thidua.example.vn/verify/X");
        try (PDDocument document = Loader.loadPDF(renderer.renderCertificates(List.of(title), null))) {
            assertThat(new PDFTextStripper().getText(document)).contains("TẶNG DANH HIỆU", "CHIẾN SĨ THI ĐUA CƠ SỞ",
                    "Sơn Hà, ngày 05 tháng 01 năm 2026");
        }
    }

    private static int images(PDPage page) throws IOException {
        int count = 0;
        for (var name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                count++;
            }
        }
        return count;
    }
}
