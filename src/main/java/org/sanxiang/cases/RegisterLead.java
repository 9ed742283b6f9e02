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
 * 案源登记: a lead with its source, matter, facts, party and proposed handlers.
 *
 * @param actDate              date of the act, or the end of a continuing act (APL Art. 36)
 * @param harmsLifeHealthOrFinance the act harmed life, health or financial safety: 5-year limitation (APL Art. 36)
 */
public record RegisterLead(
        @NotNull Long bodyId,
        @NotNull LeadSource source,
        @NotNull Long matterId,
        @NotBlank @Size(max = 4000) String facts,
        @PastOrPresent LocalDate actDate,
        @NotNull @PastOrPresent LocalDate discoveredOn,
        @Size(max = 256) String place,
        boolean harmsLifeHealthOrFinance,
        @NotNull @Valid PartyInput party,
        @NotEmpty List<@NotNull Long> handlerIds) {
}
