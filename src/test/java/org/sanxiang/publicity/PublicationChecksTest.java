package org.sanxiang.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sanxiang.publicity.PublicityProblems.BlockReasonRequired;

/** The outcome of a redaction check (OGI Art. 14–15), without Spring. */
@Tag("no-db")
class PublicationChecksTest {

    @Test
    void anApprovedCheckPublishes() {
        assertThat(PublicationChecks.outcome(true, false, null)).isNull();
        assertThat(PublicationChecks.outcome(true, false, BlockReason.PRIVACY)).as("a reason given with an approval is ignored")
                .isNull();
    }

    @Test
    void aMinorPartyBlocksEvenAnApprovedCheck() {
        assertThat(PublicationChecks.outcome(true, true, null)).isEqualTo(BlockReason.MINOR);
        assertThat(PublicationChecks.outcome(false, true, BlockReason.TRADE_SECRET)).isEqualTo(BlockReason.MINOR);
    }

    @Test
    void aRejectionNeedsItsReason() {
        assertThatThrownBy(() -> PublicationChecks.outcome(false, false, null)).isInstanceOf(BlockReasonRequired.class);
        assertThat(PublicationChecks.outcome(false, false, BlockReason.STATE_SECRET)).isEqualTo(BlockReason.STATE_SECRET);
    }

    @Test
    void reasonLabelsComeFromTheBundle() {
        assertThat(BlockReason.MINOR.label()).isEqualTo("当事人为未成年人");
        assertThat(WithdrawalReason.VOID.label()).isEqualTo("行政处罚决定被确认无效");
        assertThat(PublicityTexts.text("record.publication.published", "罚〔2025〕1号", "（逾期）", "2025-06-03"))
                .isEqualTo("行政执法决定 罚〔2025〕1号 已向社会公示（逾期），公示至 2025-06-03");
    }
}
