package org.sunlight.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.evidence.EvidenceFixtures.JSON;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;
import org.sunlight.platform.IntegrityCheck;
import org.sunlight.platform.IntegrityProblem;

/**
 * R3/R5 over real HTTP: a file sent in chunks is stored by its SHA-256 with who, when, which step and its detected
 * type; a wrong offset is refused; a connection cut mid-chunk keeps what arrived and the upload resumes; content is
 * served by byte range; another county sees nothing; the integrity check finds a changed or missing file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    List<IntegrityCheck> checks;

    EvidenceFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new EvidenceFixtures(port, db);
    }

    @Test
    void aFileSentInChunksIsStoredByItsHashAndServedByRange() throws Exception {
        var officer = fixtures.staff("qufu-officer");
        var caseId = fixtures.caseInInvestigation(officer, fixtures.staff("qufu-leader"));
        var content = EvidenceFixtures.video(3 * 1024 * 1024 + 17);
        var location = fixtures.start(officer, caseId, "询问录像.mp4", content.length, "inquire");
        assertThat(location).startsWith("/api/evidence/uploads/");

        var first = fixtures.patch(officer, location, 0, Arrays.copyOfRange(content, 0, 2 * 1024 * 1024));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue("Upload-Offset")).hasValue(Integer.toString(2 * 1024 * 1024));
        assertThat(JSON.readTree(first.body()).get("complete").asBoolean()).isFalse();

        var wrongOffset = fixtures.patch(officer, location, 1000, new byte[10]);
        assertThat(wrongOffset.statusCode()).isEqualTo(409);
        assertThat(wrongOffset.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = JSON.readTree(wrongOffset.body());
        assertThat(problem.get("field").asText()).isEqualTo("Upload-Offset");
        assertThat(problem.get("detail").asText()).contains("2097152");

        var tooMuch =
                fixtures.patch(officer, location, 2 * 1024 * 1024, new byte[content.length - 2 * 1024 * 1024 + 1]);
        assertThat(tooMuch.statusCode()).isEqualTo(413);

        var last = fixtures.patch(
                officer, location, 2 * 1024 * 1024, Arrays.copyOfRange(content, 2 * 1024 * 1024, content.length));
        assertThat(last.statusCode()).as(last.body()).isEqualTo(200);
        var done = JSON.readTree(last.body());
        assertThat(done.get("complete").asBoolean()).isTrue();
        assertThat(done.get("sha256").asText()).isEqualTo(EvidenceFixtures.sha256(content));

        var files = JSON.readTree(
                officer.getJson("/api/cases/" + caseId + "/evidence").body());
        assertThat(files).hasSize(1);
        var file = files.get(0);
        assertThat(file.get("fileName").asText()).isEqualTo("询问录像.mp4");
        assertThat(file.get("sha256").asText()).isEqualTo(EvidenceFixtures.sha256(content));
        assertThat(file.get("size").asLong()).isEqualTo(content.length);
        assertThat(file.get("mediaType").asText()).isEqualTo("video/mp4");
        assertThat(file.get("uploadedBy").asText()).isEqualTo("qufu-officer");
        assertThat(file.get("stage").asText()).isEqualTo("investigation");
        assertThat(file.get("action").asText()).isEqualTo("inquire");
        assertThat(file.get("capturedAt").asText()).isEqualTo("2026-01-05T01:30:00Z");
        var stored = Path.of("target/evidence/blobs")
                .resolve(done.get("sha256").asText().substring(0, 2))
                .resolve(done.get("sha256").asText().substring(2, 4))
                .resolve(done.get("sha256").asText());
        assertThat(stored).exists().hasSize(content.length);

        var fileId = file.get("id").asText();
        var rangeBytes = officer.download("/api/evidence/" + fileId + "/content");
        assertThat(rangeBytes.statusCode()).isEqualTo(200);
        assertThat(rangeBytes.body()).isEqualTo(content);
        assertThat(rangeBytes.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        var partial = downloadRange(officer, "/api/evidence/" + fileId + "/content", "bytes=1000000-1000099");
        assertThat(partial.statusCode()).isEqualTo(206);
        assertThat(partial.headers().firstValue("Content-Range")).hasValue("bytes 1000000-1000099/" + content.length);
        assertThat(partial.body()).isEqualTo(Arrays.copyOfRange(content, 1000000, 1000100));
        var tail = downloadRange(officer, "/api/evidence/" + fileId + "/content", "bytes=-10");
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(content, content.length - 10, content.length));
        var beyond = downloadRange(officer, "/api/evidence/" + fileId + "/content", "bytes=" + content.length + "-");
        assertThat(beyond.statusCode()).isEqualTo(416);

        var page = officer.get("/console/cases/" + caseId + "/evidence");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("询问录像.mp4", done.get("sha256").asText(), "video/mp4", "调查询问");
        var viewer = officer.get("/console/evidence/" + fileId);
        assertThat(viewer.body()).contains("<video", "/api/evidence/" + fileId + "/content");

        var otherCounty = fixtures.staff("zoucheng-officer");
        assertThat(otherCounty.getJson("/api/cases/" + caseId + "/evidence").statusCode())
                .isEqualTo(404);
        assertThat(otherCounty.download("/api/evidence/" + fileId + "/content").statusCode())
                .isEqualTo(404);
        assertThat(otherCounty.getJson(location).statusCode()).isEqualTo(404);
        assertThat(otherCounty.get("/console/evidence/" + fileId).statusCode()).isEqualTo(404);
    }

    @Test
    void theSuperiorUnitReadsACountysEvidenceButDoesNotGatherIt() throws Exception {
        var officer = fixtures.staff("qufu-officer");
        var caseId = fixtures.caseInInvestigation(officer, fixtures.staff("qufu-leader"));
        var uploadsBefore = uploadsOf(caseId);
        var body = "{\"fileName\":\"上级补充.jpg\",\"size\":1024,\"action\":null}";

        for (var username : List.of("city-officer", "city-leader")) {
            var city = fixtures.staff(username);
            assertThat(city.getJson("/api/cases/" + caseId + "/evidence").statusCode())
                    .as(username + " reads the county's evidence")
                    .isEqualTo(200);
            var refused = city.postJson("/api/cases/" + caseId + "/evidence/uploads", body);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            var problem = JSON.readTree(refused.body());
            assertThat(problem.get("rule").asText()).isEqualTo("OWN_UNIT_ACTS");
            assertThat(problem.get("detail").asText()).contains("曲阜", "承办单位");
        }
        assertThat(uploadsOf(caseId)).as("nothing declared").isEqualTo(uploadsBefore);
        // the county's own officer declares the same file
        fixtures.start(officer, caseId, "上级补充.jpg", 1024, null);
        assertThat(uploadsOf(caseId)).isEqualTo(uploadsBefore + 1);
    }

    private long uploadsOf(UUID caseId) {
        return db.sql("select count(*) from evidence.upload where case_id = :case")
                .param("case", caseId)
                .query(Long.class)
                .single();
    }

    @Test
    void aConnectionCutMidChunkKeepsWhatArrivedAndTheUploadResumes() throws Exception {
        var officer = fixtures.staff("qufu-officer");
        var caseId = fixtures.caseInInvestigation(officer, fixtures.staff("qufu-leader"));
        var content = EvidenceFixtures.video(4 * 1024 * 1024);
        var location = fixtures.start(officer, caseId, "现场检查.mp4", content.length, null);

        // a raw connection that announces the whole file, sends 1.5 MB of it and goes away
        var cookie = sessionCookie(officer);
        int sent = 3 * 512 * 1024;
        try (var socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PATCH " + location + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nCookie: " + cookie
                            + "\r\nX-CSRF-TOKEN: " + officer.csrfToken() + "\r\nUpload-Offset: 0\r\n"
                            + "Content-Type: application/offset+octet-stream\r\nContent-Length: " + content.length
                            + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(content, 0, sent);
            out.flush();
            Thread.sleep(300);
        }

        long held = settledOffset(officer, location);
        assertThat(held).isEqualTo(sent);
        var rest = fixtures.patch(officer, location, held, Arrays.copyOfRange(content, (int) held, content.length));
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
        var done = JSON.readTree(rest.body());
        assertThat(done.get("complete").asBoolean()).isTrue();
        assertThat(done.get("sha256").asText()).isEqualTo(EvidenceFixtures.sha256(content));
        var fileId = done.get("fileId").asText();
        assertThat(officer.download("/api/evidence/" + fileId + "/content").body())
                .isEqualTo(content);
    }

    @Test
    void badDeclarationsAreRefusedFieldByFieldInChinese() throws Exception {
        var officer = fixtures.staff("qufu-officer");
        var caseId = fixtures.caseInInvestigation(officer, fixtures.staff("qufu-leader"));
        var path = "/api/cases/" + caseId + "/evidence/uploads";
        record Case(String body, String field) {}
        for (var bad : List.of(
                new Case("{\"fileName\":\"\",\"size\":10}", "fileName"),
                // shown as "aexe.png": a right-to-left override hides what the file is
                new Case("{\"fileName\":\"a\\u202egnp.exe\",\"size\":10}", "fileName"),
                new Case("{\"fileName\":\"询问\\u200b录像.mp4\",\"size\":10}", "fileName"),
                new Case("{\"fileName\":\"a.mp4\",\"size\":0}", "size"),
                new Case("{\"fileName\":\"a.mp4\",\"size\":10,\"action\":\"decide\"}", "action"),
                new Case("{\"fileName\":\"a.mp4\",\"size\":10,\"capturedAt\":\"昨天\"}", "capturedAt"),
                new Case("{\"fileName\":\"a.mp4\",\"size\":10,\"capturedAt\":\"2099-01-01T00:00\"}", "capturedAt"),
                new Case(
                        "{\"fileName\":\"a.mp4\",\"size\":10,\"deviceId\":\"" + UUID.randomUUID() + "\"}",
                        "deviceId"))) {
            var response = officer.postJson(path, bad.body());
            assertThat(response.statusCode()).as(bad.body()).isEqualTo(400);
            var problem = JSON.readTree(response.body());
            assertThat(problem.get("field").asText()).isEqualTo(bad.field());
            assertThat(problem.get("detail").asText()).matches(".*[\\u4e00-\\u9fa5].*");
        }
        var location = fixtures.start(officer, caseId, "a.jpg", 10, null);
        var noOffset = officer.send(
                HttpRequest.newBuilder(officer.uri(location))
                        .header("X-CSRF-TOKEN", officer.csrfToken())
                        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(new byte[10])),
                false);
        assertThat(noOffset.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noOffset.body()).get("field").asText()).isEqualTo("Upload-Offset");
        assertThat(db.sql("select count(*) from evidence.file where case_id = ?")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theIntegrityCheckNamesAChangedAndAMissingFile() throws Exception {
        var officer = fixtures.staff("qufu-officer");
        var caseId = fixtures.caseInInvestigation(officer, fixtures.staff("qufu-leader"));
        var changed =
                fixtures.upload(officer, caseId, "照片一.jpg", "第一张照片的内容".getBytes(StandardCharsets.UTF_8), null, 1024);
        var missing =
                fixtures.upload(officer, caseId, "照片二.jpg", "第二张照片的内容".getBytes(StandardCharsets.UTF_8), null, 1024);
        var check =
                checks.stream().filter(c -> c.name().equals("证据文件")).findFirst().orElseThrow();
        var before = new ArrayList<IntegrityProblem>();
        assertThat(check.run(before::add, n -> {})).isGreaterThanOrEqualTo(2);
        assertThat(before)
                .noneMatch(p -> p.item().contains(changed.get("sha256").asText())
                        || p.item().contains(missing.get("sha256").asText()));

        Files.writeString(blob(changed.get("sha256").asText()), "被篡改的内容");
        Files.delete(blob(missing.get("sha256").asText()));
        var problems = new ArrayList<IntegrityProblem>();
        check.run(problems::add, n -> {});
        assertThat(problems)
                .anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo(IntegrityProblem.Kind.CHANGED);
                    assertThat(p.item()).contains(changed.get("sha256").asText(), "照片一.jpg");
                })
                .anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo(IntegrityProblem.Kind.MISSING);
                    assertThat(p.item()).contains(missing.get("sha256").asText(), "照片二.jpg");
                });
        // put both back as they were, for the checks of later tests
        Files.writeString(blob(changed.get("sha256").asText()), "第一张照片的内容");
        Files.writeString(blob(missing.get("sha256").asText()), "第二张照片的内容");
        assertThat(check.run(
                        p -> assertThat(p.item())
                                .doesNotContain(
                                        changed.get("sha256").asText(),
                                        missing.get("sha256").asText()),
                        n -> {}))
                .isPositive();
    }

    private static Path blob(String sha256) {
        return Path.of("target/evidence/blobs")
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private long settledOffset(StaffClient officer, String location) throws Exception {
        long previous = -1;
        for (int i = 0; i < 50; i++) {
            var status = officer.getJson(location);
            assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
            long offset =
                    Long.parseLong(status.headers().firstValue("Upload-Offset").orElseThrow());
            if (offset > 0 && offset == previous) {
                return offset;
            }
            previous = offset;
            Thread.sleep(200);
        }
        return previous;
    }

    private static HttpResponse<byte[]> downloadRange(StaffClient client, String path, String range) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(client.uri(path))
                                .header("Range", range)
                                .header("Cookie", sessionCookie(client))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The session cookie the client holds, for requests sent outside it. */
    static String sessionCookie(StaffClient client) {
        return client.cookieHeader();
    }
}
