package org.sanxiang.evidence;

import org.sanxiang.process.Conflict;
import org.sanxiang.process.Forbidden;
import org.sanxiang.process.Problem;
import org.sanxiang.process.RuleViolation;
import org.springframework.http.HttpStatus;

/** The rules the evidence module enforces, each with a stable slug. */
public final class EvidenceProblems {

    private EvidenceProblems() {
    }

    /** The actor may not do this with the case's evidence (see {@link EvidenceAccessPolicy}). */
    public static class EvidenceNotPermitted extends Forbidden {
        public EvidenceNotPermitted(String article, String detail, String caseNumber) {
            super("evidence-not-permitted", article, detail, caseNumber);
        }
    }

    public static class EvidenceEmpty extends RuleViolation {
        public EvidenceEmpty() {
            super("evidence-empty", "APL Art. 46", "content", "the evidence file is empty");
        }
    }

    public static class EvidenceTooLarge extends Problem {
        public EvidenceTooLarge(EvidenceType type, long limit) {
            super("evidence-too-large", HttpStatus.PAYLOAD_TOO_LARGE, "APL Art. 46", "content",
                    "files of type " + type + " may have at most " + limit + " bytes", type.label(), limit);
        }
    }

    public static class ContentTypeNotAllowed extends RuleViolation {
        public ContentTypeNotAllowed(String contentType, EvidenceType type) {
            super("evidence-content-type-not-allowed", "APL Art. 46", "content",
                    "content " + contentType + " is not allowed for evidence type " + type, contentType, type.label(),
                    acceptedBy(contentType));
        }

        /** Where such a file belongs: the APL 46 types that do take it (a photo refused as 视听资料 → 书证、物证 …). */
        static String acceptedBy(String contentType) {
            String types = java.util.Arrays.stream(EvidenceType.values()).filter(t -> t.allows(contentType))
                    .map(EvidenceType::label).collect(java.util.stream.Collectors.joining("、"));
            return types.isEmpty() ? "—" : types;
        }
    }

    public static class FileNameInvalid extends RuleViolation {
        public FileNameInvalid(String fileName) {
            super("evidence-file-name-invalid", null, "fileName",
                    "file name must be 1-255 characters without path separators or control characters", String.valueOf(fileName));
        }
    }

    /**
     * The file's name (its extension) is not one this type of evidence takes; the detail names the types that
     * take it ({@code evidence-file-kind-not-allowed}) or says that none does ({@code evidence-file-kind-refused}:
     * scripts, programs, pages, or no extension at all).
     */
    public static class FileKindNotAllowed extends RuleViolation {
        public FileKindNotAllowed(String fileName, EvidenceType type) {
            super(EvidenceType.acceptingFileName(fileName).isEmpty() ? "evidence-file-kind-refused"
                    : "evidence-file-kind-not-allowed", "APL Art. 46", "fileName",
                    "a file named " + fileName + " is not accepted as evidence of type " + type,
                    fileName, type.label(), FileExtensions.of(fileName), EvidenceType.acceptingFileName(fileName).stream()
                            .map(EvidenceType::label).collect(java.util.stream.Collectors.joining("、")));
        }
    }

    public static class MetadataInvalid extends RuleViolation {
        public MetadataInvalid(String field, String reason) {
            super("evidence-metadata-invalid", "APL Art. 46", field, field + ": " + reason, field, reason);
        }
    }

    public static class StepUnknown extends RuleViolation {
        public StepUnknown(String step) {
            super("evidence-step-unknown", "G118", "step", "step " + step + " is not a step of this case's procedure", step);
        }
    }

    public static class UploadInterrupted extends RuleViolation {
        public UploadInterrupted(String reason) {
            super("evidence-upload-interrupted", null, "content", "the upload was interrupted: " + reason, reason);
        }
    }

    /** G118 防删改: the item's row no longer names the file its EVIDENCE_ADDED entry recorded; it is not served. */
    public static class EvidenceTampered extends Conflict {
        public EvidenceTampered(long evidenceId) {
            super("evidence-tampered", "G118; APL Art. 46",
                    "evidence " + evidenceId + ": its row does not match the hash recorded in the case's chain", evidenceId);
        }
    }

    public static class AlreadyExcluded extends Conflict {
        public AlreadyExcluded(long evidenceId) {
            super("evidence-already-excluded", "APL Art. 46", "evidence " + evidenceId + " is already excluded", evidenceId);
        }
    }

    public static class AudioVideoRequired extends RuleViolation {
        public AudioVideoRequired(String step) {
            super("audio-video-required", "G118; APL Art. 47", "audioVideoAbsence",
                    "step " + step + " needs an audio-video evidence item or a listed reason for its absence", step);
        }
    }

    /** A step completes only when the records its model lists in {@code requiredRecords} exist (G118; APL Art. 47). */
    public static class RequiredRecordsMissing extends RuleViolation {
        public RequiredRecordsMissing(String step, java.util.List<String> missing) {
            super("required-records-missing", "G118; APL Art. 47", "requiredRecords",
                    "step " + step + " lacks the required records " + missing, step,
                    String.join("、", missing).replace("|", "或"));
        }
    }

    public static class AbsenceReasonUnknown extends RuleViolation {
        public AbsenceReasonUnknown(String code) {
            super("audio-video-absence-reason-unknown", "G118", "audioVideoAbsence",
                    "unknown reason " + code + "; one of SECRET_OR_PRIVACY, EMERGENCY, TECHNICAL_FAILURE", code);
        }
    }
}
