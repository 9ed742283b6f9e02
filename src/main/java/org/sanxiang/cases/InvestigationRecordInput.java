package org.sanxiang.cases;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * 询问笔录 / 现场检查(勘验)笔录: who was present and the certificate numbers they showed
 * (APL Art. 42, 55), checked against each officer's certificate on {@code recordedOn}.
 *
 * @param persons the natural persons the record names besides the officers (被询问人, 证人, 见证人,
 *                在场人); optional. Their names, and those the content labels (被询问人：…), never
 *                reach a publication (RULES §3).
 */
public record InvestigationRecordInput(
        @NotNull Kind kind,
        @NotNull @PastOrPresent LocalDate recordedOn,
        @NotBlank @Size(max = 256) String place,
        @NotEmpty List<@NotNull Long> officerIds,
        @NotEmpty List<@NotBlank String> certificatesShown,
        @NotBlank String content,
        @Size(max = 50) List<@Valid @NotNull Person> persons) {

    public InvestigationRecordInput {
        persons = persons == null ? List.of() : List.copyOf(persons);
    }

    /** A record without a list of named persons (the content's labels are still read). */
    public InvestigationRecordInput(Kind kind, LocalDate recordedOn, String place, List<Long> officerIds,
            List<String> certificatesShown, String content) {
        this(kind, recordedOn, place, officerIds, certificatesShown, content, List.of());
    }

    public enum Kind {
        INQUIRY, ON_SITE_INSPECTION, OTHER
    }

    /** A natural person a record names, by role. */
    public record Person(@NotBlank @Size(max = 64) String name, @NotNull Role role) {
    }

    public enum Role {
        /** 被询问人 */
        INTERVIEWEE,
        /** 证人 */
        WITNESS,
        /** 见证人、在场人 */
        PRESENT,
        OTHER
    }
}
