package org.sunlight.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/** S1 over JSON for anyone: published plans, a draw with its seed and files, results by name; refusals as problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RandomInspectionApiTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2060);

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Test
    void plansDrawsAndResultsAreReadAsJson() throws Exception {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        int year = YEARS.getAndIncrement();
        var drawId = InspectionSteps.aFinishedDraw(admin, year, LocalDate.now(clock), "3190.12");
        var first = db.sql(
                        """
                        select ic.subject_id, s.name, ic.identifier from inspection.inspection_case ic
                        join inspection.subject s on s.id = ic.subject_id where ic.draw_id = ?
                        order by ic.identifier limit 1
                        """)
                .param(drawId)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        admin.get("/console/inspection/draws/" + drawId);
        admin.postFormAndFollow(
                "/console/inspection/draws/" + drawId + "/subjects/" + first[0] + "/outcome",
                Map.of("outcome", "NO_PROBLEM", "note", "持证经营，卫生状况良好"));
        var anyone = StaffClient.anonymous(port);

        var plans = read(anyone.getJson("/api/public/random-inspection/plans"), 200);
        assertThat(plans.findValuesAsText("title")).contains(year + " 年度随机监督抽查计划");

        var draw = read(anyone.getJson("/api/public/random-inspection/draws/" + drawId), 200);
        var seed = db.sql("select seed from inspection.draw where id = ?")
                .param(drawId)
                .query(String.class)
                .single();
        assertThat(draw.at("/draw/seed").asText()).isEqualTo(seed);
        assertThat(draw.at("/draw/publicValue").asText()).isEqualTo("3190.12");
        assertThat(draw.at("/draw/files").toString()).contains("/outcome.txt").contains("/rematches.txt");
        assertThat(draw.get("results")).hasSize(draw.at("/draw/drawn").asInt());
        assertThat(draw.get("results").toString()).doesNotContain("inspector");

        var found = read(
                anyone.getJson("/api/public/random-inspection/results?q="
                        + URLEncoder.encode(first[1], StandardCharsets.UTF_8)),
                200);
        var mine = found.findParents("identifier").stream()
                .filter(node -> node.get("identifier").asText().equals(first[2]))
                .findFirst()
                .orElseThrow();
        assertThat(mine.get("outcome").asText()).isEqualTo("NO_PROBLEM");
        assertThat(mine.get("note").asText()).isEqualTo("持证经营，卫生状况良好");
        assertThat(mine.get("inspectedOn").asText())
                .isEqualTo(LocalDate.now(clock).toString());
    }

    @Test
    void badRequestsAreProblemsNamingTheParameter() throws Exception {
        var anyone = StaffClient.anonymous(port);
        assertProblem(anyone.getJson("/api/public/random-inspection/draws/" + UUID.randomUUID()), 404, null);
        assertProblem(anyone.getJson("/api/public/random-inspection/draws/not-a-draw"), 400, null);
        assertProblem(anyone.getJson("/api/public/random-inspection/results"), 400, "q");
        assertProblem(anyone.getJson("/api/public/random-inspection/results?q=" + "名".repeat(51)), 400, "q");
    }

    private JsonNode read(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private void assertProblem(HttpResponse<String> response, int status, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = json.readTree(response.body());
        assertThat(problem.get("detail").asText()).isNotBlank();
        if (field != null) {
            assertThat(problem.get("field").asText()).isEqualTo(field);
        }
    }
}
