package org.sanxiang.evidence;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.evidence.EvidenceProblems.FileKindNotAllowed;
import org.sanxiang.evidence.EvidenceProblems.FileNameInvalid;
import org.sanxiang.evidence.EvidenceProblems.MetadataInvalid;
import org.sanxiang.evidence.EvidenceProblems.StepUnknown;
import org.sanxiang.officers.Officer;
import org.sanxiang.officers.OfficerDirectory;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** The checks of an upload's metadata before any byte is stored: type, file name, step, texts, time, officers. */
@Component
@RequiredArgsConstructor
class UploadValidation {

    static final int MAX_FILE_NAME = 255;

    private final RecordingRequirements requirements;
    private final OfficerDirectory officers;
    private final Clock clock;

    /** The upload's metadata against the steps of its process, the known officers and the office clock (APL Art. 46). */
    void check(EvidenceUpload upload, String processInstanceId) {
        if (upload.type() == null) {
            throw new MetadataInvalid("type", "required");
        }
        requireValidFileName(upload.fileName());
        if (!upload.type().allowsFileName(upload.fileName())) {
            throw new FileKindNotAllowed(upload.fileName(), upload.type());
        }
        if (upload.step() == null || upload.step().isBlank()) {
            throw new MetadataInvalid("step", "required");
        }
        Set<String> steps = requirements.stepsOf(requirements.processDefinitionOf(processInstanceId));
        if (!steps.contains(upload.step())) {
            throw new StepUnknown(upload.step());
        }
        if (upload.description() != null && upload.description().length() > 2000) {
            throw new MetadataInvalid("description", "at most 2000 characters");
        }
        if (upload.place() != null && upload.place().length() > 255) {
            throw new MetadataInvalid("place", "at most 255 characters");
        }
        if (upload.capturedAt() != null && upload.capturedAt().isAfter(LocalDateTime.now(clock).plusMinutes(5))) {
            throw new MetadataInvalid("capturedAt", "in the future");
        }
        if (upload.durationSeconds() != null && upload.durationSeconds() <= 0) {
            throw new MetadataInvalid("durationSeconds", "must be positive");
        }
        Set<Long> ids = new LinkedHashSet<>(upload.officerIds());
        if (ids.size() != upload.officerIds().size()) {
            throw new MetadataInvalid("officerIds", "listed twice");
        }
        if (!ids.isEmpty()) {
            Set<Long> known = officers.officers(List.copyOf(ids)).stream().map(Officer::id).collect(Collectors.toSet());
            if (!known.containsAll(ids)) {
                throw new MetadataInvalid("officerIds", "unknown officer");
            }
        }
        if (EvidenceRegistry.joinIds(upload.officerIds()).length() > 255) {
            throw new MetadataInvalid("officerIds", "too many");
        }
    }

    /**
     * 1-255 characters, no path parts, not "." or "..", no control characters and no invisible format
     * characters: a right-to-left override (U+202E) or an isolate (U+2066-2069) makes "exe.pdf" of "fdp.exe",
     * a zero-width character hides a difference; line and paragraph separators break lines in the record.
     */
    static void requireValidFileName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_FILE_NAME || name.equals(".") || name.equals("..")
                || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.codePoints().anyMatch(UploadValidation::hidden)) {
            throw new FileNameInvalid(name);
        }
    }

    private static boolean hidden(int c) {
        int t = Character.getType(c);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || t == Character.UNASSIGNED || t == Character.PRIVATE_USE
                || t == Character.SURROGATE;
    }
}
