package vn.thidua.document.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders XHTML (the ND 30/2020 form, certificates) to PDF with openhtmltopdf. Every weight and style the stylesheet uses is registered
 * from the bundled Liberation Serif (metric-compatible with Times New Roman): a face left unregistered would fall
 * back to the PDF base fonts, which have no Vietnamese letters and print '#' instead.
 */
final class PdfWriter {

    private static final int REGULAR = 400;
    private static final int BOLD = 700;

    private final byte[] regular = font("Regular");
    private final byte[] bold = font("Bold");
    private final byte[] italic = font("Italic");
    private final byte[] boldItalic = font("BoldItalic");

    byte[] write(Nd30Content content) {
        return write(Nd30Xhtml.of(content), content.title());
    }

    /** @param what names the document in the error when rendering fails */
    byte[] write(String xhtml, String what) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(xhtml, null)
                .toStream(pdf);
        register(builder, regular, REGULAR, FontStyle.NORMAL);
        register(builder, bold, BOLD, FontStyle.NORMAL);
        register(builder, italic, REGULAR, FontStyle.ITALIC);
        register(builder, boldItalic, BOLD, FontStyle.ITALIC);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + what + " as PDF", e);
        }
        return pdf.toByteArray();
    }

    /** Subset so that a one-page decision does not carry four whole font files. */
    private static void register(PdfRendererBuilder builder, byte[] font, int weight, FontStyle style) {
        builder.useFont(() -> new ByteArrayInputStream(font), Nd30Xhtml.FONT_FAMILY, weight, style, true);
    }

    private static byte[] font(String face) {
        String path = "/fonts/LiberationSerif-" + face + ".ttf";
        try (InputStream in = PdfWriter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
