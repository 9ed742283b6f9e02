package org.sanxiang.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.sanxiang.documents.DocumentProblems.DocumentFieldsMissing;
import org.sanxiang.documents.DocumentProblems.DocumentNotApplicable;
import org.sanxiang.documents.DocumentProblems.DocumentStepNotDone;
import org.sanxiang.process.NotFound;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Composes one document of a case: checks that the procedure allows it (409 naming the step) and that the
 * case holds every field it needs (422 naming them), fills its template from the case sheet and renders it.
 */
@Component
@RequiredArgsConstructor
public class DocumentComposer {

    private static final SpelExpressionParser SPEL = new SpelExpressionParser();

    private final DocumentCatalogue catalogue;
    private final PdfRendering rendering;
    private final DocumentBodies bodies;
    private final Map<String, String> seals = new ConcurrentHashMap<>();
    private final Map<String, Expression> expressions = new ConcurrentHashMap<>();

    /** A rendered PDF and its page count. */
    public record Rendered(byte[] pdf, int pages) {
    }

    /** A row of a form document. */
    public record Row(String label, String value) {
    }

    public List<CatalogueEntry> catalogueOf(String procedure) {
        return catalogue.of(procedure);
    }

    public CatalogueEntry entry(String kind) {
        return catalogue.entry(kind).orElseThrow(() -> new NotFound("document kind", kind));
    }

    /** Whether the case allows the document now; the refusal when it does not. */
    public RuntimeException refusal(CaseSheet sheet, CatalogueEntry e) {
        if (!e.procedure().equals(sheet.procedureKind())) {
            return new DocumentNotApplicable(e.title(), sheet.caseNumber());
        }
        String after = e.after();
        if (after != null && after.startsWith("record:")) {
            String kind = after.substring("record:".length());
            if (sheet.records().stream().noneMatch(r -> r.kind().equals(kind))) {
                return new DocumentStepNotDone(e.title(), sheet.stepLabels().getOrDefault("INVESTIGATION", "调查取证"),
                        sheet.caseNumber());
            }
        } else if (after != null && !sheet.done(after)) {
            return new DocumentStepNotDone(e.title(), sheet.stepLabels().getOrDefault(after, after), sheet.caseNumber());
        }
        if (!e.decision().isEmpty() && sheet.decision(e.decision()) == null) {
            return sheet.decisions().isEmpty() && after != null
                    ? new DocumentStepNotDone(e.title(), sheet.stepLabels().getOrDefault(after, after), sheet.caseNumber())
                    : new DocumentNotApplicable(e.title(), sheet.caseNumber());
        }
        return null;
    }

    public void requireAllowed(CaseSheet sheet, CatalogueEntry e) {
        RuntimeException refusal = refusal(sheet, e);
        if (refusal != null) {
            throw refusal;
        }
    }

    /** The number the document carries when it is not a number of its own ({@code NEW:<kind>}): null then. */
    public String existingNumber(CaseSheet sheet, CatalogueEntry e) {
        DocumentContext c = context(sheet, e, null, 0, null, null);
        return switch (e.number()) {
            case "CASE" -> sheet.caseNumber();
            case "DECISION" -> c.decision() == null ? null : c.decision().number();
            case "REVIEW" -> c.review() == null ? null : c.review().opinionNumber();
            default -> null;
        };
    }

    /**
     * The document rendered. {@code code} null renders the unissued draft (样稿, no QR code); {@code signatures}
     * maps a signer (as the catalogue names them) to a PNG data URI, {@code refusals} to the note printed instead.
     */
    public Rendered render(CaseSheet sheet, CatalogueEntry e, String number, int version, LocalDate issuedOn, String code,
            Map<String, String> signatures, Map<String, String> refusals) {
        requireAllowed(sheet, e);
        DocumentContext c = context(sheet, e, number, version, issuedOn, code);
        List<String> missing = new ArrayList<>();
        for (CatalogueEntry.Field f : e.required()) {
            Object v = evaluate(f.expression(), c);
            if (v == null || v.toString().isBlank()) {
                missing.add(f.label());
            }
        }
        if (!missing.isEmpty()) {
            throw new DocumentFieldsMissing(e.title(), missing);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("d", c);
        model.put("rows", e.rows().stream().map(f -> new Row(f.label(), text(evaluate(f.expression(), c)))).toList());
        model.put("records", e.record() == null ? List.of()
                : sheet.records().stream().filter(r -> r.kind().equals(e.record())).toList());
        model.put("service", sheet.services().isEmpty() ? null : sheet.services().get(sheet.services().size() - 1));
        model.put("signatures", signatures == null ? Map.of() : signatures);
        model.put("refusals", refusals == null ? Map.of() : refusals);
        String xhtml = rendering.xhtml(e.template(), model);
        byte[] pdf = rendering.pdf(xhtml, e.title() + " " + number, issuedOn,
                sheet.caseId() + "/" + e.kind() + "/" + version + "/" + number + "/" + code);
        return new Rendered(pdf, pages(pdf));
    }

    DocumentContext context(CaseSheet sheet, CatalogueEntry e, String number, int version, LocalDate issuedOn, String code) {
        DocumentBodies.Profile p = bodies.of(sheet.bodyCode());
        DocumentContext.Body body = new DocumentContext.Body(sheet.bodyName(), p.address(), p.phone(), p.reviewOrgan(),
                p.court(), p.seal() == null ? null : seal(p.seal()));
        String qr = code == null ? null : VerificationQr.dataUri(bodies.verificationUrl() + code);
        return new DocumentContext(sheet, e, number, version, issuedOn, code, qr, body);
    }

    private Object evaluate(String expression, DocumentContext c) {
        try {
            return expressions.computeIfAbsent(expression, SPEL::parseExpression).getValue(new StandardEvaluationContext(c));
        } catch (org.springframework.expression.EvaluationException | NullPointerException ex) {
            return null; // a field the case does not hold (e.g. no review round): empty, and refused when required
        }
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString();
    }

    private String seal(String location) {
        return seals.computeIfAbsent(location, l -> {
            Resource r = new DefaultResourceLoader().getResource(l);
            try (InputStream in = r.getInputStream()) {
                return "data:image/png;base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
            } catch (IOException ex) {
                throw new UncheckedIOException("seal image " + l + " cannot be read", ex);
            }
        });
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
