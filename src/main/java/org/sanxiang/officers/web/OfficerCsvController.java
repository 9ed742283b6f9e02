package org.sanxiang.officers.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.sanxiang.officers.OfficerCsv;
import org.sanxiang.officers.OfficerProblems.CsvImportRejected;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.sanxiang.process.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

/**
 * CSV export and all-or-nothing import of officers and certificates (administrator). The body of an
 * import is the CSV text ({@code text/csv}, UTF-8). A rejected import answers 400 problem+json with
 * {@code errors}: one entry per reason, each with its {@code row} (line in the file, header = 1).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "officers", description = "执法人员与行政执法证件")
@RequiredArgsConstructor
class OfficerCsvController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final OfficerCsv csv;
    private final MessageSource messages;

    record Imported(int imported) {
    }

    @GetMapping(value = "/officers/csv", produces = "text/csv")
    @Operation(summary = "导出执法人员（CSV）")
    ResponseEntity<String> exportOfficers(Actor actor) {
        return attachment("officers.csv", csv.exportOfficers(actor));
    }

    @PostMapping(value = "/officers/csv", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "导入执法人员（CSV，全部成功或全部不写入）")
    Imported importOfficers(@RequestBody String body, Actor actor) {
        return new Imported(csv.importOfficers(body, actor));
    }

    @GetMapping(value = "/certificates/csv", produces = "text/csv")
    @Operation(summary = "导出执法证件（CSV）")
    ResponseEntity<String> exportCertificates(Actor actor) {
        return attachment("certificates.csv", csv.exportCertificates(actor));
    }

    @PostMapping(value = "/certificates/csv", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "导入执法证件（CSV，全部成功或全部不写入）")
    Imported importCertificates(@RequestBody String body, Actor actor) {
        return new Imported(csv.importCertificates(body, actor));
    }

    /** The general problem+json, plus every rejected row with a localised reason. */
    @ExceptionHandler(CsvImportRejected.class)
    ProblemDetail rejected(CsvImportRejected e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail body = ProblemDetail.forStatus(e.status());
        body.setType(URI.create(e.type()));
        body.setTitle(messages.getMessage("title." + e.slug(), null, e.slug(), locale));
        body.setDetail(messages.getMessage(e.messageCode(), e.args(), e.getMessage(), locale));
        body.setProperty("article", e.article());
        body.setProperty("field", e.field());
        body.setProperty("errors", e.errors().stream().map(err -> Map.of(
                "row", err.row(),
                "field", err.field(),
                "code", err.code(),
                "reason", messages.getMessage("problem." + err.code(), err.args().toArray(), err.detail(), locale)))
                .toList());
        return body;
    }

    private static ResponseEntity<String> attachment(String filename, String text) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(CSV)
                .body(text);
    }
}
