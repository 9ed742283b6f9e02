package org.sanxiang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-db")
class IdNumbersTest {

    @Test
    void acceptsTheGb11643SampleWithCheckDigitX() {
        assertThat(IdNumbers.checkDigitValid("11010519491231002X")).isTrue();
        assertThat(IdNumbers.checkDigitValid("11010519491231002x")).isTrue();
    }

    @Test
    void rejectsAWrongCheckDigitOrLength() {
        assertThat(IdNumbers.checkDigitValid("110105194912310021")).isFalse();
        assertThat(IdNumbers.checkDigitValid("11010519491231002")).isFalse();
        assertThat(IdNumbers.checkDigitValid("1101051949123100AX")).isFalse();
    }
}
