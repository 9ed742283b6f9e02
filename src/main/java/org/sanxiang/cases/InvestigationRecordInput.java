package org.sanxiang.cases;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * 询问笔录 / 现场检查(勘验)笔录: who was present and the certificate numbers they showed
 * (APL Art. 55), checked against each officer's certificate on {@code recordedOn}.
 */
public record InvestigationRecordInput(
        @NotNull Kind kind,
        @NotNull @PastOrPresent LocalDate recordedOn,
        @NotBlank @Size(max = 256) String place,
        @NotEmpty List<@NotNull Long> officerIds,
        @NotEmpty List<@NotBlank String> certificatesShown,
        @NotBlank String content) {

    public enum Kind {
        INQUIRY, ON_SITE_INSPECTION, OTHER
    }
}
