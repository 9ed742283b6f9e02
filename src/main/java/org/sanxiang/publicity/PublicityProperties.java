package org.sanxiang.publicity;

import java.math.BigDecimal;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * How this office publishes decisions (G118; RULES §3). The publication deadlines themselves are the
 * calendar's rules {@code publication-penalty} (7 working days) and {@code publication-other} (20).
 *
 * @param partyNamePolicy        natural-person parties: FULL_NAME, or SURNAME_MOU (王某某 → 王某), the default
 * @param publishWarningOnly     publish decisions whose only penalty is a warning (the market-regulator
 *                               rule publishes none: set false)
 * @param lowFineLimit           fines up to this amount (yuan, inclusive) count as low
 * @param lowFineDisplay         display period of low-fine and no-fine decisions (default 3 months)
 * @param displayPeriod          display period of every other decision (default 3 years)
 */
@Validated
@ConfigurationProperties("sanxiang.publicity")
public record PublicityProperties(
        @DefaultValue("SURNAME_MOU") @NotNull NamePolicy partyNamePolicy,
        @DefaultValue("true") boolean publishWarningOnly,
        @DefaultValue("10000") @NotNull BigDecimal lowFineLimit,
        @DefaultValue("P3M") @NotNull Period lowFineDisplay,
        @DefaultValue("P3Y") @NotNull Period displayPeriod) {

    /** How a natural-person party is named in a publication. */
    public enum NamePolicy {
        FULL_NAME, SURNAME_MOU
    }

    /** The display period of a decision with this fine (null: no fine). */
    public Period displayFor(BigDecimal fine) {
        return fine == null || fine.compareTo(lowFineLimit) <= 0 ? lowFineDisplay : displayPeriod;
    }
}
