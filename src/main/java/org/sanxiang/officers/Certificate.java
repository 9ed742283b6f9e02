package org.sanxiang.officers;

import java.time.LocalDate;
import java.util.Arrays;

/** An administrative-enforcement certificate (行政执法证). */
public record Certificate(long id, long officerId, String number, String issuingAuthority, String fields, String area,
        LocalDate validFrom, LocalDate validTo, String status) {

    /** Valid on {@code date} for the given field and area (APL Art. 42; RULES §6). */
    public boolean covers(String field, String actArea, LocalDate date) {
        return "VALID".equals(status)
                && !date.isBefore(validFrom) && !date.isAfter(validTo)
                && area.equals(actArea)
                && Arrays.stream(fields.split(",")).map(String::trim).anyMatch(field::equals);
    }
}
