package org.sunlight.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/** Cases, uploads and devices over real HTTP, as the evidence tests and the route matrix need them. */
public final class EvidenceFixtures {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final JdbcClient db;

    public EvidenceFixtures(int port, JdbcClient db) {
        this.port = port;
        this.db = db;
    }

    public StaffClient staff(String username) {
        var client = StaffClient.loggedIn(port, username);
        client.get("/console");
        return client;
    }

    /** A general-procedure case of the Qufu county in its investigation stage. */
    public UUID caseInInvestigation(StaffClient officer, StaffClient leader) throws Exception {
        var response = officer.postJson(
                "/api/cases",
                """
                {"procedure":"GENERAL_PENALTY","title":"曲阜市某某诊所未取得医疗机构执业许可证擅自执业",
                 "summary":"群众举报",
                 "parties":[{"kind":"ORGANISATION","name":"曲阜市某某诊所","identity":"91350100M000100Y43","address":"曲阜市鲁城街道"}],
                 "officerIds":["%s","%s"]}
                """
                        .formatted(officerOf("qufu-officer"), officerOf("qufu-officer2")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var id = UUID.fromString(JSON.readTree(response.body()).get("id").asText());
        act(leader, id, "file", "{}");
        act(officer, id, "begin-investigation", "{}");
        return id;
    }

    public JsonNode act(StaffClient client, UUID id, String action, String body) throws Exception {
        var response = client.postJson("/api/cases/" + id + "/actions/" + action, body);
        assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    public HttpResponse<String> tryAct(StaffClient client, UUID id, String action, String body) {
        return client.postJson("/api/cases/" + id + "/actions/" + action, body);
    }

    /** Declares an upload and answers its location. */
    public String start(StaffClient officer, UUID caseId, String fileName, long size, String action) throws Exception {
        var response = officer.postJson(
                "/api/cases/" + caseId + "/evidence/uploads",
                "{\"fileName\":\"%s\",\"size\":%d,\"action\":%s,\"capturedAt\":\"2026-01-05T09:30\"}"
                        .formatted(fileName, size, action == null ? "null" : "\"" + action + "\""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Upload-Offset")).hasValue("0");
        return StaffClient.location(response);
    }

    public HttpResponse<String> patch(StaffClient officer, String location, long offset, byte[] chunk) {
        return officer.send(
                HttpRequest.newBuilder(officer.uri(location))
                        .header("Upload-Offset", Long.toString(offset))
                        .header("Content-Type", "application/offset+octet-stream")
                        .header("Accept", "application/json")
                        .header("X-CSRF-TOKEN", officer.csrfToken())
                        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(chunk)),
                false);
    }

    /** Uploads the whole file in chunks of the size; answers the last status. */
    public JsonNode upload(StaffClient officer, UUID caseId, String fileName, byte[] content, String action, int chunk)
            throws Exception {
        var location = start(officer, caseId, fileName, content.length, action);
        HttpResponse<String> last = null;
        for (int offset = 0; offset < content.length; offset += chunk) {
            var part = java.util.Arrays.copyOfRange(content, offset, Math.min(content.length, offset + chunk));
            last = patch(officer, location, offset, part);
            assertThat(last.statusCode()).as(last.body()).isEqualTo(200);
        }
        return JSON.readTree(last.body());
    }

    /** Bytes that start as an MP4 file does ({@code ftyp} box), then random. */
    public static byte[] video(int size) {
        var bytes = new byte[size];
        new java.util.Random(size).nextBytes(bytes);
        var header = HexFormat.of().parseHex("00000018667479706d703432000000006d70343269736f6d");
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    public static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Registers a camera of the unit as its administrator or leader does; answers its id. */
    public UUID registerDevice(StaffClient keeper, UUID unitId, String serialNo) throws Exception {
        var response = keeper.postJson(
                "/api/devices",
                "{\"unitId\":\"%s\",\"kind\":\"CAMERA\",\"serialNo\":\"%s\"}".formatted(unitId, serialNo));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return UUID.fromString(JSON.readTree(response.body()).get("id").asText());
    }

    public UUID officerOf(String username) {
        return db.sql("select officer_id from organization.user_account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }
}
