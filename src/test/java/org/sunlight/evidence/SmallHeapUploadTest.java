package org.sunlight.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sunlight.StaffClient;

/**
 * Nothing holds a whole file in memory: the product, started in its own JVM with a 160 MB heap, takes a 400 MB upload
 * in two chunks and answers the right SHA-256. (bench/evidence-upload.sh does the same with 4 GB and -Xmx256m.)
 */
class SmallHeapUploadTest {

    static final long SIZE = 400L * 1024 * 1024;

    @Test
    void aFileLargerThanTheHeapIsUploadedAndHashed() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var work = Files.createTempDirectory(Path.of("target"), "small-heap");
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx160m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.sunlight.Application");
        command.add("--server.port=" + port);
        // a database of its own, so that its file (stored in its own directory) is no one else's to check
        command.add("--sunlight.database.embedded.data-directory=" + work.resolve("postgres"));
        command.add("--sunlight.audit.key-directory=" + work.resolve("keys"));
        command.add("--sunlight.demo-data.mode=ALWAYS");
        command.add("--sunlight.evidence.upload-directory=" + work.resolve("uploads"));
        command.add("--sunlight.evidence.store.local-directory=" + work.resolve("blobs"));
        var server = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("server.log").toFile())
                .start();
        try {
            waitUntilUp(port, server, work);
            var officer = loggedIn(port);
            var fixtures = new EvidenceFixtures(port, null);
            var created = officer.postJson(
                    "/api/cases",
                    "{\"procedure\":\"GENERAL_PENALTY\",\"title\":\"大文件上传\",\"summary\":\"\",\"parties\":[]}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            var caseId = java.util.UUID.fromString(
                    EvidenceFixtures.JSON.readTree(created.body()).get("id").asText());
            var location = fixtures.start(officer, caseId, "大文件.mp4", SIZE, null);

            var digest = java.security.MessageDigest.getInstance("SHA-256");
            long half = SIZE / 2;
            var first = send(officer, location, 0, half, new DigestInputStream(content(0, half), digest));
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            var last =
                    send(officer, location, half, SIZE - half, new DigestInputStream(content(1, SIZE - half), digest));
            assertThat(last.statusCode()).as(last.body()).isEqualTo(200);
            var status = EvidenceFixtures.JSON.readTree(last.body());
            assertThat(status.get("complete").asBoolean()).isTrue();
            assertThat(status.get("sha256").asText()).isEqualTo(HexFormat.of().formatHex(digest.digest()));
            assertThat(server.isAlive()).as("the server ran out of memory").isTrue();
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** Pseudo-random bytes made as they are read, so the test holds no file either. */
    private static InputStream content(long seed, long length) {
        var random = new Random(seed);
        return new InputStream() {
            long left = length;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                var bytes = new byte[n];
                random.nextBytes(bytes);
                System.arraycopy(bytes, 0, buffer, offset, n);
                left -= n;
                return n;
            }
        };
    }

    private static HttpResponse<String> send(
            StaffClient officer, String location, long offset, long length, InputStream body) {
        return officer.send(
                HttpRequest.newBuilder(officer.uri(location))
                        .timeout(Duration.ofMinutes(5))
                        .header("Upload-Offset", Long.toString(offset))
                        .header("Content-Type", "application/offset+octet-stream")
                        .header("X-CSRF-TOKEN", officer.csrfToken())
                        .method(
                                "PATCH",
                                HttpRequest.BodyPublishers.fromPublisher(
                                        HttpRequest.BodyPublishers.ofInputStream(() -> body), length)),
                false);
    }

    /** The demo accounts appear shortly after the server answers: log in until the login is accepted. */
    private static StaffClient loggedIn(int port) throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            var client = StaffClient.anonymous(port);
            var response = client.login("qufu-officer", "Sunlight@2026");
            if (StaffClient.location(response).endsWith("/console")) {
                client.get("/console");
                return client;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("qufu-officer could not log in");
    }

    private static void waitUntilUp(int port, Process server, Path work) throws Exception {
        var http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped: " + Files.readString(work.resolve("server.log")));
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not start: " + Files.readString(work.resolve("server.log")));
    }
}
