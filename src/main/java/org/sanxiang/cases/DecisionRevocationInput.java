package org.sanxiang.cases;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A decision of the case was changed, revoked, confirmed unlawful or void — by a reconsideration
 * decision, a judgment or the office's own correction (APL Art. 48 ¶2, 75).
 *
 * @param kind           how it fell
 * @param reason         why, as the public withdrawal notice states it
 * @param sourceDocument the document it fell by, e.g. 某府复决〔2026〕3号 行政复议决定书
 * @param effectiveOn    the day the office learned of it (the 3-working-day withdrawal starts); today when empty
 */
public record DecisionRevocationInput(
        @NotNull RevocationKind kind,
        @NotBlank @Size(max = 1000) String reason,
        @NotBlank @Size(max = 256) String sourceDocument,
        @PastOrPresent LocalDate effectiveOn) {
}
