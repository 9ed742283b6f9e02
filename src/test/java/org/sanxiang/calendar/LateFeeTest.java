package org.sanxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** APL Art. 72: 3 % of the fine per day late, never more than the fine. */
@Tag("no-db")
class LateFeeTest {

    private static final LocalDate DUE = LocalDate.of(2025, 10, 11);
    private static final BigDecimal FINE = new BigDecimal("1000.00");

    private final Deadlines deadlines = new Deadlines(null, RealHolidays.calendar(true),
            new CalendarProperties(true, "classpath:holidays/*.json", ZoneId.of("Asia/Shanghai")),
            Clock.system(ZoneId.of("Asia/Shanghai")));

    @Test
    void chargesNothingWhenPaidOnTheDueDay() {
        assertThat(deadlines.lateFee(FINE, DUE, DUE)).isEqualByComparingTo("0");
        assertThat(deadlines.lateFee(FINE, DUE, DUE.minusDays(3))).isEqualByComparingTo("0");
    }

    @Test
    void chargesThreePercentPerCalendarDayBelowTheCap() {
        assertThat(deadlines.lateFee(FINE, DUE, DUE.plusDays(1))).isEqualByComparingTo("30.00");
        assertThat(deadlines.lateFee(FINE, DUE, DUE.plusDays(33))).isEqualByComparingTo("990.00");
    }

    @Test
    void capsLateFeeAtTheFine() {
        // day 34 would be 1,020: capped at the fine
        assertThat(deadlines.lateFee(FINE, DUE, DUE.plusDays(34))).isEqualByComparingTo("1000.00");
        assertThat(deadlines.lateFee(FINE, DUE, DUE.plusDays(400))).isEqualByComparingTo("1000.00");
    }

    @Test
    void reachesTheCapExactlyWhenThreePercentStepsLandOnIt() {
        // 300 yuan: 9 yuan a day; 33 days = 297, 34 days = 306 -> 300
        assertThat(deadlines.lateFee(new BigDecimal("300"), DUE, DUE.plusDays(33))).isEqualByComparingTo("297");
        assertThat(deadlines.lateFee(new BigDecimal("300"), DUE, DUE.plusDays(34))).isEqualByComparingTo("300");
    }

    @Test
    void rejectsMissingOrNonPositiveFine() {
        assertThatThrownBy(() -> deadlines.lateFee(BigDecimal.ZERO, DUE, DUE.plusDays(1)))
                .isInstanceOfSatisfying(LateFeeInputInvalid.class, e -> assertThat(e.article()).isEqualTo("APL Art. 72"));
        assertThatThrownBy(() -> deadlines.lateFee(FINE, null, DUE)).isInstanceOf(LateFeeInputInvalid.class);
    }
}
