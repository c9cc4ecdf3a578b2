package vn.thidua.document;

import java.util.List;

/**
 * Renders an {@link OfficialDocument} (văn bản) in the ND 30/2020 layout, as DOCX for officials who edit in Word
 * and as PDF with the bundled Liberation Serif font so that Vietnamese letters survive everywhere.
 */
public interface DocumentRenderer {

    /**
     * @return an A4 PDF with its fonts embedded
     * @throws IllegalArgumentException when a cell the form cannot do without (cơ quan ban hành, số, địa danh,
     *                                  ngày, tên loại, người ký) is blank
     */
    byte[] renderPdf(OfficialDocument document);

    /**
     * @return a Word (.docx) file in Times New Roman
     * @throws IllegalArgumentException when a cell the form cannot do without is blank
     */
    byte[] renderDocx(OfficialDocument document);

    /**
     * Certificates, one A4 landscape page each, with a QR code to their public verification page.
     *
     * @param blank null for the whole sheet (border, quốc hiệu, title lines); a calibration to print only the
     *              variable fields on pre-printed blanks
     */
    byte[] renderCertificates(List<CertificateSheet> sheets, CertificateSheet.Calibration blank);
}
