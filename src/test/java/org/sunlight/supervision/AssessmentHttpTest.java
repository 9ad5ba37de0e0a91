package org.sunlight.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;
import org.sunlight.cases.CaseOpened;
import org.sunlight.cases.ProcedureKind;

/**
 * The continuous part of the yearly assessment (A8) over real HTTP: every act counts — a complaint told in time, a
 * decision, an evaluated case file, an acknowledged flag each move the county's figures of the year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Autowired
    CaseRecords records;

    @Autowired
    StoredFlags storedFlags;

    @Test
    void theCountysFiguresOfTheYearCountEachRecordedAct() throws Exception {
        var year = LocalDate.now(clock).getYear();
        var steps = new ComplaintSteps(port, db);
        var qufu = steps.unit(ComplaintSteps.QUFU);
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");
        supervisor.get("/console");
        var before = county(supervisor, year, qufu);

        var filed = steps.fileAnonymously(StaffClient.anonymous(port), "执法人员未出示执法证件。");
        steps.act(supervisor, steps.idOf(filed.number()), "accept", form("note", "已受理。"));
        var archived = steps.anArchivedPenaltyCase(new CaseSteps(port, db).colleagueOf("qufu-officer"));
        var sample = JSON.readTree(supervisor
                .postJson(
                        "/api/supervision/evaluations/samples",
                        "{\"unitId\":\"%s\",\"year\":%d,\"size\":%d,\"seed\":1}"
                                .formatted(qufu, year, population(supervisor, qufu, year)))
                .body());
        var deductions = new StringBuilder();
        for (var code : CaseFileEvaluationHttpTest.JUDGED) {
            deductions
                    .append(deductions.isEmpty() ? "" : ",")
                    .append('"')
                    .append(code)
                    .append("\":0");
        }
        var scored = supervisor.postJson(
                "/api/supervision/evaluations/samples/" + sample.get("id").asText() + "/cases/" + archived,
                "{\"deducted\":{" + deductions + "}}");
        assertThat(scored.statusCode()).as(scored.body()).isEqualTo(201);
        var clue = UUID.randomUUID();
        records.on(new CaseOpened(
                clue,
                qufu,
                ProcedureKind.GENERAL_PENALTY,
                "clue",
                "qufu-officer",
                clock.instant().minus(Duration.ofDays(30))));
        storedFlags.refresh();
        var answered = supervisor.postJson(
                "/api/supervision/flags/answers",
                "{\"model\":\"CLUE_NOT_FILED_IN_TIME\",\"recordId\":\"%s\",\"decision\":\"ACKNOWLEDGED\",\"reason\":\"已督促立案\"}"
                        .formatted(clue));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);

        var after = county(supervisor, year, qufu);
        assertThat(after.get("complaintsReceived").asLong())
                .isEqualTo(before.get("complaintsReceived").asLong() + 1);
        assertThat(after.get("complaintsAcknowledgedInTime").asLong())
                .isEqualTo(before.get("complaintsAcknowledgedInTime").asLong() + 1);
        assertThat(after.get("decisions").asLong())
                .isEqualTo(before.get("decisions").asLong() + 1);
        assertThat(after.get("evaluatedFiles").asLong())
                .isEqualTo(before.get("evaluatedFiles").asLong() + 1);
        assertThat(after.get("flagsAcknowledged").asLong())
                .isEqualTo(before.get("flagsAcknowledged").asLong() + 1);

        var page = supervisor.get("/console/supervision/assessment?year=" + year);
        assertThat(page.body())
                .contains(
                        "平时考核数据",
                        "曲阜市卫生健康局",
                        "data-test=\"flags\">" + after.get("flagsAcknowledged").asLong() + "<");
        var tooEarly = supervisor.getJson("/api/supervision/assessment?year=1999");
        assertThat(tooEarly.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(tooEarly.body()).get("field").asText()).isEqualTo("year");
        assertThat(StaffClient.loggedIn(port, "qufu-officer")
                        .getJson("/api/supervision/assessment")
                        .statusCode())
                .isEqualTo(403);
    }

    private static JsonNode county(StaffClient supervisor, int year, UUID qufu) throws Exception {
        for (var row : JSON.readTree(
                supervisor.getJson("/api/supervision/assessment?year=" + year).body())) {
            if (row.get("unitId").asText().equals(qufu.toString())) {
                return row;
            }
        }
        throw new AssertionError("no figures for the county");
    }

    /** How many of the county's penalty files ended this year: the draw refuses more and names the number. */
    private static int population(StaffClient supervisor, UUID qufu, int year) throws Exception {
        var refused = supervisor.postJson(
                "/api/supervision/evaluations/samples",
                "{\"unitId\":\"%s\",\"year\":%d,\"size\":1000}".formatted(qufu, year));
        return Integer.parseInt(
                JSON.readTree(refused.body()).get("detail").asText().replaceAll("\\D+", ""));
    }
}
