package org.sanxiang.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates in Chinese numerals and amounts in capitals, at their edges (zeros inside and at the ends). */
class ChineseTextTest {

    @Test
    void writesDatesInChineseNumerals() {
        assertThat(ChineseText.date(LocalDate.of(2026, 11, 18))).isEqualTo("二〇二六年十一月十八日");
        assertThat(ChineseText.date(LocalDate.of(2030, 1, 1))).isEqualTo("二〇三〇年一月一日");
        assertThat(ChineseText.date(LocalDate.of(2026, 10, 10))).isEqualTo("二〇二六年十月十日");
        assertThat(ChineseText.date(LocalDate.of(2026, 12, 20))).isEqualTo("二〇二六年十二月二十日");
        assertThat(ChineseText.date(LocalDate.of(2026, 3, 31))).isEqualTo("二〇二六年三月三十一日");
        assertThat(ChineseText.date(null)).isNull();
    }

    @Test
    void writesAmountsInCapitals() {
        assertThat(ChineseText.capitals(new BigDecimal("6000"))).isEqualTo("陆仟元整");
        assertThat(ChineseText.capitals(new BigDecimal("50"))).isEqualTo("伍拾元整");
        assertThat(ChineseText.capitals(new BigDecimal("10001"))).isEqualTo("壹万零壹元整");
        assertThat(ChineseText.capitals(new BigDecimal("1010"))).isEqualTo("壹仟零壹拾元整");
        assertThat(ChineseText.capitals(new BigDecimal("100000"))).isEqualTo("壹拾万元整");
        assertThat(ChineseText.capitals(new BigDecimal("1234.56"))).isEqualTo("壹仟贰佰叁拾肆元伍角陆分");
        assertThat(ChineseText.capitals(new BigDecimal("200.05"))).isEqualTo("贰佰元零伍分");
        assertThat(ChineseText.capitals(new BigDecimal("0.5"))).isEqualTo("零元伍角");
    }
}
