package vn.thidua.document.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.document.CertificateSheet;
import vn.thidua.document.DocumentRenderer;
import vn.thidua.document.OfficialDocument;

/**
 * Lays out văn bản hành chính as ND 30/2020/NĐ-CP Phụ lục I prescribes: thể thức (header with cơ quan ban hành and
 * Quốc hiệu – Tiêu ngữ, tên loại and trích yếu, căn cứ, điều khoản, nơi nhận and chữ ký) on A4 with the decree's
 * margins, in a Times-compatible serif.
 */
@Component
class Nd30DocumentRenderer implements DocumentRenderer {

    private final PdfWriter pdf = new PdfWriter();
    private final Nd30DocxWriter docx = new Nd30DocxWriter();

    @Override
    public byte[] renderPdf(OfficialDocument document) {
        return pdf.write(Nd30Content.of(document));
    }

    @Override
    public byte[] renderDocx(OfficialDocument document) {
        return docx.write(Nd30Content.of(document));
    }

    @Override
    public byte[] renderCertificates(List<CertificateSheet> sheets, CertificateSheet.Calibration blank) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("no certificates to render");
        }
        return pdf.write(CertificateXhtml.of(sheets, blank), sheets.get(0).decisionNumber());
    }
}
