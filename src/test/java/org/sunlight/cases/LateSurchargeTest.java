package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 行政处罚法 第七十二条: a fine paid late costs 3 % of it a day, never more than the fine. */
class LateSurchargeTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 16);

    @Test
    void paidOnTimeCostsNothingMore() {
        assertThat(CaseView.lateSurcharge(new BigDecimal("2000"), payment(DUE), DUE.plusDays(30)))
                .isEqualByComparingTo("0");
    }

    @Test
    void eachDayLateAddsThreePercent() {
        assertThat(CaseView.lateSurcharge(new BigDecimal("2000"), payment(DUE.plusDays(5)), DUE.plusDays(30)))
                .isEqualByComparingTo("300.00");
    }

    @Test
    void anUnpaidFineRunsUpToItsOwnAmountAndNoFurther() {
        assertThat(CaseView.lateSurcharge(new BigDecimal("2000"), payment(null), DUE.plusDays(10)))
                .isEqualByComparingTo("600.00");
        assertThat(CaseView.lateSurcharge(new BigDecimal("2000"), payment(null), DUE.plusDays(60)))
                .isEqualByComparingTo("2000.00");
    }

    @Test
    void aWarningHasNoSurcharge() {
        assertThat(CaseView.lateSurcharge(null, payment(null), DUE.plusDays(60)))
                .isEqualByComparingTo("0");
    }

    private static List<CaseView.Deadline> payment(LocalDate paidOn) {
        return List.of(new CaseView.Deadline("payment", "行政处罚法第六十七条", DUE.minusDays(15), DUE, false, paidOn));
    }
}
