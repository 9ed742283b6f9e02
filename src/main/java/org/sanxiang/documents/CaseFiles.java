package org.sanxiang.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.sanxiang.process.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * The case file (案卷) as one PDF, in the order of DOCUMENTS.md: 卷宗封面, 卷内文件目录 with each document's page
 * range, the issued documents (latest version of each) in procedure order, the evidence list (证据目录) and the
 * 备考表; every page stamped with its number in the file (卷内页号, continuous). Deterministic like a document.
 */
@Service
@RequiredArgsConstructor
public class CaseFiles {

    private final CaseSheetSource cases;
    private final DocumentIssuing issuing;
    private final DocumentComposer composer;
    private final DocumentCatalogue catalogue;
    private final PdfRendering rendering;
    private final Clock clock;

    /** One line of the table of contents; {@code pages} as printed, e.g. {@code 3-4}. */
    public record TocLine(int no, String title, String number, String date, int firstPage, int lastPage) {
        public String pages() {
            return firstPage == lastPage ? Integer.toString(firstPage) : firstPage + "-" + lastPage;
        }
    }

    /** The case file and its table of contents. */
    public record CaseFile(byte[] pdf, int pages, List<TocLine> toc) {
    }

    @Transactional(readOnly = true)
    public CaseFile caseFile(long caseId, Actor actor) {
        CaseSheet sheet = cases.sheet(caseId, actor);
        List<DocumentIssuing.StoredPdf> docs = new ArrayList<>(issuing.latestVersions(caseId));
        docs.sort(Comparator.comparingInt(d -> catalogue.entry(d.document().kind()).map(CatalogueEntry::order).orElse(999)));
        LocalDate on = sheet.closedOn() != null ? sheet.closedOn() : LocalDate.now(clock);
        DocumentContext c = composer.context(sheet, part("卷宗封面"), sheet.caseNumber(), 1, on, null);
        String retention = "TRANSFERRED".equals(sheet.status()) || "TRANSFER".equals(sheet.outcome()) ? "永久"
                : sheet.reviews().isEmpty() ? "5年" : "10年";

        int evidencePages = render(c, "evidence", Map.of()).pages();
        int tocPages = 1;
        int total = 0;
        List<TocLine> toc = List.of();
        byte[] tocPdf = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            toc = new ArrayList<>();
            int page = 1 + tocPages + 1;
            int no = 1;
            for (DocumentIssuing.StoredPdf d : docs) {
                int n = d.document().pageCount();
                toc.add(new TocLine(no++, d.document().title(), d.document().documentNumber(),
                        d.document().issuedOn().toString(), page, page + n - 1));
                page += n;
            }
            toc.add(new TocLine(no++, "证据目录", "", "", page, page + evidencePages - 1));
            page += evidencePages;
            toc.add(new TocLine(no, "备考表", "", "", page, page));
            total = page;
            DocumentComposer.Rendered r = render(c, "toc", Map.of("toc", toc));
            tocPdf = r.pdf();
            if (r.pages() == tocPages) {
                break;
            }
            tocPages = r.pages();
        }
        Map<String, Object> counts = Map.of("total", total, "documents", docs.size(), "retention", retention);
        List<byte[]> parts = new ArrayList<>();
        parts.add(render(c, "cover", counts).pdf());
        parts.add(tocPdf);
        docs.forEach(d -> parts.add(d.content()));
        parts.add(render(c, "evidence", counts).pdf());
        parts.add(render(c, "notes", counts).pdf());
        byte[] pdf = bind(parts, "行政处罚案卷 " + sheet.caseNumber(), on, "case-file/" + caseId + "/" + toc);
        return new CaseFile(pdf, DocumentComposer.pages(pdf), List.copyOf(toc));
    }

    private static CatalogueEntry part(String title) {
        return new CatalogueEntry("CASE_FILE", title, 0, "ANY", null, null, "CASE", "case-file", null, null, null, null);
    }

    private DocumentComposer.Rendered render(DocumentContext c, String part, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("d", c);
        model.put("part", part);
        byte[] pdf = rendering.pdf(rendering.xhtml("case-file", model), part, c.issuedOn(), c.sheet().caseId() + "/" + part);
        return new DocumentComposer.Rendered(pdf, DocumentComposer.pages(pdf));
    }

    /** Concatenates the parts and stamps 卷内页号 on every page, top right. */
    private byte[] bind(List<byte[]> parts, String title, LocalDate on, String identity) {
        synchronized (rendering) { // the parsed font is shared: one rendering or binding at a time
            return bindLocked(parts, title, on, identity);
        }
    }

    private byte[] bindLocked(List<byte[]> parts, String title, LocalDate on, String identity) {
        try (PDDocument file = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            List<PDDocument> sources = new ArrayList<>();
            try {
                for (byte[] p : parts) {
                    PDDocument src = Loader.loadPDF(p);
                    sources.add(src);
                    merger.appendDocument(file, src);
                }
                PDFont font = rendering.font(file);
                int n = 1;
                for (PDPage page : file.getPages()) {
                    PDRectangle box = page.getMediaBox();
                    try (PDPageContentStream s = new PDPageContentStream(file, page, PDPageContentStream.AppendMode.APPEND,
                            true, true)) {
                        String text = "卷内第 " + n + " 页";
                        float size = 9;
                        float width = font.getStringWidth(text) / 1000 * size;
                        s.beginText();
                        s.setFont(font, size);
                        s.newLineAtOffset(box.getWidth() - 15 * 72 / 25.4f - width, box.getHeight() - 12 * 72 / 25.4f);
                        s.showText(text);
                        s.endText();
                    }
                    n++;
                }
                return PdfRendering.deterministic(file, title, on, identity);
            } finally {
                for (PDDocument src : sources) {
                    src.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("binding the case file failed", e);
        }
    }
}
