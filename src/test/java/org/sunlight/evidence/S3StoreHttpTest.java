package org.sunlight.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.evidence.EvidenceFixtures.JSON;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The product set up with {@code sunlight.evidence.store.type=s3}: an upload lands in the bucket (in parts, being
 * larger than one part) and comes back by range from there.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // a database of its own: its files live in the bucket, which the other tests' checks do not read
        properties = "sunlight.test.shared-database=false")
// its own embedded PostgreSQL stops when its context closes: close it after the class rather than leave the server
// running past the test JVM (the context, not a JVM hook, stops the product's database)
@org.springframework.test.annotation.DirtiesContext(
        classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
class S3StoreHttpTest {

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) throws java.io.IOException {
        // a new directory each run, so that a database left by an earlier build never meets changed migrations
        var directory = java.nio.file.Files.createTempDirectory(
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target")), "s3-store-test-");
        registry.add(
                "sunlight.database.embedded.data-directory",
                () -> directory.resolve("postgres").toString());
        registry.add(
                "sunlight.evidence.upload-directory",
                () -> directory.resolve("uploads").toString());
        registry.add("sunlight.evidence.store.type", () -> "s3");
        registry.add("sunlight.evidence.store.s3.endpoint", S3Server::endpoint);
        registry.add("sunlight.evidence.store.s3.bucket", () -> S3Server.BUCKET);
        registry.add("sunlight.evidence.store.s3.access-key", () -> "test");
        registry.add("sunlight.evidence.store.s3.secret-key", () -> "test");
        registry.add("sunlight.evidence.store.s3.part-size", () -> "5242880");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    BlobStore store;

    @Test
    void anUploadIsStoredInTheBucketAndServedByRangeFromThere() throws Exception {
        assertThat(store).isInstanceOf(S3BlobStore.class);
        var fixtures = new EvidenceFixtures(port, db);
        var officer = fixtures.staff("qufu-officer");
        var caseId = fixtures.caseInInvestigation(officer, fixtures.staff("qufu-leader"));
        var content = EvidenceFixtures.video(7 * 1024 * 1024 + 5);

        var done = fixtures.upload(officer, caseId, "现场.mp4", content, "inspect-site", 3 * 1024 * 1024);
        var sha = done.get("sha256").asText();
        assertThat(sha).isEqualTo(EvidenceFixtures.sha256(content));
        assertThat(store.size(sha)).hasValue(content.length);

        var range = java.net.http.HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(officer.uri(
                                        "/api/evidence/" + done.get("fileId").asText() + "/content"))
                                .header("Range", "bytes=5242870-5242889")
                                .header("Cookie", officer.cookieHeader())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(content, 5242870, 5242890));
        assertThat(JSON.readTree(officer.getJson("/api/cases/" + caseId + "/evidence")
                                .body())
                        .get(0)
                        .get("mediaType")
                        .asText())
                .isEqualTo("video/mp4");
    }
}
