package vn.thidua.document.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import vn.thidua.document.CertificateSheet;
import vn.thidua.shared.VietnameseText;
import vn.thidua.shared.Wording;

/**
 * Writes certificates as XHTML for openhtmltopdf: one A4 landscape page each, every line placed where
 * {@code certificate-layout.properties} says. On pre-printed blanks the lines the blank already carries (border,
 * quốc hiệu, tiêu ngữ, «TẶNG») are left out and the rest shift by the printer's calibration.
 */
final class CertificateXhtml {

    private static final Wording WORDS = Wording.load("/document/certificate.properties");
    private static final String STYLESHEET = Nd30Xhtml.resource("/document/certificate.css");
    private static final Properties LAYOUT = layout();
    private static final Set<String> PRE_PRINTED = Set.of("nationalName", "motto", "present");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final StringBuilder out = new StringBuilder(4096);
    private final CertificateSheet.Calibration blank;

    private CertificateXhtml(CertificateSheet.Calibration blank) {
        this.blank = blank;
    }

    static String of(List<CertificateSheet> sheets, CertificateSheet.Calibration blank) {
        CertificateXhtml xhtml = new CertificateXhtml(blank);
        xhtml.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" ")
                .append("lang=\"vi\"><head><meta charset=\"UTF-8\"/><title>")
                .append(Nd30Xhtml.escape(sheets.isEmpty() ? "" : sheets.get(0).decisionNumber()))
                .append("</title><style>").append(STYLESHEET).append("</style></head><body>");
        sheets.forEach(xhtml::sheet);
        xhtml.out.append("</body></html>");
        return xhtml.out.toString();
    }

    private void sheet(CertificateSheet sheet) {
        Locale vi = VietnameseText.VIETNAMESE;
        out.append("<div class=\"sheet\">");
        if (blank == null) {
            out.append("<div class=\"frame\"></div>");
        }
        line("nationalName", "national-name", Nd30Content.NATIONAL_NAME);
        line("motto", "motto", Nd30Content.MOTTO);
        line("grantor", "grantor", sheet.grantorTitle().toUpperCase(vi));
        line("present", "present", WORDS.text(sheet.isTitle() ? "present.title" : "present.form"));
        line("award", "award", sheet.awardName().toUpperCase(vi));
        line("recipient", "recipient", sheet.recipientName());
        line("unit", "unit", sheet.recipientUnit());
        line("achievement", "achievement", sheet.achievement());
        line("date", "date", Nd30DateLine.format(sheet.place(), sheet.decisionDate()));
        line("signer", "signer", sheet.signerTitle().toUpperCase(vi));
        line("signerName", "signer-name", sheet.signerName());
        line("decision", "left", WORDS.text("decision", sheet.decisionNumber(), DAY.format(sheet.decisionDate())));
        line("goldenBook", "left", WORDS.text("goldenBook", String.valueOf(sheet.goldenBookNumber())));
        double[] qr = position("qr");
        out.append("<img class=\"qr\" alt=\"QR\" style=\"top:").append(qr[0]).append("mm;left:").append(qr[1])
                .append("mm\" src=\"").append(QrImage.dataUri(sheet.verificationUrl())).append("\"/>");
        out.append("<div class=\"qr-caption\" style=\"top:").append(qr[0] + qr[2] + 1).append("mm;left:").append(qr[1])
                .append("mm\">").append(Nd30Xhtml.escape(WORDS.text("verify", code(sheet.verificationUrl())))).append("</div>");
        out.append("</div>");
    }

    private void line(String key, String cssClass, String text) {
        if (text == null || text.isBlank() || (blank != null && PRE_PRINTED.contains(key))) {
            return;
        }
        double[] at = position(key);
        out.append("<div class=\"line ").append(cssClass).append("\" style=\"top:").append(at[0])
                .append("mm;left:").append(at[1]).append("mm;width:").append(at[2]).append("mm\">")
                .append(Nd30Xhtml.escape(text)).append("</div>");
    }

    /** top, left, width in millimetres, shifted by the calibration when printing on blanks. */
    private double[] position(String key) {
        String value = LAYOUT.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("certificate-layout.properties has no " + key);
        }
        String[] parts = value.split(",");
        double top = Double.parseDouble(parts[0].strip());
        double left = Double.parseDouble(parts[1].strip());
        if (blank != null) {
            top += blank.downMm();
            left += blank.rightMm();
        }
        return new double[] {top, left, Double.parseDouble(parts[2].strip())};
    }

    /** The last path segment of the verification address: the code a person can type in instead of scanning. */
    private static String code(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static Properties layout() {
        Properties layout = new Properties();
        try {
            layout.load(new StringReader(Nd30Xhtml.resource("/document/certificate-layout.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layout;
    }
}
