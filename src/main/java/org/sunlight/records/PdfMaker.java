package org.sunlight.records;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Prints a document's stored HTML to an A4 PDF, in Noto Sans SC embedded from the classpath, so that paper shows what
 * the screen shows and no system font is needed.
 */
@Component
class PdfMaker {

    static final String FONT_FAMILY = "Noto Sans SC";

    private static final String FONTS = "fonts/ttf/NotoSansSC/";

    /** On paper only the embedded font is used, whatever the shared style falls back to on screens. */
    private static final String PAPER = "<style>* { font-family: '" + FONT_FAMILY + "' !important; }</style>";

    private final DocumentTemplate template;
    private final byte[] regular;
    private final byte[] bold;
    private final IdeographTextLayer textLayer;

    PdfMaker(DocumentTemplate template) {
        this.template = template;
        this.regular = font("NotoSansSC-Regular.ttf");
        this.bold = font("NotoSansSC-Bold.ttf");
        this.textLayer = new IdeographTextLayer(regular);
    }

    byte[] pdf(String title, String html) {
        var xhtml = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><title>"
                + HtmlUtils.htmlEscapeDecimal(title) + "</title>" + template.style() + PAPER + "</head><body>" + html
                + "</body></html>";
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useDefaultPageSize(210, 297, PageSizeUnits.MM);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return textLayer.repair(out.toByteArray());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] font(String file) {
        try (var in = new ClassPathResource(FONTS + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + file + " missing from the classpath", e);
        }
    }
}
