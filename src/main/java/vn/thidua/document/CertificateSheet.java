package vn.thidua.document;

import java.time.LocalDate;

/**
 * One printed certificate (Bằng khen, Giấy khen, Bằng Chiến sĩ thi đua cơ sở) in the layout of ND 98/2023 Điều 104:
 * the content of every line, not yet worded; the renderer words and lays it out.
 *
 * @param grantorTitle      line 3, the deciding officer, e.g. «Giám đốc Sở Giao thông vận tải» (printed in red caps)
 * @param isTitle           a title (danh hiệu) reads «TẶNG DANH HIỆU», a form of commendation «TẶNG»
 * @param awardName         line 5, e.g. «Giấy khen» (printed in red caps)
 * @param recipientName     e.g. «Ông Nguyễn Văn An» or a collective's name
 * @param recipientUnit     position and unit, or address of a household
 * @param achievement       the achievement the decision states, may be null
 * @param goldenBookNumber  the recipient's number in the decision (số sổ vàng)
 * @param verificationUrl   the public page the QR code leads to
 */
public record CertificateSheet(String grantorTitle, boolean isTitle, String awardName, String recipientName,
        String recipientUnit, String achievement, String decisionNumber, LocalDate decisionDate,
        int goldenBookNumber, String place, String signerTitle, String signerName, String verificationUrl) {

    /**
     * Printing on pre-printed blanks (in trên phôi): only the variable fields, at the positions of the blank, shifted
     * by the printer's calibration in millimetres.
     */
    public record Calibration(double rightMm, double downMm) {
    }
}
