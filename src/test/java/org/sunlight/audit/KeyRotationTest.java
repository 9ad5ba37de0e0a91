package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.Application;
import org.sunlight.StaffClient;
import org.sunlight.platform.IntegrityProblem;

/**
 * Issue 14: the signing key rotates ({@code java -jar sunlight.jar rotate-key}). The heads of the old key and of the new
 * one verify, the monitor follows the log across the rotation by its consistency proof, the transparency API publishes
 * both keys with the heads each signed, and a head signed with the retired key after its retirement, or with a key that
 * is none of the product's, is named by {@code verify} and refused by the monitor. On a database and key directory of
 * its own, as the other tests share the test key.
 */
class KeyRotationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void theOldAndNewKeysHeadsVerifyTheMonitorFollowsTheRotationAndHeadsOfARetiredOrUnknownKeyAreNamed()
            throws Exception {
        var keys = data.resolve("keys");
        var state = data.resolve("monitor").resolve("heads.json");
        String oldKey;
        try (var before = start()) {
            append(before, "before");
            before.getBean(Integrator.class).integrate(true);
            var first = monitor(before, state);
            assertThat(first.status()).as(first.output()).isZero();
            oldKey = SigningKey.id(Files.readAllBytes(keys.resolve("audit-ed25519.pub")));
        }
        // what an attacker who copied the key directory before the rotation holds
        var stolenPrivateKey = Files.readAllBytes(keys.resolve("audit-ed25519.key"));

        // the command, on the stopped product's data
        var printed = new ByteArrayOutputStream();
        assertThat(Application.rotateKey(new PrintStream(printed, true, StandardCharsets.UTF_8), arguments(false)))
                .isZero();
        String newKey = SigningKey.id(Files.readAllBytes(keys.resolve("audit-ed25519.pub")));
        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("停用 / retired: " + oldKey, "现用 / current: " + newKey);
        // the retired private key is gone from the key directory: the new pair replaced its file, and no copy is kept
        assertThat(Files.readAllBytes(keys.resolve("audit-ed25519.key"))).isNotEqualTo(stolenPrivateKey);
        try (var files = Files.walk(keys)) {
            var left = files.filter(Files::isRegularFile).toList();
            for (var file : left) {
                assertThat(Files.readAllBytes(file)).as(file.toString()).isNotEqualTo(stolenPrivateKey);
            }
        }

        try (var after = start()) {
            var db = after.getBean(JdbcClient.class);
            int port = port(after);
            long retiredAt = db.sql("select max(tree_size) from audit.tree_head where key_id = ?")
                    .param(oldKey)
                    .query(Long.class)
                    .single();
            append(after, "after");
            after.getBean(Integrator.class).integrate(true);
            var latest = after.getBean(TreeStore.class).latest().orElseThrow();
            assertThat(latest.keyId()).as("the new key signs").isEqualTo(newKey);
            assertThat(latest.treeSize()).isGreaterThan(retiredAt);
            assertThat(problems(after)).as("the heads of both keys verify").isEmpty();

            // both keys published, with the heads each signed
            var published = JSON.readTree(StaffClient.anonymous(port)
                    .getJson("/api/transparency/public-keys")
                    .body());
            assertThat(published).hasSize(2);
            assertThat(published.get(0).get("keyId").asText()).isEqualTo(oldKey);
            assertThat(published.get(0).get("status").asText()).isEqualTo("RETIRED");
            assertThat(published.get(0).get("lastHead").get("treeSize").asLong())
                    .isEqualTo(retiredAt);
            assertThat(published.get(0).get("firstHead").get("treeSize").asLong())
                    .isLessThanOrEqualTo(retiredAt);
            assertThat(published.get(1).get("keyId").asText()).isEqualTo(newKey);
            assertThat(published.get(1).get("status").asText()).isEqualTo("CURRENT");
            assertThat(published.get(1).get("firstHead").get("treeSize").asLong())
                    .as("the new key's first head is of the tree the old key's last head signed")
                    .isEqualTo(retiredAt);

            // the monitor, which saw a head of the old key, checks the consistency proof to the new key's head
            var second = monitor(after, state);
            assertThat(second.status()).as(second.output()).isZero();
            assertThat(second.output()).contains("签名密钥已轮换", "树大小 ", "一致");

            // a head signed with the retired key after its retirement, by whoever copied it before the rotation
            var retiredPrivate =
                    KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(stolenPrivateKey));
            forge(after, latest, retiredPrivate, oldKey);
            try {
                assertThat(problems(after)).anySatisfy(problem -> {
                    assertThat(problem.item()).isEqualTo("签名树头（树大小 " + latest.treeSize() + "）");
                    assertThat(problem.detail()).contains("已停用的签名密钥 " + oldKey);
                });
                var third = monitor(after, state);
                assertThat(third.status()).as(third.output()).isOne();
                assertThat(third.output()).contains("由已停用的密钥 " + oldKey);
            } finally {
                unforge(after);
            }

            // a head signed with a key that is none of the product's
            var stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            var strangerId = SigningKey.id(stranger.getPublic().getEncoded());
            forge(after, latest, stranger.getPrivate(), strangerId);
            try {
                assertThat(problems(after)).anySatisfy(problem -> {
                    assertThat(problem.item()).isEqualTo("签名树头（树大小 " + latest.treeSize() + "）");
                    assertThat(problem.detail()).contains("未知的签名密钥 " + strangerId);
                });
                var fourth = monitor(after, state);
                assertThat(fourth.status()).as(fourth.output()).isOne();
                assertThat(fourth.output()).contains("未公布的密钥 " + strangerId);
            } finally {
                unforge(after);
            }
            assertThat(problems(after)).isEmpty();

            // the province's administrators rotate from the integrity page; a county's administrator may not
            var county = StaffClient.loggedIn(port, "qufu-admin");
            assertThat(county.get("/admin/integrity").body()).doesNotContain("id=\"rotate-key\"");
            assertThat(county.postForm("/admin/integrity/rotate-key", java.util.Map.of())
                            .statusCode())
                    .isEqualTo(403);
            assertThat(after.getBean(SigningKey.class).keyId()).isEqualTo(newKey);
            var province = StaffClient.loggedIn(port, "province-admin");
            assertThat(province.get("/admin/integrity").body()).contains("id=\"rotate-key\"", newKey);
            var rotate = province.postForm("/admin/integrity/rotate-key", java.util.Map.of());
            assertThat(rotate.statusCode()).isEqualTo(302);
            String thirdKey = SigningKey.id(Files.readAllBytes(keys.resolve("audit-ed25519.pub")));
            assertThat(thirdKey).isNotEqualTo(newKey).isNotEqualTo(oldKey);
            assertThat(province.get("/admin/integrity").body()).contains("签名密钥已轮换", "停用 " + newKey, "现用 " + thirdKey);
            after.getBean(Integrator.class).integrate(true);
            assertThat(db.sql("select actor from audit.entry where kind = 'KEY_ROTATED' and record_id = ?")
                            .param(thirdKey)
                            .query(String.class)
                            .single())
                    .as("the rotation is logged with who asked for it")
                    .isEqualTo("province-admin");
            assertThat(problems(after)).as("the heads of all three keys verify").isEmpty();
            var fifth = monitor(after, state);
            assertThat(fifth.status()).as(fifth.output()).isZero();
            assertThat(fifth.output()).contains("签名密钥已轮换", "一致");
            assertThat(JSON.readTree(StaffClient.anonymous(port)
                            .getJson("/api/transparency/public-keys")
                            .body()))
                    .hasSize(3);
        }
    }

    /** Inserts, as an attacker with database rights would, a head of the latest tree signed a second later. */
    private static void forge(
            ConfigurableApplicationContext context, TreeStore.TreeHead latest, PrivateKey key, String id)
            throws Exception {
        long at = latest.timestampMs() + 1000;
        var signature = Signature.getInstance("Ed25519");
        signature.initSign(key);
        signature.update(SigningKey.signedBytes(latest.treeSize(), latest.rootHash(), at));
        context.getBean(TreeStore.class)
                .insertHead(new TreeStore.TreeHead(latest.treeSize(), latest.rootHash(), at, signature.sign(), id));
    }

    private static void unforge(ConfigurableApplicationContext context) {
        var db = context.getBean(JdbcClient.class);
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            db.sql("alter table audit.tree_head disable trigger tree_head_append_only")
                    .update();
            db.sql("delete from audit.tree_head where id = (select max(id) from audit.tree_head)")
                    .update();
            db.sql("alter table audit.tree_head enable trigger tree_head_append_only")
                    .update();
        });
    }

    private static void append(ConfigurableApplicationContext context, String record) {
        var log = context.getBean(AuditLog.class);
        for (int i = 0; i < 3; i++) {
            log.append(new LeafData(
                    "CASE_ACT",
                    Instant.now(),
                    "qufu-officer",
                    "127.0.0.1",
                    "case",
                    record + "-" + i,
                    null,
                    null,
                    null));
        }
    }

    private static List<IntegrityProblem> problems(ConfigurableApplicationContext context) {
        var problems = new ArrayList<IntegrityProblem>();
        context.getBean(AuditIntegrity.class).run(problems::add, done -> {});
        return problems;
    }

    private record Run(int status, String output) {}

    private static Run monitor(ConfigurableApplicationContext context, Path state) {
        var out = new ByteArrayOutputStream();
        int status = TreeHeadMonitor.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                "--url",
                "http://localhost:" + port(context),
                "--state",
                state.toString());
        return new Run(status, out.toString(StandardCharsets.UTF_8));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private String[] arguments(boolean web) {
        return new String[] {
            "--sunlight.test.shared-database=false",
            "--sunlight.database.embedded.data-directory=" + data.resolve("postgres"),
            "--sunlight.audit.key-directory=" + data.resolve("keys"),
            web ? "--server.port=0" : "--server.port=-1"
        };
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).run(arguments(true));
    }
}
