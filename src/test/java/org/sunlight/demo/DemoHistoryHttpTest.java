package org.sunlight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.sunlight.Application;
import org.sunlight.StaffClient;

/**
 * A newcomer's first run: the product started on an empty data directory with the demo's history on (a few cases a
 * county, to be quick) fills up in the background, and then shows from the outside what the demo promises: published
 * results over the past year, last year's yearly report published by both demo counties, and work waiting for the
 * leader and the reviewer today, and seizures (查封、扣押) in each county taken through the coercion procedure.
 */
class DemoHistoryHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void theFirstRunShowsAYearOfHistory() throws Exception {
        try (var context = new SpringApplicationBuilder(Application.class)
                .run(
                        "--sunlight.test.shared-database=false",
                        "--sunlight.database.embedded.data-directory=" + data.resolve("postgres"),
                        "--sunlight.evidence.upload-directory=" + data.resolve("uploads"),
                        "--sunlight.evidence.store.local-directory=" + data.resolve("blobs"),
                        "--sunlight.demo-data.history.enabled=true",
                        "--sunlight.demo-data.history.cases-per-county=8",
                        "--server.port=0")) {
            var history = context.getBean(DemoHistory.class);
            var deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (!history.finished() && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            assertThat(history.finished())
                    .as("the history was generated within 5 minutes")
                    .isTrue();
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var today = LocalDate.now(context.getBean(Clock.class));
            var visitor = StaffClient.anonymous(port);

            // the portal's results: published over the past year, not all today
            var results = JSON.readTree(
                            visitor.getJson("/api/public/results?size=100").body())
                    .get("content");
            assertThat(results).as("published results").isNotEmpty();
            var decided = new ArrayList<LocalDate>();
            for (JsonNode result : results) {
                decided.add(LocalDate.parse(result.get("decidedOn").asText()));
            }
            assertThat(decided).allSatisfy(day -> assertThat(day).isBefore(today.plusDays(1)));
            assertThat(decided).as("decided over the past year").anySatisfy(day -> assertThat(day)
                    .isBefore(today.minusDays(30)));
            var portal = visitor.get("/portal/results").body();
            assertThat(portal).contains(results.get(0).get("title").asText());
            assertThat(portal).doesNotContain("暂无已公示的执法结果");
            // redacted through the disclosure pipeline: no citizen's ID number reaches the public text
            var idNumber = Pattern.compile("(?<![0-9A-Z])3708(81|83)(19|20)\\d{9}[0-9X](?![0-9A-Z])");
            assertThat(results).allSatisfy(result -> assertThat(
                            idNumber.matcher(result.get("publicText").asText()).find())
                    .isFalse());

            // last year's yearly report, published by both demo counties
            int lastYear = today.getYear() - 1;
            var reports = JSON.readTree(visitor.getJson("/api/public/annual-reports?year=" + lastYear)
                            .body())
                    .findValuesAsText("unitName");
            assertThat(reports).contains("曲阜市卫生健康局", "邹城市卫生健康局");
            assertThat(visitor.get("/portal/annual-reports").body()).contains(String.valueOf(lastYear));

            // today's work: the leader has a case waiting (批准立案), the reviewer a review
            var leader = StaffClient.loggedIn(port, "qufu-leader");
            assertThat(waiting(leader.get("/console").body()))
                    .as("cases waiting for the leader")
                    .isPositive();
            var reviewer = StaffClient.loggedIn(port, "qufu-reviewer");
            var queue = JSON.readTree(reviewer.getJson("/api/reviews").body());
            assertThat(queue.get("totalElements").asLong())
                    .as("reviews waiting")
                    .isPositive();

            // seizures (查封、扣押) in each county, taken through the coercion procedure and released: in 曲阜 one by the
            // leader's decision after the legal review (第十八条), elsewhere on the spot and reported (第十九条)
            for (var county : new String[] {"qufu", "zoucheng"}) {
                var staff = StaffClient.loggedIn(port, county + "-leader");
                var seizures = JSON.readTree(staff.getJson("/api/cases?procedure=COERCION&size=100")
                                .body())
                        .get("content");
                assertThat(seizures).as(county + "'s seizures").hasSizeGreaterThanOrEqualTo(2);
                assertThat(seizures.findValuesAsText("stage"))
                        .as(county + ": every seizure released")
                        .containsOnly("released");
                var acts = new ArrayList<String>();
                for (JsonNode seizure : seizures) {
                    JSON.readTree(staff.getJson(
                                            "/api/cases/" + seizure.get("id").asText())
                                    .body())
                            .get("acts")
                            .forEach(act -> acts.add(act.get("action").asText()));
                }
                assertThat(acts).as(county).contains("seize-on-the-spot", "report-to-leader", "release");
                if (county.equals("qufu")) {
                    assertThat(acts).contains("submit-for-review", "seize");
                }
            }
        }
    }

    private static int waiting(String console) {
        var matcher = Pattern.compile("待我办理的案件：(\\d+) 件").matcher(console);
        assertThat(matcher.find()).as("the console counts the waiting cases").isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
