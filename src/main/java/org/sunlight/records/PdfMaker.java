package org.sunlight.records;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Prints a document's stored HTML to an A4 PDF, in Noto Sans SC embedded from the classpath, so that paper shows what
 * the screen shows and no system font is needed.
 *
 * <p>The two fonts are about 10 MB each; parsing them took most of a print. They are parsed once and kept, one parsed
 * pair per print that runs at the same time (a parsed font is not safe for two prints at once), and at most {@link
 * #PARALLEL} prints run at the same time: more would only share the same cores.
 */
@Component
class PdfMaker {

    static final String FONT_FAMILY = "Noto Sans SC";

    /** How many documents are printed at the same time, at most. */
    static final int PARALLEL = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private static final String FONTS = "fonts/ttf/NotoSansSC/";

    /** On paper only the embedded font is used, whatever the shared style falls back to on screens. */
    private static final String PAPER = "<style>* { font-family: '" + FONT_FAMILY + "' !important; }</style>";

    private final DocumentTemplate template;
    private final byte[] regular;
    private final byte[] bold;
    private final IdeographTextLayer textLayer;
    private final Semaphore printing = new Semaphore(PARALLEL, true);
    private final LinkedBlockingQueue<Fonts> parsed = new LinkedBlockingQueue<>();
    private volatile String style;

    /** One parsed pair of the fonts, used by one print at a time. */
    private record Fonts(TrueTypeFont regular, TrueTypeFont bold) {}

    PdfMaker(DocumentTemplate template) {
        this.template = template;
        this.regular = font("NotoSansSC-Regular.ttf");
        this.bold = font("NotoSansSC-Bold.ttf");
        this.textLayer = new IdeographTextLayer(regular);
    }

    byte[] pdf(String title, String html) {
        var xhtml = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><title>"
                + HtmlUtils.htmlEscapeDecimal(title) + "</title>" + style() + PAPER + "</head><body>" + html
                + "</body></html>";
        printing.acquireUninterruptibly();
        try {
            var fonts = parsed.poll();
            if (fonts == null) {
                fonts = new Fonts(parse(regular), parse(bold));
            }
            try {
                return textLayer.repair(print(xhtml, fonts));
            } finally {
                parsed.add(fonts);
            }
        } finally {
            printing.release();
        }
    }

    /** The documents' style element: the same for every print, rendered once. */
    private String style() {
        var rendered = style;
        if (rendered == null) {
            rendered = template.style();
            style = rendered;
        }
        return rendered;
    }

    private static byte[] print(String xhtml, Fonts fonts) {
        var out = new ByteArrayOutputStream();
        try (var document = new PDDocument()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.useFont(
                    new PDFontSupplier(PDType0Font.load(document, fonts.regular(), true)),
                    FONT_FAMILY,
                    400,
                    FontStyle.NORMAL,
                    true);
            builder.useFont(
                    new PDFontSupplier(PDType0Font.load(document, fonts.bold(), true)),
                    FONT_FAMILY,
                    700,
                    FontStyle.NORMAL,
                    true);
            builder.useDefaultPageSize(210, 297, PageSizeUnits.MM);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
