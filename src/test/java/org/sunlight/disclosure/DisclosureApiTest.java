package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * Issue 15: the disclosure desk over JSON, with the console's rules, and refusals as problem+json with their status and
 * field; the case's JSON names its disclosure entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisclosureApiTest {

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Test
    void aDiscloserPublishesThroughTheApiAndIsRefusedProperly() throws Exception {
        var today = LocalDate.now(clock);
        var decided = new DisclosureFixtures(port, db, clock)
                .decided(
                        "某诊所使用非卫生技术人员" + UUID.randomUUID().toString().substring(0, 4),
                        "患者王建国（电话0537 3356485）在该所输液，护士李秀英操作。",
                        DisclosureFixtures.PERSON,
                        150);
        var entry = decided.entry().toString();
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console");

        var theCase = read(admin.getJson("/api/cases/" + decided.caseId()));
        assertThat(theCase.get("id").asText()).isEqualTo(decided.caseId().toString());
        assertThat(theCase.at("/disclosure/entryId").asText()).isEqualTo(entry);
        assertThat(theCase.at("/disclosure/href").asText()).isEqualTo("/api/disclosures/" + entry);

        var listed = read(admin.getJson("/api/disclosures?case=" + decided.caseId()));
        assertThat(listed.get("totalElements").asInt()).isEqualTo(1);
        assertThat(listed.at("/content/0/status").asText()).isEqualTo("PENDING");
        assertThat(listed.at("/content/0/overdue").asBoolean()).isFalse();
        assertThat(read(admin.getJson("/api/disclosures?overdue=true&case=" + decided.caseId()))
                        .get("totalElements")
                        .asInt())
                .isZero();
        assertThat(read(admin.getJson("/api/disclosures?status=PUBLISHED&case=" + decided.caseId()))
                        .get("totalElements")
                        .asInt())
                .isZero();
        assertProblem(admin.getJson("/api/disclosures?status=DONE"), 400, "status");
        assertProblem(admin.getJson("/api/disclosures?size=500"), 400, "size");

        var preview = read(admin.getJson("/api/disclosures/" + entry));
        assertThat(preview.get("original").asText()).contains("王建国", "李秀英", "0537 3356485");
        assertThat(preview.get("publicText").asText())
                .contains("患者王某", "护士李某", "0537-*******")
                .doesNotContain("王建国", "李秀英", "3356485");
        var patient = span(preview, "王建国");
        assertThat(patient.get("kind").asText()).isEqualTo("PERSON_NAME");
        assertThat(patient.get("kindLabel").asText()).isEqualTo("自然人姓名");
        assertThat(patient.get("source").asText()).isEqualTo("ROLE");
        assertThat(patient.get("cue").asText()).isEqualTo("患者");
        assertThat(patient.get("reason").asText()).isEqualTo("前有身份词“患者”");

        var early = admin.postJson("/api/disclosures/" + entry + "/publication", "{}");
        assertProblem(early, 409, null);
        assertThat(read(early).get("rule").asText()).isEqualTo("PartyNotToldYet");

        assertProblem(
                admin.postJson(
                        "/api/disclosures/" + entry + "/party-notice",
                        "{\"on\":\"" + today.plusDays(1) + "\",\"how\":\"当场告知\"}"),
                422,
                "on");
        assertProblem(
                admin.postJson(
                        "/api/disclosures/" + entry + "/party-notice", "{\"on\":\"" + today + "\",\"how\":\" \"}"),
                422,
                "how");
        var told = admin.postJson(
                "/api/disclosures/" + entry + "/party-notice", "{\"on\":\"" + today + "\",\"how\":\"当场告知\"}");
        assertThat(told.statusCode()).as(told.body()).isEqualTo(200);
        assertThat(read(told).get("partyNotifiedOn").asText()).isEqualTo(today.toString());

        assertProblem(
                admin.postJson(
                        "/api/disclosures/" + entry + "/redactions",
                        "{\"kind\":\"UNDO\",\"text\":\"11010519491231002X\"}"),
                422,
                "text");
        var masked = admin.postJson("/api/disclosures/" + entry + "/redactions", "{\"kind\":\"ADD\",\"text\":\"输液\"}");
        assertThat(masked.statusCode()).as(masked.body()).isEqualTo(201);
        assertThat(read(masked).get("publicText").asText()).contains("＊＊＊").doesNotContain("输液");
        var choiceId = read(masked).at("/choices/0/id").asText();
        var unmasked = admin.send(
                HttpRequest.newBuilder(admin.uri("/api/disclosures/" + entry + "/redactions/" + choiceId))
                        .header("X-CSRF-TOKEN", admin.csrfToken())
                        .header("Accept", "application/json")
                        .DELETE(),
                false);
        assertThat(unmasked.statusCode()).as(unmasked.body()).isEqualTo(200);
        assertThat(read(unmasked).get("publicText").asText()).contains("输液");

        var published = admin.postJson("/api/disclosures/" + entry + "/publication", "{}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        var resultId = read(published).get("resultId").asText();
        assertThat(StaffClient.location(published)).endsWith("/portal/results/" + resultId);
        assertThat(read(published).at("/entry/status").asText()).isEqualTo("PUBLISHED");
        assertProblem(admin.postJson("/api/disclosures/" + entry + "/publication", "{}"), 409, null);
        assertProblem(
                admin.postJson("/api/disclosures/" + entry + "/redactions", "{\"kind\":\"ADD\",\"text\":\"输液\"}"),
                409,
                null);
        var stored = db.sql("select public_text from disclosure.published_result where id = ?::uuid")
                .param(resultId)
                .query(String.class)
                .single();
        assertThat(stored).contains("患者王某").doesNotContain("王建国", "李秀英");

        assertProblem(
                admin.postJson("/api/disclosures/" + entry + "/corrections", "{\"text\":\"x\",\"reason\":\"笔误\"}"),
                422,
                "text");
        assertProblem(
                admin.postJson(
                        "/api/disclosures/" + entry + "/annotations",
                        "{\"on\":\"" + today + "\",\"proceeding\":\"APPEAL\",\"changed\":true,\"text\":\"改变\"}"),
                422,
                "proceeding");
        var annotated = admin.postJson(
                "/api/disclosures/" + entry + "/annotations",
                "{\"on\":\"" + today + "\",\"proceeding\":\"RECONSIDERATION\",\"changed\":false,\"text\":\"维持\"}");
        assertThat(annotated.statusCode()).as(annotated.body()).isEqualTo(201);

        var withdrawn = admin.postJson("/api/disclosures/" + entry + "/withdrawal", "{}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(read(withdrawn).get("status").asText()).isEqualTo("WITHDRAWN");
        assertProblem(admin.postJson("/api/disclosures/" + entry + "/withdrawal", "{}"), 409, null);
        assertThat(read(admin.getJson("/api/cases/" + decided.caseId()))
                        .at("/disclosure/status")
                        .asText())
                .isEqualTo("WITHDRAWN");

        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        assertThat(officer.postJson("/api/disclosures/" + entry + "/withdrawal", "{}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(admin.getJson("/api/disclosures/" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
    }

    private JsonNode read(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    private static JsonNode span(JsonNode preview, String text) {
        for (JsonNode span : preview.get("spans")) {
            if (span.get("text").asText().equals(text)) {
                return span;
            }
        }
        throw new AssertionError("no span " + text + " in " + preview.get("spans"));
    }

    private void assertProblem(HttpResponse<String> response, int status, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = read(response);
        assertThat(problem.get("detail").asText()).isNotBlank();
        if (field != null) {
            assertThat(problem.get("field").asText()).isEqualTo(field);
        }
    }
}
