package org.sanxiang.officers;

import java.util.List;

import org.sanxiang.process.Conflict;
import org.sanxiang.process.Forbidden;
import org.sanxiang.process.RuleViolation;

/** The rules of the officers module beyond the certificate check itself, each a named problem with its article. */
public final class OfficerProblems {

    private OfficerProblems() {
    }

    /** APL Art. 58: a first-time legal reviewer holds the national legal-profession qualification. */
    public static class ReviewerNotQualified extends Forbidden {
        public ReviewerNotQualified(String who, Object onDate) {
            super("reviewer-not-qualified", "APL Art. 58",
                    who + " holds no legal-profession qualification on " + onDate + " and may not review", who, onDate);
        }
    }

    /** APL Art. 58: a legal reviewer is never a handler of the case reviewed. */
    public static class ReviewerIsHandler extends Forbidden {
        public ReviewerIsHandler(String who, String caseRef) {
            super("reviewer-is-handler", "APL Art. 58", who + " handles case " + caseRef + " and may not review it",
                    who, caseRef);
        }
    }

    /** APL Art. 64: the hearing is chaired by someone who did not investigate the case. */
    public static class HearingChairIsInvestigator extends Forbidden {
        public HearingChairIsInvestigator(String who) {
            super("hearing-chair-is-investigator", "APL Art. 64", who + " investigated the case and may not chair the hearing",
                    who);
        }
    }

    /** Only the administrator manages officers and certificates. */
    public static class AdministratorRequired extends Forbidden {
        public AdministratorRequired(String what, String role) {
            super("role-required", null, what + " requires role " + role, what, role);
        }
    }

    /**
     * A certificate or officer field breaks a rule (format, dates, category, duplicate): 400 naming the
     * field; the problem type is the error's code, the same code a CSV row error carries.
     */
    public static class CertificateInputInvalid extends RuleViolation {
        public CertificateInputInvalid(InputError error) {
            super(error.code(), "APL Art. 42", error.field(), error.field() + ": " + error.detail(), error.args().toArray());
        }
    }

    /** A status change the certificate's current status does not allow (e.g. reinstating a revoked certificate). */
    public static class StatusChangeNotAllowed extends Conflict {
        public StatusChangeNotAllowed(String number, String action, String status) {
            super("certificate-status-change-not-allowed", "APL Art. 42",
                    "certificate " + number + " is " + status + "; " + action + " is not allowed", number, action, status);
        }
    }

    /** A CSV import with bad rows: nothing was written; every bad row is listed with its reasons. */
    public static class CsvImportRejected extends RuleViolation {
        private final List<InputError> errors;

        public CsvImportRejected(String what, List<InputError> errors) {
            super("csv-import-rejected", "APL Art. 42", "file",
                    what + " import rejected, nothing written: " + errors.size() + " error(s)", what, errors.size());
            this.errors = errors.stream().sorted(java.util.Comparator.comparingInt(InputError::row)).toList();
        }

        public List<InputError> errors() {
            return errors;
        }
    }

    /**
     * One reason an input is rejected: the CSV row (1 = header line; 0 outside a file), the field, a
     * stable code and an English detail (the web layer renders a localised text from the code).
     */
    public record InputError(int row, String field, String code, String detail, List<Object> args) {
        public InputError {
            args = List.copyOf(args);
        }

        public static InputError of(String field, String code, String detail, Object... args) {
            return new InputError(0, field, code, detail, List.of(args));
        }

        public InputError atRow(int r) {
            return new InputError(r, field, code, detail, args);
        }
    }
}
