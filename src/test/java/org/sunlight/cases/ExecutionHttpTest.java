package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sunlight.CaseSteps;
import org.sunlight.DaysPassingTest;

/**
 * The execution of a fine not paid (行政强制法 第五十三条、第五十四条, 行政处罚法 第七十二条), over the API with days passing
 * on the application's clock: the written 催告 once the period to pay is over, the application to the court ten days
 * after the 催告书 reached the party and once the periods of reconsideration (60 days) and suit (6 months) have passed,
 * within the three months that follow, the surcharge of 3 % a day up to the fine, and a case closed only when the
 * decision was fulfilled, enforced, or its execution lawfully ended.
 */
class ExecutionHttpTest extends DaysPassingTest {

    /** A fine (or a warning) decided and served on the party today, by hand. */
    private UUID served(String kind, String amount) throws Exception {
        var id = steps.inDiscussion(officer, leader);
        steps.act(officer, id, "propose", CaseSteps.proposal(kind, amount, false));
        steps.act(officer, id, "notify", "{}");
        steps.act(officer, id, "close-statement", "{\"waived\":true}");
        steps.act(leader, id, "decide", "{}");
        steps.act(
                officer,
                id,
                "serve",
                "{\"reason\":\"执法记录仪故障\",\"serviceMethod\":\"DIRECT\",\"receivedOn\":\"" + today() + "\"}");
        return id;
    }

    private LocalDate paymentDue(UUID id) throws Exception {
        return LocalDate.parse(CaseSteps.deadline(steps.view(officer, id), "payment")
                .get("dueOn")
                .asText());
    }

    /** 行政强制法 第五十三条: the day after the periods to pay, to ask for reconsideration and to sue have all ended. */
    private LocalDate windowOpens(LocalDate received, LocalDate paymentDue) {
        var reconsideration = workingDays.addCalendarDays(received, 60).due();
        var suit = received.plusMonths(6);
        while (!workingDays.isWorkingDay(suit)) {
            suit = suit.plusDays(1);
        }
        var end = paymentDue;
        for (var day : new LocalDate[] {reconsideration, suit}) {
            end = day.isAfter(end) ? day : end;
        }
        return end.plusDays(1);
    }

    private String urged() {
        return "{\"serviceMethod\":\"DIRECT\",\"receivedOn\":\"" + today() + "\"}";
    }

    @Test
    void anUnpaidFineIsUrgedThenEnforcedByTheCourtWithinItsWindowAndTheCaseClosed() throws Exception {
        var received = today();
        var id = served("FINE", "3000");
        var due = paymentDue(id);
        // the court is not applied to the day the decision is served
        assertThat(steps.view(officer, id).get("actions").toString()).doesNotContain("apply-to-court");
        steps.refused(leader, id, "apply-to-court", "{}");
        var early = steps.refused(officer, id, "urge-payment", urged());
        assertThat(early.get("rule").asText()).isEqualTo("PAYMENT_OVERDUE");
        assertThat(early.get("detail").asText()).contains(due.toString());

        // 第七十二条: 3 % of the fine a day from the day after the period
        passUntil(due.plusDays(2));
        assertThat(new BigDecimal(steps.view(officer, id).get("lateSurcharge").asText()))
                .isEqualByComparingTo("180.00");
        var reminded = steps.act(officer, id, "urge-payment", urged());
        assertThat(reminded.get("stage").asText()).isEqualTo("urged");
        assertThat(steps.document(id, "PAYMENT_REMINDER"))
                .contains("催告书")
                .contains("第五十四条")
                .contains("180.00");

        var tooSoon = steps.refused(leader, id, "apply-to-court", "{}");
        assertThat(tooSoon.get("rule").asText()).isEqualTo("REMINDER_PERIOD_PASSED");
        passUntil(workingDays.addWorkingDays(today(), 10).due().plusDays(1));
        var opens = windowOpens(received, due);
        var beforeSuit = steps.refused(leader, id, "apply-to-court", "{}");
        assertThat(beforeSuit.get("rule").asText()).isEqualTo("ENFORCEMENT_WINDOW");
        assertThat(beforeSuit.get("detail").asText()).contains(opens.toString()).contains("六个月");

        passUntil(opens);
        var applied = steps.act(leader, id, "apply-to-court", "{}");
        assertThat(applied.get("stage").asText()).isEqualTo("enforcement-applied");
        // never more than the fine itself
        assertThat(steps.document(id, "ENFORCEMENT_APPLICATION"))
                .contains("强制执行申请书")
                .contains("第五十三条")
                .contains("3000.00");
        assertThat(applied.get("actions").toString()).doesNotContain("\"close\"");

        assertThat(steps.refused(officer, id, "record-enforcement", "{}")
                        .get("rule")
                        .asText())
                .isEqualTo("REASON_GIVEN");
        steps.act(officer, id, "record-enforcement", "{\"reason\":\"曲阜市人民法院执行完毕，罚款及加处罚款已划缴\"}");
        assertThat(steps.act(leader, id, "close", "{}").get("stage").asText()).isEqualTo("closed");
    }

    @Test
    void aWindowMissedIsRefusedAndTheExecutionEndsOnlyWithAReason() throws Exception {
        var received = today();
        var id = served("FINE", "3000");
        var due = paymentDue(id);
        passUntil(due.plusDays(1));
        steps.act(officer, id, "urge-payment", urged());
        var opens = windowOpens(received, due);
        passUntil(opens.minusDays(1).plusMonths(3).plusDays(1));
        var late = steps.refused(leader, id, "apply-to-court", "{}");
        assertThat(late.get("rule").asText()).isEqualTo("ENFORCEMENT_WINDOW");
        assertThat(late.get("detail").asText()).contains("三个月");
        // a fine unpaid is not closed as if carried out
        steps.refused(leader, id, "close", "{}");
        assertThat(steps.refused(leader, id, "end-execution", "{}").get("rule").asText())
                .isEqualTo("REASON_GIVEN");
        var ended = steps.act(leader, id, "end-execution", "{\"reason\":\"当事人已注销，无财产可供执行（行政强制法第四十条）\"}");
        assertThat(ended.get("stage").asText()).isEqualTo("execution-ended");
        assertThat(steps.document(id, "EXECUTION_END_APPROVAL")).contains("无财产可供执行");
        assertThat(steps.act(leader, id, "close", "{}").get("stage").asText()).isEqualTo("closed");
    }

    @Test
    void aFinePaidAfterTheReminderCarriesTheSurchargeToTheDayOfPayment() throws Exception {
        var id = served("FINE", "3000");
        var due = paymentDue(id);
        passUntil(due.plusDays(1));
        steps.act(officer, id, "urge-payment", urged());
        passUntil(due.plusDays(4));
        var paid = steps.act(officer, id, "record-payment", "{}");
        assertThat(paid.get("stage").asText()).isEqualTo("executed");
        clock.passDays(30);
        assertThat(new BigDecimal(steps.view(officer, id).get("lateSurcharge").asText()))
                .isEqualByComparingTo("360.00");
        assertThat(steps.act(leader, id, "close", "{}").get("stage").asText()).isEqualTo("closed");
    }

    @Test
    void aWarningHasNothingToUrge() throws Exception {
        var id = served("WARNING", null);
        clock.passDays(30);
        var refused = steps.refused(officer, id, "urge-payment", urged());
        assertThat(refused.get("rule").asText()).isEqualTo("PAYMENT_OVERDUE");
        assertThat(refused.get("detail").asText()).contains("无需催告");
    }
}
