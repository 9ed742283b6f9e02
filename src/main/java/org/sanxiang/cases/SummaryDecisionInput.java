package org.sanxiang.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * 简易程序 on-the-spot decision (APL Art. 51, 52): a warning, or a fine within the Art. 51 limits.
 */
public record SummaryDecisionInput(
        @NotNull Long bodyId,
        @NotNull Long matterId,
        @NotBlank @Size(max = 4000) String facts,
        @NotBlank @Size(max = 256) String place,
        @NotNull @PastOrPresent LocalDate decidedOn,
        @NotNull @Valid PartyInput party,
        @NotEmpty List<@NotNull Long> handlerIds,
        @NotNull PenaltyType penaltyType,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal fineAmount) {
}
