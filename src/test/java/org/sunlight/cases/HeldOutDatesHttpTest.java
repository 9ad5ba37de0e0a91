package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.CaseSteps.deadline;
import static org.sunlight.CaseSteps.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunlight.DaysPassingTest;
import org.sunlight.ReviewSteps;
import org.sunlight.StaffClient;

/**
 * The clocks of the procedures on the days that trip them, with the holiday calendar the product ships (2024 to 2026;
 * it has no 2027 notice) and the application's clock set to those days: a document served on the Friday before
 * 春节 2026, whose 5-working-day window counts the worked Saturday (调休) before the holiday and runs past it; a
 * 15-day period to pay that ends on National Day 2026 and so ends on the first working day after it. The expected days
 * are written out from the State Council's notice, not computed by the product's calendar.
 *
 * <p>The cases are handled by officers whose certificates were valid on those days: the demo certificates are dated
 * from the day the demo data is seeded (one to four years back), so once the oldest of them postdates these days a
 * newer year's notice and newer days are needed; the first assertion of each test says so rather than a rule refusal.
 */
class HeldOutDatesHttpTest extends DaysPassingTest {

    /** Friday 13 February 2026: 春节 is off from Sunday 15 to Monday 23; Saturdays 14 and 28 are worked (调休). */
    private static final LocalDate FRIDAY_BEFORE_SPRING_FESTIVAL = LocalDate.of(2026, 2, 13);

    /** Five working days after it: Sat 14, Tue 24, Wed 25, Thu 26, Fri 27 (行政处罚法 第八十五条). */
    private static final LocalDate FIFTH_WORKING_DAY = LocalDate.of(2026, 2, 27);

    /** Wednesday 16 September 2026: fifteen days later is 1 October, National Day, off until Wednesday 7 October. */
    private static final LocalDate SERVED_MID_SEPTEMBER = LocalDate.of(2026, 9, 16);

    /** The first working day after National Day (民法典 第二百零三条). */
    private static final LocalDate AFTER_NATIONAL_DAY = LocalDate.of(2026, 10, 8);

    private StaffClient officer2;
    private UUID companion;

