package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.CaseSteps.deadline;
import static org.sunlight.CaseSteps.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.ReviewSteps;
import org.sunlight.StaffClient;
import org.sunlight.calendar.WorkingDays;

/**
 * Points of 行政处罚法 and 行政强制法 the procedures follow, each tried over the API: service recorded with its method and
 * the day of receipt, the payment clock only for what is paid, a warning closed on service, a reasoned refusal to file,
 * the 90-day limit extended until the decision by a stated length, a seizure extended once by at most 30 days.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PenaltyLawHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    Clock clock;

    private CaseSteps steps;
    private StaffClient officer;
    private StaffClient leader;
    private LocalDate today;

    @BeforeEach
    void staff() {
        steps = new CaseSteps(port, db);
        officer = steps.staff("qufu-officer");
        leader = steps.staff("qufu-leader");
        today = LocalDate.now(clock);
    }

    private UUID decided(String kind, String amount) throws Exception {
        var id = steps.open(
                officer, "GENERAL_PENALTY", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        steps.act(leader, id, "file", "{}");
        steps.act(officer, id, "begin-investigation", "{}");
        steps.act(officer, id, "conclude-investigation", "{}");
        steps.act(officer, id, "propose", proposal(kind, amount, false));
        steps.act(officer, id, "notify", "{}");
        steps.act(officer, id, "close-statement", "{\"waived\":true}");
        steps.act(leader, id, "decide", "{}");
        return id;
    }

    @Test
    void serviceIsRecordedWithItsMethodAndTheDayOfReceipt() throws Exception {
        // 行政处罚法 第六十一条
        var id = decided("FINE", "3000");
        var noMethod = steps.refused(officer, id, "serve", "{\"reason\":\"记录仪故障\",\"receivedOn\":\"" + today + "\"}");
        assertThat(noMethod.get("field").asText()).isEqualTo("serviceMethod");
        var noDay = steps.refused(officer, id, "serve", "{\"reason\":\"记录仪故障\",\"serviceMethod\":\"POST\"}");
        assertThat(noDay.get("field").asText()).isEqualTo("receivedOn");
        var future = steps.refused(
                officer,
                id,
                "serve",
                "{\"reason\":\"记录仪故障\",\"serviceMethod\":\"POST\",\"receivedOn\":\"" + today.plusDays(1) + "\"}");
        assertThat(future.get("field").asText()).isEqualTo("receivedOn");
        var electronic = steps.refused(
                officer,
                id,
                "serve",
                "{\"reason\":\"记录仪故障\",\"serviceMethod\":\"ELECTRONIC\",\"receivedOn\":\"" + today + "\"}");
        assertThat(electronic.get("field").asText()).isEqualTo("consented");
        assertThat(steps.stage(officer, id)).isEqualTo("decided");

        var served = steps.act(
                officer,
                id,
                "serve",
                "{\"reason\":\"记录仪故障\",\"serviceMethod\":\"ELECTRONIC\",\"consented\":true,\"receivedOn\":\"" + today
                        + "\"}");
        // 第六十七条: 15 days from receipt, moved past a holiday (民法典 第二百零三条)
        assertThat(deadline(served, "payment").get("startedOn").asText()).isEqualTo(today.toString());
        assertThat(deadline(served, "payment").get("dueOn").asText())
                .isEqualTo(workingDays.addCalendarDays(today, 15).due().toString());
        var act = served.get("acts").get(served.get("acts").size() - 1);
        assertThat(act.get("serviceMethod").asText()).isEqualTo("ELECTRONIC");
        assertThat(act.get("receivedOn").asText()).isEqualTo(today.toString());

        // a fine is carried out by payment or enforcement, not closed on service
        assertThat(steps.refused(leader, id, "close", "{}").get("rule").asText())
                .isEqualTo("NOTHING_TO_PAY");
    }

    @Test
    void aWarningStartsNoPaymentClockAndIsClosedOnService() throws Exception {
        var id = decided("WARNING", null);
        var served = steps.act(
                officer,
                id,
                "serve",
                "{\"reason\":\"记录仪故障\",\"serviceMethod\":\"DIRECT\",\"receivedOn\":\"" + today + "\"}");
        assertThat(deadline(served, "payment")).as("nothing to pay").isNull();
        assertThat(steps.act(leader, id, "close", "{}").get("stage").asText()).isEqualTo("closed");
    }

    @Test
    void notFilingACaseSaysWhy() throws Exception {
        var id = steps.open(officer, "GENERAL_PENALTY", false, steps.officerOf("qufu-officer"));
        assertThat(steps.refused(leader, id, "decline", "{}").get("rule").asText())
                .isEqualTo("REASON_GIVEN");
        assertThat(steps.act(leader, id, "decline", "{\"reason\":\"经核查不存在违法事实\"}")
                        .get("stage")
                        .asText())
                .isEqualTo("not-filed");
    }

    @Test
    void theNinetyDayLimitIsExtendedUntilTheDecisionByAStatedLength() throws Exception {
        // 行政处罚法 第六十条
        var id = steps.open(
                officer, "GENERAL_PENALTY", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        steps.act(leader, id, "file", "{}");
        steps.act(officer, id, "begin-investigation", "{}");
        steps.act(officer, id, "conclude-investigation", "{}");
        var filedOn = LocalDate.parse(
                deadline(steps.view(officer, id), "case-limit").get("startedOn").asText());

        var noLength = steps.refused(leader, id, "extend-limit", "{\"reason\":\"案情复杂需进一步调查\"}");
        assertThat(noLength.get("field").asText()).isEqualTo("days");
        // the leader approves an extension, not the officer
        steps.refused(officer, id, "extend-limit", "{\"reason\":\"案情复杂\",\"days\":30}");
        var extended = steps.act(leader, id, "extend-limit", "{\"reason\":\"案情复杂需进一步调查\",\"days\":30}");
        assertThat(LocalDate.parse(deadline(extended, "case-limit").get("dueOn").asText()))
                // 90 + 30 days from filing, moved off a rest day only at the end (民法典 第二百零三条)
                .isEqualTo(workingDays.addCalendarDays(filedOn, 120).due());
        assertThat(steps.stage(officer, id)).isEqualTo("case-discussion");
        assertThat(extended.get("acts").toString()).contains("extend-limit");
    }

    @Test
    void aSeizureIsExtendedOnceByAtMostThirtyDays() throws Exception {
        // 行政强制法 第二十五条
        var id = steps.open(
                officer, "COERCION", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        steps.act(officer, id, "propose", proposal("SEIZURE", null, false));
        steps.act(officer, id, "submit-for-review", "{}");
        ReviewSteps.agree(steps.staff("qufu-reviewer"), id);
        steps.act(leader, id, "seize", "{\"reason\":\"执法记录仪故障\"}");

        var tooLong = steps.refused(leader, id, "extend-seizure", "{\"reason\":\"需检测\",\"days\":31}");
        assertThat(tooLong.get("rule").asText()).isEqualTo("SEIZURE_EXTENDED_ONCE");
        steps.act(leader, id, "extend-seizure", "{\"reason\":\"需检测\",\"days\":30}");
        var again = steps.refused(leader, id, "extend-seizure", "{\"reason\":\"再延长\",\"days\":10}");
        assertThat(again.get("rule").asText()).isEqualTo("SEIZURE_EXTENDED_ONCE");
        assertThat(again.get("detail").asText()).contains("只能延长一次");
    }
}
