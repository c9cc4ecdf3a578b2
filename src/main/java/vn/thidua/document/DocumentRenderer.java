package vn.thidua.document;

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
}
