package org.sunlight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;

/**
 * Issue 14, item 7: a client that lost the answer to a POST retries it with the same {@code Idempotency-Key} and the
 * product acts once: the retry gets the first answer, marked as replayed; two retries racing act once; the same key
 * for another request, or a key the product cannot honour, is refused with the header named.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdempotencyKeyHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void aRetriedOpeningAndARetriedActActOnce() throws Exception {
        var steps = new CaseSteps(port, db);
        var officer = steps.staff("qufu-officer");
        var title = "幂等 " + UUID.randomUUID();
        var body = opening(steps, title);
        var key = UUID.randomUUID().toString();

        var first = officer.postJson("/api/cases", body, key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        var retry = officer.postJson("/api/cases", body, key);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(cases(title))
                .as("one case, however often the answer was lost")
                .isEqualTo(1);

        var other = officer.postJson("/api/cases", opening(steps, title + " 另一件"), key);
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(other.body()).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(cases(title + " 另一件")).isZero();

        var id = JSON.readTree(first.body()).get("id").asText();
        var leader = steps.staff("qufu-leader");
        var actKey = UUID.randomUUID().toString();
        var filed = leader.postJson("/api/cases/" + id + "/actions/file", "{}", actKey);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        var again = leader.postJson("/api/cases/" + id + "/actions/file", "{}", actKey);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(acts(id, "file")).isEqualTo(1);
        var withoutKey = leader.postJson("/api/cases/" + id + "/actions/file", "{}");
        assertThat(withoutKey.statusCode())
                .as("without a key a second filing is refused by the procedure, not replayed")
                .isEqualTo(409);
    }

    @Test
    void retriesRacingWithOneKeyActOnce() throws Exception {
        var steps = new CaseSteps(port, db);
        var officer = steps.staff("qufu-officer");
        var title = "并发幂等 " + UUID.randomUUID();
        var body = opening(steps, title);
        var key = UUID.randomUUID().toString();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(6);
        var answers = new ArrayList<Future<HttpResponse<String>>>();
        try {
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return officer.postJson("/api/cases", body, key);
                }));
            }
            start.countDown();
            for (var answer : answers) {
                var response = answer.get(60, TimeUnit.SECONDS);
                // the first answer, replayed, or "still running: look before you retry"
                assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
                if (response.statusCode() == 409) {
                    assertThat(JSON.readTree(response.body()).get("field").asText())
                            .isEqualTo("Idempotency-Key");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cases(title)).isEqualTo(1);
    }

    @Test
    void aKeyTheProductCannotHonourIsRefusedWithTheHeaderNamed() throws Exception {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        for (var bad : new String[] {"with space", "x".repeat(101), ""}) {
            var response = officer.postJson("/api/cases", "{}", bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("field").asText()).isEqualTo("Idempotency-Key");
        }
    }

    private static String opening(CaseSteps steps, String title) {
        return """
                {"procedure":"GENERAL_PENALTY","title":"%s",
                 "parties":[{"kind":"ORGANISATION","name":"曲阜市某诊所","identity":"%s"}],
                 "officerIds":["%s","%s"]}
                """
                .formatted(
                        title,
                        CaseSteps.CLINIC_CODE,
                        steps.officerOf("qufu-officer"),
                        steps.colleagueOf("qufu-officer"));
    }

    private long cases(String title) {
        return db.sql("select count(*) from cases.enforcement_case where title = ?")
                .param(title)
                .query(Long.class)
                .single();
    }

    private long acts(String caseId, String action) {
        return db.sql("select count(*) from cases.case_act where case_id = ?::uuid and action = ?")
                .params(caseId, action)
                .query(Long.class)
                .single();
    }
}
