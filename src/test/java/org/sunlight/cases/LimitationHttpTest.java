package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.sunlight.StaffClient;

/**
 * 行政处罚法 第三十六条 over the API: the offence's day is recorded when the case is opened, and an offence not discovered
 * within two years — five where citizens' life and health were harmed, counted from the end of a continuing act — is
 * not filed nor decided on the spot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LimitationHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    private CaseSteps steps;
    private StaffClient officer;
    private StaffClient leader;
    private UUID own;
    private UUID colleague;
    private LocalDate today;

    @BeforeEach
    void staff() {
        steps = new CaseSteps(port, db);
        officer = steps.staff("qufu-officer");
        leader = steps.staff("qufu-leader");
        own = steps.officerOf("qufu-officer");
        colleague = steps.colleagueOf("qufu-officer");
        today = LocalDate.now(clock);
    }

    private UUID opened(String procedure, String violation) throws Exception {
        var response = steps.openWithViolation(officer, procedure, violation, own, colleague);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return UUID.fromString(JSON.readTree(response.body()).get("id").asText());
    }

    private static String violation(LocalDate on, LocalDate endedOn, boolean continuing, boolean harmed) {
        return "{\"on\":\"%s\",%s\"continuing\":%s,\"healthHarmed\":%s}"
                .formatted(on, endedOn == null ? "" : "\"endedOn\":\"" + endedOn + "\",", continuing, harmed);
    }

    @Test
    void anOffenceUndiscoveredForMoreThanTwoYearsIsNotFiled() throws Exception {
        var on = today.minusYears(2).minusDays(1);
        var id = opened("GENERAL_PENALTY", violation(on, null, false, false));
        assertThat(steps.view(officer, id).get("violation").get("on").asText()).isEqualTo(on.toString());

        var refused = steps.refused(leader, id, "file", "{}");
        assertThat(refused.get("rule").asText()).isEqualTo("LIMITATION_NOT_EXPIRED");
        assertThat(refused.get("detail").asText())
                .contains("第三十六条")
                .contains(on.toString())
                .contains(on.plusYears(2).toString());
        assertThat(steps.stage(officer, id)).isEqualTo("clue");

        // the last day of the two years is still within them
        var lastDay = opened("GENERAL_PENALTY", violation(today.minusYears(2), null, false, false));
        assertThat(steps.act(leader, lastDay, "file", "{}").get("stage").asText())
                .isEqualTo("filed");
    }

    @Test
    void fiveYearsWhereLifeAndHealthWereHarmedAndAContinuingActCountsFromItsEnd() throws Exception {
        var harmed = opened("GENERAL_PENALTY", violation(today.minusYears(4), null, false, true));
        assertThat(steps.act(leader, harmed, "file", "{}").get("stage").asText())
                .isEqualTo("filed");

        var tooOld = opened("GENERAL_PENALTY", violation(today.minusYears(5).minusDays(1), null, false, true));
        assertThat(steps.refused(leader, tooOld, "file", "{}").get("rule").asText())
                .isEqualTo("LIMITATION_NOT_EXPIRED");

        var continuing = opened("GENERAL_PENALTY", violation(today.minusYears(4), today.minusYears(1), true, false));
        assertThat(steps.act(leader, continuing, "file", "{}").get("stage").asText())
                .isEqualTo("filed");

        var stillGoingOn = opened("GENERAL_PENALTY", violation(today.minusYears(6), null, true, false));
        assertThat(steps.act(leader, stillGoingOn, "file", "{}").get("stage").asText())
                .isEqualTo("filed");
    }

    @Test
    void theSimpleProcedureChecksTheLimitationBeforeTellingTheParty() throws Exception {
        var id = opened("SIMPLE_PENALTY", violation(today.minusYears(3), null, false, false));
        var refused = steps.refused(
                officer,
                id,
                "inform-on-the-spot",
                "{\"proposal\":{\"kind\":\"WARNING\",\"text\":\"警告\"},\"companionId\":\"%s\",\"note\":\"告知\"}"
                        .formatted(colleague));
        assertThat(refused.get("rule").asText()).isEqualTo("LIMITATION_NOT_EXPIRED");
    }

    @Test
    void daysInTheFutureOrAnEndBeforeTheStartAreRefusedNamingTheField() throws Exception {
        var future = steps.openWithViolation(
                officer, "GENERAL_PENALTY", violation(today.plusDays(1), null, false, false), own, colleague);
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(future.body()).get("field").asText()).isEqualTo("violation.on");

        var endBeforeStart = steps.openWithViolation(
                officer,
                "GENERAL_PENALTY",
                violation(today.minusDays(10), today.minusDays(20), true, false),
                own,
                colleague);
        assertThat(endBeforeStart.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(endBeforeStart.body()).get("field").asText()).isEqualTo("violation.endedOn");

        var endWithoutContinuing = steps.openWithViolation(
                officer,
                "GENERAL_PENALTY",
                violation(today.minusDays(20), today.minusDays(10), false, false),
                own,
                colleague);
        assertThat(endWithoutContinuing.statusCode()).isEqualTo(400);
    }
}
