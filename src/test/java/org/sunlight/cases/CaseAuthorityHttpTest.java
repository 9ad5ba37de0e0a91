package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;

/** Who may act in a case (issue 14's authorisation matrix): officers open cases; superior units read, never act. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseAuthorityHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void onlyAnOfficerOpensACase() throws Exception {
        var steps = new CaseSteps(port, db);
        for (var username : new String[] {"qufu-supervisor", "qufu-reviewer", "qufu-admin"}) {
            var response = steps.staff(username)
                    .postJson(
                            "/api/cases",
                            """
                            {"procedure":"GENERAL_PENALTY","title":"越权立案",
                             "parties":[{"kind":"ORGANISATION","name":"某诊所","identity":"91350100M000100Y43"}]}
                            """);
            assertThat(response.statusCode())
                    .as(username + ": " + response.body())
                    .isEqualTo(403);
        }
    }

    @Test
    void aSuperiorUnitReadsACountyCaseButDoesNotActInIt() throws Exception {
        var steps = new CaseSteps(port, db);
        var officer = steps.staff("qufu-officer");
        var id = steps.open(
                officer, "GENERAL_PENALTY", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));

        var cityLeader = steps.staff("city-leader");
        assertThat(cityLeader.getJson("/api/cases/" + id).statusCode()).isEqualTo(200);
        var refused = steps.refused(cityLeader, id, "file", "{}");
        assertThat(refused.get("rule").asText()).isEqualTo("OWN_UNIT_ACTS");
        assertThat(steps.refused(steps.staff("province-leader"), id, "decline", "{\"reason\":\"不予立案\"}")
                        .get("rule")
                        .asText())
                .isEqualTo("OWN_UNIT_ACTS");
        assertThat(steps.stage(officer, id)).isEqualTo("clue");
        assertThat(steps.act(steps.staff("qufu-leader"), id, "file", "{}")
                        .get("stage")
                        .asText())
                .isEqualTo("filed");
    }
}
