package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunlight.StaffClient;

/**
 * Issue 14: the {@code monitor} command keeps the heads it has seen outside the database and finds, over the product's
 * public URLs, a log that shrank (a database rolled back with its heads), a second root for a size already seen, a log
 * rewritten below a head seen, and a head signed with another key. The product's own heads, as the log grows, pass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TreeHeadMonitorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    Integrator integrator;

    @TempDir
    Path directory;

    @Test
    void theProductsOwnHeadsAreKeptAsTheLogGrows() throws Exception {
        var state = directory.resolve("heads.json");
        integrator.integrate(true);
        var first = monitor(state);
        assertThat(first.status).isZero();
        assertThat(first.output).contains("首次记录树头");
        // trust on first use, said as such: the keys the product publishes are the ones kept
        assertThat(first.output).contains("首次使用即信任所公布的签名密钥");
        assertThat(kept(state).get("keys"))
                .allSatisfy(key -> assertThat(key.get("trusted").asText()).isEqualTo("FIRST_USE"));
        long firstSize = kept(state).get("heads").get(0).get("treeSize").asLong();

        StaffClient.loggedIn(port, "qufu-officer").get("/console"); // a login: the log grows
        integrator.integrate(true);
        var second = monitor(state);
        assertThat(second.status).isZero();
        assertThat(second.output).contains("一致");
        var heads = kept(state).get("heads");
        assertThat(heads).hasSize(2);
        assertThat(heads.get(1).get("treeSize").asLong()).isGreaterThan(firstSize);

        assertThat(monitor(state).status).as("the same head again").isZero();
        assertThat(kept(state).get("heads")).hasSize(2);
    }

    @Test
    void aLogSmallerThanAHeadSeenBeforeIsARollback() throws Exception {
        var state = seen(+1000, false);
        var run = monitor(state);
        assertThat(run.status).as(run.output).isOne();
        assertThat(run.output).contains("日志回退", "未保存新树头");
        assertThat(kept(state).get("heads")).hasSize(1);
    }

    @Test
    void anotherRootForASizeSeenIsAFork() throws Exception {
        var run = monitor(seen(0, true));
        assertThat(run.status).as(run.output).isOne();
        assertThat(run.output).contains("两个不同的根哈希");
    }

    @Test
    void aLogRewrittenBelowAHeadSeenFailsTheConsistencyProof() throws Exception {
        var run = monitor(seen(-1, true));
        assertThat(run.status).as(run.output).isOne();
        assertThat(run.output).contains("一致性证明不成立");
    }

    @Test
    void headsSignedWithAnotherKeyAreRefused() throws Exception {
        var state = directory.resolve("heads.json");
        integrator.integrate(true);
        assertThat(monitor(state).status).isZero();
        var kept = kept(state);
        var other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        // the key kept under the product's key id is another one: the product's key changed since it was first seen
        var current = kept.get("heads").get(0).get("keyId").asText();
        kept.withArray("keys").forEach(key -> {
            if (key.get("keyId").asText().equals(current)) {
                ((ObjectNode) key)
                        .put(
                                "spki",
                                Base64.getEncoder()
                                        .encodeToString(other.getPublic().getEncoded()));
            }
        });
        JSON.writeValue(state.toFile(), kept);
        var run = monitor(state);
        assertThat(run.status).as(run.output).isOne();
        assertThat(run.output).contains("签名公钥与首次所见不同", "签名无法用所保存的公钥验证");
    }

    @Test
    void aFirstRunGivenTheKeyToTrustTrustsOnlyItAndAKeyGivenThatIsNotPublishedIsAProblem() throws Exception {
        integrator.integrate(true);
        var current = JSON.readTree(StaffClient.anonymous(port)
                        .getJson("/api/transparency/public-key")
                        .body())
                .get("keyId")
                .asText();
        var state = directory.resolve("given.json");
        var given = monitor(state, "--trust-key", current);
        assertThat(given.status).as(given.output).isZero();
        assertThat(given.output).contains("信任指定的签名密钥", current).doesNotContain("首次使用即信任");
        assertThat(kept(state).get("keys")).singleElement().satisfies(key -> {
            assertThat(key.get("keyId").asText()).isEqualTo(current);
            assertThat(key.get("trusted").asText()).isEqualTo("GIVEN");
        });

        var stranger = "0".repeat(64);
        var refused = monitor(directory.resolve("stranger.json"), "--trust-key", stranger);
        assertThat(refused.status).as(refused.output).isOne();
        assertThat(refused.output).contains("指定信任的密钥 " + stranger + " 未公布");
    }

    @Test
    void anUnreachableProductOrAMissingUrlIsNotAVerdict() throws Exception {
        var out = new ByteArrayOutputStream();
        assertThat(TreeHeadMonitor.run(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        "--url",
                        "http://127.0.0.1:1",
                        "--state",
                        directory.resolve("x.json").toString()))
                .isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("无法连接");
        assertThat(TreeHeadMonitor.run(new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(2);
    }

    /**
     * A state file as if the monitor had seen a head of the product's current size plus {@code delta}, with the
     * product's root (or another one when {@code otherRoot}).
     */
    private Path seen(long delta, boolean otherRoot) throws Exception {
        var state = directory.resolve("heads.json");
        for (int i = 0; i < 3; i++) {
            StaffClient.loggedIn(port, "qufu-officer").get("/console"); // at least a few entries in the log
        }
        integrator.integrate(true);
        assertThat(monitor(state).status).isZero();
        var kept = kept(state);
        var head = (ObjectNode) kept.get("heads").get(0);
        long size = head.get("treeSize").asLong() + delta;
        head.put("treeSize", size);
        if (otherRoot) {
            var root = HexFormat.of().parseHex(head.get("rootHash").asText());
            root[0] ^= 1;
            head.put("rootHash", HexFormat.of().formatHex(root));
        }
        JSON.writeValue(state.toFile(), kept);
        return state;
    }

    private ObjectNode kept(Path state) throws Exception {
        return (ObjectNode) JSON.readTree(state.toFile());
    }

    private record Run(int status, String output) {}

    private Run monitor(Path state, String... more) {
        var out = new ByteArrayOutputStream();
        var arguments = new java.util.ArrayList<>(
                java.util.List.of("--url", "http://localhost:" + port, "--state", state.toString()));
        arguments.addAll(java.util.List.of(more));
        int status = TreeHeadMonitor.run(
                new PrintStream(out, true, StandardCharsets.UTF_8), arguments.toArray(String[]::new));
        return new Run(status, out.toString(StandardCharsets.UTF_8));
    }
}
