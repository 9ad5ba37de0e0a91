package org.sunlight.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;

/**
 * A closed case downloaded as its case file over HTTP, checked offline by the standalone verifier, and every kind of
 * tampering named: a changed document, a missing evidence file, an altered audit leaf, a forged tree head.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFileHttpTest {

    private static final String PERSON_ID = "11010519491231002X";

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @TempDir
    Path directory;

    private UUID caseId;
    private byte[] video;
    private byte[] zip;
    private StaffClient officer;

    @BeforeAll
    void anArchivedCaseWithADocumentAndAVideo() throws Exception {
        officer = staff("qufu-officer");
        caseId = openSimpleCase();
        video = new byte[200_000];
        new java.util.Random(7).nextBytes(video);
        System.arraycopy(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, 0, video, 0, 12);
        upload("现场录像.mp4", video);
        new CaseSteps(port, db)
                .decideOnTheSpot(
                        officer,
                        "qufu-officer",
                        caseId,
                        "{\"kind\":\"FINE\",\"fine\":200,\"text\":\"罚款\",\"major\":false}",
                        "现场查见");

        var open = officer.download("/console/cases/" + caseId + "/archive.zip");
        assertThat(open.statusCode()).as("a case not yet closed is not filed").isEqualTo(409);
        assertThat(new String(open.body(), StandardCharsets.UTF_8))
                .contains("案件尚未结案")
                .contains("结案或归档后")
                .doesNotContain("当前环节：decided");

        act("record-payment", "{}");
        act("report-for-record", "{}");
        assertThat(act("archive", "{}").get("stage").asText()).isEqualTo("archived");

        var download = officer.download("/console/cases/" + caseId + "/archive.zip");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
        zip = download.body();
    }

    @Test
    void theCaseFileHoldsEverythingAndTheVerifierFindsItClean() throws Exception {
        var file = write("clean.zip", zip);
        try (var archive = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            var names = archive.stream().map(ZipEntry::getName).toList();
            assertThat(names)
                    .contains(
                            "manifest.json",
                            "manifest.sha256",
                            "audit/entries.jsonl",
                            "audit/proofs.json",
                            "audit/tree-head.json",
                            "audit/public-key.pem");
            assertThat(names).anyMatch(name -> name.startsWith("documents/") && name.endsWith(".pdf"));
            var evidence =
                    names.stream().filter(name -> name.startsWith("evidence/")).toList();
            assertThat(evidence).hasSize(1);
            assertThat(evidence.get(0)).endsWith("-现场录像.mp4");
            try (var in = archive.getInputStream(archive.getEntry(evidence.get(0)))) {
                assertThat(in.readAllBytes()).as("the evidence as uploaded").isEqualTo(video);
            }
            var manifest = json.readTree(archive.getInputStream(archive.getEntry("manifest.json")));
            assertThat(manifest.at("/case/id").asText()).isEqualTo(caseId.toString());
            assertThat(manifest.at("/case/stage").asText()).isEqualTo("archived");
            assertThat(manifest.at("/case/unit").asText()).isNotBlank();
            assertThat(manifest.get("documents")).isNotEmpty();
            assertThat(manifest.at("/documents/0/number").asText()).isNotBlank();
            assertThat(manifest.at("/documents/0/auditIndex").isNumber()).isTrue();
            assertThat(manifest.at("/evidence/0/auditIndex").isNumber()).isTrue();
            assertThat(manifest.at("/evidence/0/mediaType").asText()).startsWith("video/");
            assertThat(manifest.at("/audit/entries").asInt()).isGreaterThanOrEqualTo(5);
        }

        var report = ArchiveVerifier.verify(file);
        assertThat(report.problems()).isEmpty();
        assertThat(report.clean()).isTrue();
        assertThat(report.facts())
                .as("each document's PDF is the one whose hash the audit log holds")
                .anyMatch(fact -> fact.contains("the PDF is byte for byte the one the audit log holds"));

        var out = new ByteArrayOutputStream();
        int exit = ArchiveVerifier.run(new PrintStream(out, true, StandardCharsets.UTF_8), file.toString());
        assertThat(exit).isZero();
        var printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("全部校验通过").contains(caseId.toString());

        var retrievals = db.sql(
                        "select count(*) from audit.entry where kind = 'RETRIEVAL' and subject = 'archive' and case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
        assertThat(retrievals).as("each download is logged as a retrieval").isGreaterThanOrEqualTo(1);
    }

    @Test
    void aChangedDocumentIsNamed() throws Exception {
        var document = names().stream()
                .filter(name -> name.startsWith("documents/"))
                .findFirst()
                .orElseThrow();
        var tampered = rewrite("document.zip", Map.of(document, bytes -> {
            var copy = bytes.clone();
            copy[copy.length / 2] ^= 1;
            return copy;
        }));
        var report = ArchiveVerifier.verify(tampered);
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.problems()).anyMatch(problem -> problem.contains("changed: " + document));
    }

    @Test
    void aMissingEvidenceFileIsNamed() throws Exception {
        var evidence = names().stream()
                .filter(name -> name.startsWith("evidence/"))
                .findFirst()
                .orElseThrow();
        var tampered = rewrite("missing.zip", Map.of(evidence, bytes -> null));
        var report = ArchiveVerifier.verify(tampered);
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.problems()).anyMatch(problem -> problem.contains("missing: " + evidence));
    }

    @Test
    void anAlteredAuditLeafFailsItsInclusionProof() throws Exception {
        var tampered = rewrite("leaf.zip", Map.of("audit/entries.jsonl", bytes -> {
            var lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
            try {
                var first = json.readTree(lines[0]);
                var leaf =
                        new String(Base64.getDecoder().decode(first.get("leaf").asText()), StandardCharsets.UTF_8);
                var altered = new LinkedHashMap<String, Object>();
                altered.put("index", first.get("index").asLong());
                altered.put("kind", first.get("kind").asText());
                altered.put(
                        "leaf",
                        Base64.getEncoder()
                                .encodeToString(leaf.replace("qufu-officer", "qufu-officeR")
                                        .getBytes(StandardCharsets.UTF_8)));
                altered.put("leafHash", first.get("leafHash").asText());
                lines[0] = json.writeValueAsString(altered);
                return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        var index = json.readTree(new String(entry("audit/entries.jsonl"), StandardCharsets.UTF_8).split("\n")[0])
                .get("index")
                .asLong();
        var report = ArchiveVerifier.verify(tampered);
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.problems())
                .anyMatch(problem ->
                        problem.contains("the inclusion proof of audit entry " + index + " does not verify"));
    }

    @Test
    void aForgedTreeHeadFailsItsSignature() throws Exception {
        var tampered = rewrite("head.zip", Map.of("audit/tree-head.json", bytes -> {
            var text = new String(bytes, StandardCharsets.UTF_8);
            try {
                var root = json.readTree(text).get("rootHash").asText();
                var forged = (root.charAt(0) == '0' ? "1" : "0") + root.substring(1);
                return text.replace(root, forged).getBytes(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        var out = new ByteArrayOutputStream();
        int exit = ArchiveVerifier.run(new PrintStream(out, true, StandardCharsets.UTF_8), tampered.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("signature does not verify")
                .contains("树头签名不符");
    }

    @Test
    void aFileThatIsNoCaseFileIsUnreadable() throws Exception {
        var file = write("not.zip", "不是压缩文件".getBytes(StandardCharsets.UTF_8));
        var out = new ByteArrayOutputStream();
        assertThat(ArchiveVerifier.run(new PrintStream(out, true, StandardCharsets.UTF_8), file.toString()))
                .isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("不是 zip 文件");
    }

    @Test
    void staffOutsideTheCaseUnitGet404() {
        var outsider = staff("zoucheng-officer");
        assertThat(outsider.download("/console/cases/" + caseId + "/archive.zip")
                        .statusCode())
                .isEqualTo(404);
        assertThat(officer.download("/console/cases/" + UUID.randomUUID() + "/archive.zip")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theCasePageLinksTheDownload() {
        var page = officer.get("/console/cases/" + caseId);
        assertThat(page.body()).contains("下载案卷（含校验）").contains("/console/cases/" + caseId + "/archive.zip");
    }

    private java.util.List<String> names() throws Exception {
        try (var archive = new ZipFile(write("names.zip", zip).toFile(), StandardCharsets.UTF_8)) {
            return archive.stream().map(ZipEntry::getName).toList();
        }
    }

    private byte[] entry(String name) throws Exception {
        try (var archive = new ZipFile(write("entry.zip", zip).toFile(), StandardCharsets.UTF_8)) {
            return archive.getInputStream(archive.getEntry(name)).readAllBytes();
        }
    }

    /** A copy of the downloaded zip with some entries changed (or, when the function answers null, left out). */
    private Path rewrite(String name, Map<String, UnaryOperator<byte[]>> changes) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var archive = new ZipFile(write("original-" + name, zip).toFile(), StandardCharsets.UTF_8);
                var copy = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            var entries = archive.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                var bytes = archive.getInputStream(entry).readAllBytes();
                var change = changes.get(entry.getName());
                if (change != null) {
                    assertThat(bytes).isNotEmpty();
                    bytes = change.apply(bytes);
                }
                if (bytes == null) {
                    continue;
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        return write(name, out.toByteArray());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(directory.resolve(name), bytes);
    }

    private StaffClient staff(String username) {
        var client = StaffClient.loggedIn(port, username);
        client.get("/console");
        return client;
    }

    private UUID openSimpleCase() throws Exception {
        return new CaseSteps(port, db)
                .openOnTheSpot(
                        officer,
                        "qufu-officer",
                        "公共场所从业人员未取得健康证明",
                        "从业人员未取得有效健康合格证明即上岗",
                        CaseSteps.citizen("钱某某", PERSON_ID, "曲阜市鲁城街道"));
    }

    private com.fasterxml.jackson.databind.JsonNode act(String action, String body) throws Exception {
        var response = officer.postJson("/api/cases/" + caseId + "/actions/" + action, body);
        assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private void upload(String fileName, byte[] content) throws Exception {
        var started = officer.postJson(
                "/api/cases/" + caseId + "/evidence/uploads",
                "{\"fileName\":\"%s\",\"size\":%d,\"action\":null,\"capturedAt\":\"2026-01-05T09:30\"}"
                        .formatted(fileName, content.length));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        var location = StaffClient.location(started);
        var done = officer.send(
                HttpRequest.newBuilder(officer.uri(location))
                        .header("Upload-Offset", "0")
                        .header("Content-Type", "application/offset+octet-stream")
                        .header("Accept", "application/json")
                        .header("X-CSRF-TOKEN", officer.csrfToken())
                        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(content)),
                false);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    }
}