    @BeforeEach
    void officers() {
        officer2 = steps.staff("qufu-officer2");
        companion = db.sql(
                        """
                        select o.id from organization.officer o
                        join organization.user_account a on a.unit_id = o.unit_id and a.username = 'qufu-officer2'
                        where o.active and not o.revoked and o.annual_review_status = 'PASSED'
                          and 'PENALTY' = any(o.categories) and o.id <> a.officer_id
                          and o.issued_on <= :first and o.expires_on > :last
                        order by o.issued_on limit 1
                        """)
                .param("first", FRIDAY_BEFORE_SPRING_FESTIVAL.minusDays(4))
                .param("last", AFTER_NATIONAL_DAY.plusMonths(1))
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    /** The officer acting and the companion both held a certificate valid on the day (行政处罚法 第四十二条). */
    private void certifiedOn(LocalDate day) {
        var issued = db.sql("select o.issued_on from organization.officer o"
                        + " join organization.user_account a on a.officer_id = o.id where a.username = 'qufu-officer2'")
                .query(LocalDate.class)
                .single();
        assertThat(issued)
                .as(
                        "qufu-officer2's demo certificate must be valid on %s: load a newer holiday notice and use its days",
                        day)
                .isBeforeOrEqualTo(day);
        assertThat(companion)
                .as("an officer of 曲阜 certified for penalties on %s", day)
                .isNotNull();
    }

    /** A general penalty case of 曲阜 opened, filed and investigated today, a fine of 3,000 yuan proposed. */
    private UUID proposedFine() throws Exception {
        var id = steps.open(officer2, "GENERAL_PENALTY", false, steps.officerOf("qufu-officer2"), companion);
        steps.act(leader, id, "file", "{}");
        steps.act(officer2, id, "begin-investigation", "{}");
        steps.act(officer2, id, "conclude-investigation", "{}");
        steps.act(officer2, id, "propose", proposal("FINE", "3000", false));
        return id;
    }

    private static String servedOn(LocalDate day) {
        return "{\"serviceMethod\":\"DIRECT\",\"receivedOn\":\"" + day + "\"}";
    }

    @Test
    void theAdvanceNoticeServedOnTheFridayBeforeSpringFestivalLeavesFiveWorkingDaysCountingTheWorkedSaturday()
            throws Exception {
        certifiedOn(FRIDAY_BEFORE_SPRING_FESTIVAL.minusDays(4));
        passUntil(FRIDAY_BEFORE_SPRING_FESTIVAL.minusDays(4));
        var id = proposedFine();
        passUntil(FRIDAY_BEFORE_SPRING_FESTIVAL);
        var notified = steps.act(officer2, id, "notify", servedOn(FRIDAY_BEFORE_SPRING_FESTIVAL));
        var statement = deadline(notified, "statement");
        assertThat(statement.get("startedOn").asText()).isEqualTo("2026-02-13");
        assertThat(statement.get("dueOn").asText()).isEqualTo(FIFTH_WORKING_DAY.toString());

        // on the fifth working day the party may still state, defend and ask for a hearing
        passUntil(FIFTH_WORKING_DAY);
        var open = steps.refused(officer2, id, "close-statement", "{}");
        assertThat(open.get("rule").asText()).isEqualTo("STATEMENT_PERIOD_OVER");
        assertThat(open.get("detail").asText()).contains("2026-02-27");
        // the next day, itself a worked Saturday, the window is over
        passUntil(LocalDate.of(2026, 2, 28));
        assertThat(steps.act(officer2, id, "close-statement", "{}").get("stage").asText())
                .isEqualTo("decision-pending");
    }

    @Test
    void fifteenDaysToPayThatEndOnNationalDayEndOnTheEighthOfOctober() throws Exception {
        certifiedOn(SERVED_MID_SEPTEMBER.minusDays(2));
        passUntil(SERVED_MID_SEPTEMBER.minusDays(2));
        var id = proposedFine();
        steps.act(officer2, id, "notify", "{}");
        steps.act(officer2, id, "close-statement", "{\"waived\":true}");
        steps.act(leader, id, "decide", "{}");
        passUntil(SERVED_MID_SEPTEMBER);
        var served = steps.act(
                officer2,
                id,
                "serve",
                "{\"reason\":\"执法记录仪故障\",\"serviceMethod\":\"DIRECT\",\"receivedOn\":\"" + SERVED_MID_SEPTEMBER
                        + "\"}");
        var payment = deadline(served, "payment");
        assertThat(payment.get("startedOn").asText()).isEqualTo("2026-09-16");
        assertThat(payment.get("dueOn").asText()).isEqualTo(AFTER_NATIONAL_DAY.toString());

        // paying on 8 October is in time: no surcharge, nothing to urge
        passUntil(AFTER_NATIONAL_DAY);
        assertThat(new BigDecimal(steps.view(officer2, id).get("lateSurcharge").asText()))
                .isEqualByComparingTo("0");
        var early = steps.refused(officer2, id, "urge-payment", servedOn(AFTER_NATIONAL_DAY));
        assertThat(early.get("rule").asText()).isEqualTo("PAYMENT_OVERDUE");
        assertThat(early.get("detail").asText()).contains("2026-10-08");
        // 行政处罚法 第七十二条: from 9 October, 3 % of the fine a day
        passUntil(AFTER_NATIONAL_DAY.plusDays(1));
        assertThat(new BigDecimal(steps.view(officer2, id).get("lateSurcharge").asText()))
                .isEqualByComparingTo("90.00");
        assertThat(steps.act(officer2, id, "urge-payment", servedOn(today()))
                        .get("stage")
                        .asText())
                .isEqualTo("urged");
    }

    @Test
    void anApplicationReceivedOnTheFridayBeforeSpringFestivalIsAnsweredWithinFiveWorkingDaysOverTheHoliday()
            throws Exception {
        // 行政许可法 第三十二条: refused or corrected within 5 working days, or accepted from the day of receipt
        passUntil(FRIDAY_BEFORE_SPRING_FESTIVAL);
        var inTime = steps.open(
                officer, "LICENSING", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        var received = steps.act(officer, inTime, "receive", "{}");
        assertThat(deadline(received, "acceptance").get("dueOn").asText()).isEqualTo("2026-02-27");
        var late = steps.open(
                officer, "LICENSING", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        steps.act(officer, late, "receive", "{}");

        passUntil(FIFTH_WORKING_DAY);
        steps.act(officer, inTime, "request-correction", "{\"reason\":\"缺少从业人员健康合格证明\"}");

        passUntil(LocalDate.of(2026, 2, 28));
        var refused = steps.refused(officer, late, "request-correction", "{\"reason\":\"缺少从业人员健康合格证明\"}");
        assertThat(refused.get("rule").asText()).isEqualTo("ACCEPTANCE_IN_TIME");
        assertThat(refused.get("detail").asText()).contains("2026-02-27");
        // accepted from receipt: 20 working days from 13 February, the two worked Saturdays counted, end on 19 March
        var accepted = steps.act(officer, late, "accept", "{}");
        var limit = deadline(accepted, "licensing-decision");
        assertThat(limit.get("startedOn").asText()).isEqualTo("2026-02-13");
        assertThat(limit.get("dueOn").asText()).isEqualTo("2026-03-19");
    }

    @Test
    void aSeizureWhoseThirtyDaysEndOnNationalDayIsExtendedFromItsOwnEndNotFromTheDayItWasMovedTo() throws Exception {
        // 行政强制法 第二十五条: seized Tuesday 1 September 2026, the 30 days end on 1 October and so on 8 October
        var seizedOn = LocalDate.of(2026, 9, 1);
        certifiedOn(seizedOn);
        passUntil(seizedOn);
        var id = steps.open(officer2, "COERCION", false, steps.officerOf("qufu-officer2"), companion);
        steps.act(officer2, id, "propose", proposal("SEIZURE", null, false));
        steps.act(officer2, id, "submit-for-review", "{}");
        ReviewSteps.agree(steps.staff("qufu-reviewer"), id);
        var seized = steps.act(leader, id, "seize", "{\"reason\":\"执法记录仪故障\"}");
        assertThat(deadline(seized, "seizure").get("dueOn").asText()).isEqualTo("2026-10-08");

        // extended by 30 days: 30 after 1 October is Saturday 31 October, so Monday 2 November, not 7 November
        var extended = steps.act(leader, id, "extend-seizure", "{\"reason\":\"需调查产品来源\",\"days\":30}");
        assertThat(deadline(extended, "seizure").get("dueOn").asText()).isEqualTo("2026-11-02");
        assertThat(steps.document(id, "SEIZURE_EXTENSION_DECISION")).contains("2026-11-02");
    }
}
