package org.sanxiang.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sanxiang.publicity.PublicityProperties.NamePolicy;

@Tag("no-db")
class PublicityPolicyTest {

    static PublicityProperties properties(boolean publishWarningOnly) {
        return new PublicityProperties(NamePolicy.SURNAME_MOU, publishWarningOnly, new BigDecimal("10000"), Period.ofMonths(3),
                Period.ofYears(3));
    }

    @Test
    void warningOnlyDecisionIsBlockedWhenTheOfficeDoesNotPublishThem() {
        assertThat(Drafts.blockedByPolicy(List.of("WARNING"), properties(false))).isTrue();
        assertThat(Drafts.blockedByPolicy(List.of("WARNING"), properties(true))).isFalse();
        assertThat(Drafts.blockedByPolicy(List.of("WARNING", "FINE"), properties(false))).isFalse();
        assertThat(Drafts.blockedByPolicy(List.of(), properties(false))).isFalse();
    }

    @Test
    void lowFinesAreDisplayedThreeMonthsAndOthersThreeYears() {
        PublicityProperties p = properties(true);
        assertThat(p.displayFor(null)).isEqualTo(Period.ofMonths(3));
        assertThat(p.displayFor(new BigDecimal("9999.99"))).isEqualTo(Period.ofMonths(3));
        assertThat(p.displayFor(new BigDecimal("10000"))).isEqualTo(Period.ofMonths(3));
        assertThat(p.displayFor(new BigDecimal("10000.01"))).isEqualTo(Period.ofYears(3));
    }

    @Test
    void searchTermsAreLiteralsNotLikePatterns() {
        assertThat(PublicPortal.likeLiteral("100%_王\\")).isEqualTo("100\\%\\_王\\\\");
        assertThat(PublicPortal.likeLiteral("王某")).isEqualTo("王某");
    }
}
