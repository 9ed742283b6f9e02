package org.sanxiang.officers;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.sanxiang.officers.OfficerProblems.CsvImportRejected;
import org.sanxiang.officers.OfficerProblems.InputError;
import org.sanxiang.officers.persistence.CertificateRow;
import org.sanxiang.officers.persistence.HeldCertificate;
import org.sanxiang.officers.persistence.OfficerMapper;
import org.sanxiang.officers.persistence.OfficerRow;
import org.sanxiang.process.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * CSV import and export of officers and certificates (Apache Commons CSV, RFC 4180, UTF-8). An import
 * is all-or-nothing: every row is checked first and any bad row rejects the whole file, listing each
 * bad row (its line in the file; the header is line 1) with its reasons; only a clean file is written,
 * in one transaction.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class OfficerCsv {

    public static final List<String> OFFICER_COLUMNS = List.of("body_code", "username", "name", "position",
            "legal_qualification_number", "legal_qualification_date");
    public static final List<String> CERTIFICATE_COLUMNS = List.of("number", "holder_username", "issuing_authority",
            "categories", "area", "valid_from", "valid_to", "status", "annual_review_due");
    private static final Set<String> IMPORTABLE_STATUSES = Set.of("VALID", "SUSPENDED", "CANCELLED", "REVOKED");

    private final OfficerMapper mapper;
    private final CertificateRules rules;
    private final Clock clock;

    // ---- export ------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public String exportOfficers(Actor actor) {
        OfficerAdministration.requireAdministrator(actor, "执法人员导出");
        Map<Long, String> bodyCodes = mapper.selectBodies().stream()
                .collect(Collectors.toMap(EnforcementBody::id, EnforcementBody::code));
        return write(OFFICER_COLUMNS, printer -> {
            for (Officer o : mapper.selectAllOfficers()) {
                LegalQualification q = mapper.selectLegalQualification(o.id());
                printer.printRecord(bodyCodes.get(o.bodyId()), o.username(), o.name(), o.position(),
                        q == null ? "" : q.certificateNumber(), q == null ? "" : q.qualifiedOn());
            }
        });
    }

    @Transactional(readOnly = true)
    public String exportCertificates(Actor actor) {
        OfficerAdministration.requireAdministrator(actor, "执法证件导出");
        return write(CERTIFICATE_COLUMNS, printer -> {
            for (HeldCertificate h : mapper.selectAllHeldCertificates()) {
                Certificate c = h.certificate();
                printer.printRecord(c.number(), h.holderUsername(), c.issuingAuthority(), String.join(";", c.categories()),
                        c.area(), c.validFrom(), c.validTo(), c.status(), c.annualReviewDue() == null ? "" : c.annualReviewDue());
            }
        });
    }

    // ---- import ------------------------------------------------------------------------------

    /** Creates the officers of the file (and their legal-profession qualifications); returns how many. */
    public int importOfficers(String csv, Actor actor) {
        OfficerAdministration.requireAdministrator(actor, "执法人员导入");
        List<InputError> errors = new ArrayList<>();
        List<Row> rows = read(csv, OFFICER_COLUMNS, "officers", errors);
        Map<String, EnforcementBody> bodies = mapper.selectBodies().stream()
                .collect(Collectors.toMap(EnforcementBody::code, Function.identity()));
        Set<String> usernames = rows.stream().map(r -> r.get("username")).filter(u -> !u.isEmpty()).collect(Collectors.toSet());
        Set<String> existing = usernames.isEmpty() ? Set.of()
                : mapper.selectOfficersByUsernames(usernames).stream().map(Officer::username).collect(Collectors.toSet());
        Set<String> seenUsernames = new HashSet<>();
        Set<String> seenQualifications = new HashSet<>();
        List<Runnable> writes = new ArrayList<>();
        for (Row r : rows) {
            List<InputError> rowErrors = new ArrayList<>();
            EnforcementBody body = bodies.get(r.get("body_code"));
            if (body == null) {
                rowErrors.add(InputError.of("body_code", "unknown-enforcement-body", "unknown enforcement body " + r.get("body_code"),
                        r.get("body_code")));
            }
            String username = r.get("username");
            if (username.isEmpty()) {
                rowErrors.add(InputError.of("username", "field-required", "username is required", "username"));
            } else if (existing.contains(username) || !seenUsernames.add(username)) {
                rowErrors.add(InputError.of("username", "duplicate-username", "username " + username + " already exists",
                        username));
            }
            requireText(r, "name", rowErrors);
            requireText(r, "position", rowErrors);
            String qNumber = r.get("legal_qualification_number");
            LocalDate qDate = date(r, "legal_qualification_date", false, rowErrors);
            if (qNumber.isEmpty() != r.get("legal_qualification_date").isEmpty()) {
                rowErrors.add(InputError.of("legal_qualification_number", "qualification-incomplete",
                        "legal qualification needs both number and date"));
            } else if (!qNumber.isEmpty() && (!seenQualifications.add(qNumber)
                    || mapper.selectLegalQualificationByNumber(qNumber) != null)) {
                rowErrors.add(InputError.of("legal_qualification_number", "duplicate-qualification-number",
                        "qualification " + qNumber + " already exists", qNumber));
            }
            if (!rowErrors.isEmpty()) {
                rowErrors.forEach(e -> errors.add(e.atRow(r.line())));
                continue;
            }
            writes.add(() -> {
                OfficerRow row = new OfficerRow();
                row.bodyId = body.id();
                row.username = username;
                row.name = r.get("name");
                row.position = r.get("position");
                mapper.insertOfficer(row);
                if (!qNumber.isEmpty()) {
                    mapper.insertLegalQualification(row.id, qNumber, qDate);
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new CsvImportRejected("officers", errors);
        }
        writes.forEach(Runnable::run);
        return writes.size();
    }

    /** Creates the certificates of the file for officers that already exist; returns how many. */
    public int importCertificates(String csv, Actor actor) {
        OfficerAdministration.requireAdministrator(actor, "执法证件导入");
        List<InputError> errors = new ArrayList<>();
        List<Row> rows = read(csv, CERTIFICATE_COLUMNS, "certificates", errors);
        Set<String> known = rules.knownCategories();
        Set<String> numbers = rows.stream().map(r -> r.get("number")).filter(n -> !n.isEmpty()).collect(Collectors.toSet());
        Set<String> taken = numbers.isEmpty() ? Set.of() : new HashSet<>(mapper.selectExistingCertificateNumbers(numbers));
        Set<String> usernames = rows.stream().map(r -> r.get("holder_username")).filter(u -> !u.isEmpty())
                .collect(Collectors.toSet());
        Map<String, Officer> holders = new HashMap<>();
        if (!usernames.isEmpty()) {
            mapper.selectOfficersByUsernames(usernames).forEach(o -> holders.put(o.username(), o));
        }
        Set<String> seen = new HashSet<>();
        List<CertificateRow> accepted = new ArrayList<>();
        for (Row r : rows) {
            List<InputError> rowErrors = new ArrayList<>();
            Officer holder = holders.get(r.get("holder_username"));
            if (holder == null) {
                rowErrors.add(InputError.of("holder_username", "unknown-officer",
                        "no officer with username " + r.get("holder_username"), r.get("holder_username")));
            }
            LocalDate from = date(r, "valid_from", true, rowErrors);
            LocalDate to = date(r, "valid_to", true, rowErrors);
            LocalDate reviewDue = date(r, "annual_review_due", false, rowErrors);
            CertificateDraft draft = new CertificateDraft(r.get("number"), r.get("issuing_authority"),
                    Certificate.splitCategories(r.get("categories")), r.get("area"), from, to, reviewDue);
            rules.check(draft, known).stream()
                    .filter(e -> !(e.code().equals("field-required") && (e.field().equals("validFrom") || e.field().equals("validTo"))))
                    .map(e -> new InputError(0, column(e.field()), e.code(), e.detail(), e.args()))
                    .forEach(rowErrors::add);
            String number = r.get("number");
            if (!number.isEmpty() && (taken.contains(number) || !seen.add(number))) {
                rowErrors.add(InputError.of("number", "duplicate-certificate-number", "certificate number " + number + " already exists",
                        number));
            }
            String status = r.get("status").isEmpty() ? "VALID" : r.get("status").toUpperCase();
            if (!IMPORTABLE_STATUSES.contains(status)) {
                rowErrors.add(InputError.of("status", "unknown-certificate-status", "unknown status " + r.get("status"), r.get("status")));
            }
            if (!rowErrors.isEmpty()) {
                rowErrors.forEach(e -> errors.add(e.atRow(r.line())));
                continue;
            }
            CertificateRow row = new CertificateRow();
            row.officerId = holder.id();
            row.number = number;
            row.issuingAuthority = draft.issuingAuthority();
            row.fields = CertificateRules.joinCategories(draft.categories());
            row.area = draft.area();
            row.validFrom = from;
            row.validTo = to;
            row.status = status;
            row.annualReviewDue = reviewDue != null ? reviewDue : from.plusYears(1);
            accepted.add(row);
        }
        if (!errors.isEmpty()) {
            throw new CsvImportRejected("certificates", errors);
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        for (CertificateRow row : accepted) {
            mapper.insertCertificate(row);
            mapper.insertStatusChange(row.id, "IMPORTED", null, row.status, "CSV 导入", actor.username(), now);
        }
        return accepted.size();
    }

    // ---- plumbing ----------------------------------------------------------------------------

    /** One data row of a file: its line and its cells by column name (trimmed, never null). */
    record Row(int line, Map<String, String> cells) {
        String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** The well-formed rows of the file; a row with the wrong number of cells is added to {@code errors}. */
    private static List<Row> read(String csv, List<String> columns, String what, List<InputError> errors) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        String text = csv == null ? "" : csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = columns.stream().filter(c -> !header.contains(c)).toList();
            if (header.isEmpty() || !missing.isEmpty()) {
                throw new CsvImportRejected(what, List.of(new InputError(1, "header", "csv-missing-columns",
                        "missing columns " + (header.isEmpty() ? columns : missing), List.of(String.join(",", missing.isEmpty() ? columns : missing)))));
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    errors.add(new InputError(line, "row", "csv-column-count", "row has " + record.size() + " cells, expected "
                            + header.size(), List.of(record.size(), header.size())));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                record.toMap().forEach((k, v) -> cells.put(k, v == null ? "" : v.trim()));
                rows.add(new Row(line, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new CsvImportRejected(what, List.of(new InputError(0, "file", "malformed-csv", "malformed CSV: " + e.getMessage(),
                    List.of(String.valueOf(e.getMessage())))));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            throw new CsvImportRejected(what, List.of(new InputError(1, "file", "csv-no-rows", "the file has no data rows", List.of())));
        }
        return rows;
    }

    private static LocalDate date(Row r, String column, boolean required, List<InputError> errors) {
        String text = r.get(column);
        if (text.isEmpty()) {
            if (required) {
                errors.add(InputError.of(column, "field-required", column + " is required", column));
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(InputError.of(column, "bad-date", column + " is not a date (yyyy-MM-dd): " + text, column, text));
            return null;
        }
    }

    private static void requireText(Row r, String column, List<InputError> errors) {
        if (r.get(column).isEmpty()) {
            errors.add(InputError.of(column, "field-required", column + " is required", column));
        }
    }

    /** The CSV column of a draft field, so reasons name what the user sees in the file. */
    private static String column(String field) {
        return switch (field) {
            case "issuingAuthority" -> "issuing_authority";
            case "validFrom" -> "valid_from";
            case "validTo" -> "valid_to";
            default -> field;
        };
    }

    interface Printing {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String write(List<String> columns, Printing body) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            body.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
