package org.sanxiang.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * XHTML templates ({@code documents/templates/*.xhtml}, Thymeleaf XML mode) to A4 PDF through openhtmltopdf
 * over PDFBox, with the CJK font shipped in the application (Noto Sans SC, SIL OFL 1.1, subset on embedding),
 * so a machine without Chinese fonts renders the same bytes. Deterministic: the metadata dates are the
 * document's date and the file identifier is derived from the document, never from the clock.
 */
@Component
public class PdfRendering {

    public static final String FONT_FAMILY = "Noto Sans SC";
    private static final String FONT = "documents/fonts/NotoSansSC-Regular.ttf";

    private final SpringTemplateEngine templates;
    private final byte[] font;
    /** Parsed once (about a second for the 10 MB font); used by one rendering at a time. */
    private TrueTypeFont parsed;

    public PdfRendering() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("documents/templates/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.templates = new SpringTemplateEngine();
        this.templates.setTemplateResolver(resolver);
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the document font " + FONT + " is missing", e);
        }
    }

    /** The template filled with {@code variables}, as XHTML. */
    public String xhtml(String template, Map<String, Object> variables) {
        Context context = new Context(java.util.Locale.SIMPLIFIED_CHINESE, variables);
        return templates.process(template, context);
    }

    /**
     * The XHTML as PDF. {@code title} is the PDF title, {@code date} its creation date (00:00 in China),
     * {@code identity} seeds the file identifier: the same three and the same XHTML give the same bytes.
     */
    public synchronized byte[] pdf(String xhtml, String title, LocalDate date, String identity) {
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(doc);
            builder.useFont(new PDFontSupplier(font(doc)), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withProducer("Sanxiang");
            builder.withHtmlContent(xhtml, new ClassPathResource("documents/templates/").getURL().toExternalForm());
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            return deterministic(doc, title, date, identity);
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + title + " failed", e);
        }
    }

    /** Fixed metadata and file identifier, then the bytes. */
    static byte[] deterministic(PDDocument doc, String title, LocalDate date, String identity) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        Calendar at = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.ofHours(8)));
        at.clear();
        at.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        info.setCreationDate(at);
        info.setModificationDate(at);
        info.setTitle(title);
        info.setProducer("Sanxiang");
        info.setCreator("Sanxiang");
        byte[] id = md5(identity);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** The shipped font loaded into {@code doc}, subset on embedding (for text PDFBox draws itself). */
    synchronized PDFont font(PDDocument doc) throws IOException {
        if (parsed == null) {
            parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
        }
        return PDType0Font.load(doc, parsed, true);
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
