package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.Base64;
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
                    .as(
                            "the new key's first head is of the tree the old key's last head signed, and the rotation's entry")
                    .isEqualTo(retiredAt + 1);
            // the rotation is logged once, in its own transaction with the two heads: the entry names both keys and
            // the closing head's tree size, and lies just after that tree, so the new key's opening head covers it
            var logged = db.sql("select l.leaf_index, e.record_id, e.detail from audit.entry e"
                            + " join audit.leaf l on l.entry_id = e.id where e.kind = 'KEY_ROTATED'")
                    .query((rs, row) -> List.of(rs.getLong(1), rs.getString(2), rs.getString(3)))
                    .list();
            assertThat(logged).hasSize(1);
            assertThat(logged.get(0).get(0)).isEqualTo(retiredAt);
            assertThat(logged.get(0).get(1)).isEqualTo(newKey);
            var detail = JSON.readTree((String) logged.get(0).get(2));
            assertThat(detail.get("retired").asText()).isEqualTo(oldKey);
            assertThat(detail.get("current").asText()).isEqualTo(newKey);
            assertThat(detail.get("treeSize").asLong()).isEqualTo(retiredAt);
            // the old key vouches for the new one in its closing head, published with the key and with the head
            assertThat(published.get(0).get("vouching").asText()).isEqualTo("FIRST");
            var handover = published.get(0).get("handover");
            assertThat(handover.get("successorKeyId").asText()).isEqualTo(newKey);
            assertThat(handover.get("successorSpki").asText())
                    .isEqualTo(published.get(1).get("spki").asText());
            assertThat(handover.get("closingHead").get("treeSize").asLong()).isEqualTo(retiredAt);
            assertThat(handover.get("closingHead").get("keyId").asText()).isEqualTo(oldKey);
            assertThat(published.get(1).get("vouching").asText()).isEqualTo("VOUCHED");
            assertThat(published.get(1).get("vouchedBy").asText()).isEqualTo(oldKey);
            var closing = new java.util.ArrayList<com.fasterxml.jackson.databind.JsonNode>();
            JSON.readTree(StaffClient.anonymous(port)
                            .getJson("/api/transparency/sths?size=100")
                            .body())
                    .get("content")
                    .forEach(h -> {
                        if (h.get("handover").isObject()) {
                            closing.add(h);
                        }
                    });
            assertThat(closing).singleElement().satisfies(h -> {
                assertThat(h.get("keyId").asText()).isEqualTo(oldKey);
                assertThat(h.get("handover").get("keyId").asText()).isEqualTo(newKey);
                assertThat(h.get("handover").get("signature").asText())
                        .isEqualTo(handover.get("signature").asText());
            });
            // anyone can check the handover with the old key alone: its signature of the head's bytes, typed 0x80,
            // followed by the new key
            var oldPublic = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new java.security.spec.X509EncodedKeySpec(Base64.getDecoder()
                            .decode(published.get(0).get("spki").asText())));
            var check = Signature.getInstance("Ed25519");
            check.initVerify(oldPublic);
            check.update(SigningKey.handoverBytes(
                    retiredAt,
                    java.util.HexFormat.of()
                            .parseHex(
                                    handover.get("closingHead").get("rootHash").asText()),
                    handover.get("closingHead").get("timestamp").asLong(),
                    Base64.getDecoder().decode(handover.get("successorSpki").asText())));
            assertThat(check.verify(
                            Base64.getDecoder().decode(handover.get("signature").asText())))
                    .isTrue();

            // the monitor, which saw a head of the old key, checks the consistency proof to the new key's head
            var second = monitor(after, state);
            assertThat(second.status()).as(second.output()).isZero();
            assertThat(second.output()).contains("签名密钥已轮换", "新密钥 " + newKey + " 由密钥 " + oldKey + " 担保", "一致");

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
            assertThat(db.sql("select actor from audit.entry where kind = 'KEY_ROTATED' and record_id = ?")
                            .param(thirdKey)
                            .query(String.class)
                            .single())
                    .as("the rotation is logged with who asked for it")
                    .isEqualTo("province-admin");
            assertThat(problems(after)).as("the heads of all three keys verify").isEmpty();
            var fifth = monitor(after, state);
            assertThat(fifth.status()).as(fifth.output()).isZero();
            assertThat(fifth.output()).contains("新密钥 " + thirdKey + " 由密钥 " + newKey + " 担保", "一致");
            assertThat(JSON.readTree(StaffClient.anonymous(port)
                            .getJson("/api/transparency/public-keys")
                            .body()))
                    .hasSize(3);
        }
    }

    @Test
    void aRotationStoppedPartWayLeavesNoEntryAndNoHeadTheOldKeySignsOnAndOneStoppedAfterItsCommitIsFinishedByARetry()
            throws Exception {
        try (var context = start(false)) {
            var integrator = context.getBean(Integrator.class);
            var rotation = context.getBean(KeyRotation.class);
            var db = context.getBean(JdbcClient.class);
            append(context, "before");
            integrator.integrate(true);
            String oldKey = context.getBean(SigningKey.class).keyId();
            for (var step : List.of("prepared", "closed", "recorded", "opened")) {
                long heads = headCount(db);
                integrator.onRotationSteps(stopAt(step));
                assertThatThrownBy(() -> rotation.rotate("province-admin", "127.0.0.1"))
                        .hasMessage("stopped at " + step);
                assertThat(rotationEntries(db)).as("stopped at " + step).isZero();
                assertThat(headCount(db)).as("stopped at " + step).isEqualTo(heads);
                assertThat(keyInFiles()).as("stopped at " + step).isEqualTo(oldKey);
                integrator.onRotationSteps(null);
                append(context, step);
                integrator.integrate(true);
                assertThat(context.getBean(TreeStore.class)
                                .latest()
                                .orElseThrow()
                                .keyId())
                        .as("the old key signs on after a rotation stopped at " + step)
                        .isEqualTo(oldKey);
                assertThat(problems(context)).as("stopped at " + step).isEmpty();
            }

            // stopped after the commit, before the key files follow: the database holds the whole rotation
            integrator.onRotationSteps(stopAt("committed"));
            assertThatThrownBy(() -> rotation.rotate(null, null)).hasMessage("stopped at committed");
            integrator.onRotationSteps(null);
            assertThat(rotationEntries(db)).isOne();
            String newKey = db.sql("select record_id from audit.entry where kind = 'KEY_ROTATED'")
                    .query(String.class)
                    .single();
            assertThat(keyInFiles()).as("the key files still show the old key").isEqualTo(oldKey);
            assertThat(problems(context))
                    .as("verify trusts the new key by the old key's handover")
                    .isEmpty();
            var published = JSON.readTree(StaffClient.anonymous(port(context))
                    .getJson("/api/transparency/public-keys")
                    .body());
            assertThat(published.get(published.size() - 1).get("keyId").asText())
                    .isEqualTo(newKey);
            assertThat(published.get(published.size() - 1).get("vouchedBy").asText())
                    .isEqualTo(oldKey);

            var retried = rotation.rotate(null, null);
            assertThat(retried.retiredKeyId()).isEqualTo(oldKey);
            assertThat(retried.currentKeyId()).isEqualTo(newKey);
            assertThat(rotationEntries(db))
                    .as("the retry finishes that rotation and makes no other")
                    .isOne();
            assertThat(keyInFiles()).isEqualTo(newKey);
            append(context, "after");
            integrator.integrate(true);
            assertThat(context.getBean(TreeStore.class).latest().orElseThrow().keyId())
                    .isEqualTo(newKey);
            assertThat(problems(context)).isEmpty();

            // the key directory retired the old key naming its successor: a log without that closing head is named
            var transactions = context.getBean(TransactionTemplate.class);
            transactions.executeWithoutResult(status -> {
                status.setRollbackOnly();
                db.sql("set local session_replication_role = replica").update();
                db.sql("delete from audit.tree_head where handover_signature is not null")
                        .update();
                db.sql("set local session_replication_role = origin").update();
                assertThat(problems(context)).anySatisfy(problem -> {
                    assertThat(problem.item()).isEqualTo("签名密钥 " + oldKey);
                    assertThat(problem.detail()).contains("为继任密钥 " + newKey + " 担保", "没有这份担保所在的收尾树头");
                });
            });
        }
    }

    /**
     * A rotation that never committed leaves its closing head in the WAL and as a dead row, with a handover the old
     * key really signed. Put back by someone with the database after the old key signed on, it retires nothing and
     * promotes nothing: the key's closing head is its last, and this one is not.
     */
    @Test
    void theClosingHeadOfARotationThatNeverCommittedPutBackPromotesNothingAndIsNamed() throws Exception {
        try (var context = start(false)) {
            var integrator = context.getBean(Integrator.class);
            var rotation = context.getBean(KeyRotation.class);
            var tree = context.getBean(TreeStore.class);
            append(context, "before");
            integrator.integrate(true);
            String oldKey = context.getBean(SigningKey.class).keyId();
            var captured = new java.util.concurrent.atomic.AtomicReference<TreeStore.TreeHead>();
            integrator.onRotationSteps(step -> {
                if (step.equals("closed")) {
                    // what an attacker reads from the WAL: the closing head as the rotation wrote it
                    captured.set(tree.handovers().get(0));
                    throw new IllegalStateException("stopped at " + step);
                }
            });
            assertThatThrownBy(() -> rotation.rotate(null, null)).hasMessage("stopped at closed");
            integrator.onRotationSteps(null);
            assertThat(tree.handovers()).as("the rotation rolled back").isEmpty();
            append(context, "signed on");
            integrator.integrate(true);

            tree.insertHead(captured.get());
            append(context, "after the replay");
            integrator.integrate(true);
            assertThat(keyInFiles()).as("the key files keep the old key").isEqualTo(oldKey);
            assertThat(tree.latest().orElseThrow().keyId())
                    .as("the old key signs on")
                    .isEqualTo(oldKey);
            assertThat(problems(context))
                    .as("only the put-back closing head is named; the old key's later heads are its own")
                    .singleElement()
                    .satisfies(problem -> {
                        assertThat(problem.item())
                                .contains(String.valueOf(captured.get().treeSize()));
                        assertThat(problem.detail()).contains(oldKey, "仍签署了树头");
                    });
            var published = JSON.readTree(StaffClient.anonymous(port(context))
                    .getJson("/api/transparency/public-keys")
                    .body());
            assertThat(published.get(published.size() - 1).get("vouching").asText())
                    .as("the successor it names is not the product's")
                    .isEqualTo("UNVOUCHED");
        }
    }

    @Test
    void aKeyHandedOverToWithoutTheOldKeysSignatureIsRefusedByTheMonitorAndNamedByVerify() throws Exception {
        var state = data.resolve("monitor").resolve("heads.json");
        try (var context = start(false)) {
            append(context, "before");
            context.getBean(Integrator.class).integrate(true);
            var first = monitor(context, state);
            assertThat(first.status()).as(first.output()).isZero();
            assertThat(first.output()).contains("首次使用即信任");
            String key = context.getBean(SigningKey.class).keyId();
            var latest = context.getBean(TreeStore.class).latest().orElseThrow();

            // an attacker with the database but without the key's private key: the key's last head again, now naming
            // the attacker's key as its successor (a handover the attacker can only sign with their own key), and a
            // head of the attacker's key
            var attacker = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            var attackerSpki = attacker.getPublic().getEncoded();
            String attackerId = SigningKey.id(attackerSpki);
            var handover = Signature.getInstance("Ed25519");
            handover.initSign(attacker.getPrivate());
            handover.update(
                    SigningKey.handoverBytes(latest.treeSize(), latest.rootHash(), latest.timestampMs(), attackerSpki));
            context.getBean(TreeStore.class)
                    .insertHead(new TreeStore.TreeHead(
                            latest.treeSize(),
                            latest.rootHash(),
                            latest.timestampMs(),
                            latest.signature(),
                            key,
                            attackerSpki,
                            handover.sign()));
            forge(context, latest, attacker.getPrivate(), attackerId);

            // the product publishes what its database names, as UNVOUCHED; the monitor checks the handover itself
            var published = JSON.readTree(StaffClient.anonymous(port(context))
                    .getJson("/api/transparency/public-keys")
                    .body());
            assertThat(published).anySatisfy(k -> {
                assertThat(k.get("keyId").asText()).isEqualTo(attackerId);
                assertThat(k.get("status").asText()).isEqualTo("UNVOUCHED");
                assertThat(k.get("vouchedBy").asText()).isEqualTo(key);
            });
            var run = monitor(context, state);
            assertThat(run.status()).as(run.output()).isOne();
            assertThat(run.output())
                    .contains("未经担保的签名密钥", "由密钥 " + attackerId + " 签署", "所信任的密钥 " + key + " 没有为它担保", "未保存新树头");
            var fresh = monitor(context, data.resolve("monitor").resolve("fresh.json"));
            assertThat(fresh.status())
                    .as("nor is it trusted on first use: " + fresh.output())
                    .isOne();
            assertThat(fresh.output()).contains("未经担保的签名密钥", attackerId);
            assertThat(problems(context))
                    .anySatisfy(problem -> assertThat(problem.detail()).contains("担保签名不是由签署该树头的密钥 " + key + " 所做"))
                    .anySatisfy(problem -> assertThat(problem.detail()).contains("由未经担保的签名密钥 " + attackerId + " 签署"));
        }
    }

    @Test
    void keysRetiredBeforeVouchingAreGrandfatheredByVerifyAndAMonitorTakesTheirSuccessorOnlyWhenGivenIt()
            throws Exception {
        var keys = data.resolve("keys");
        var state = data.resolve("monitor").resolve("heads.json");
        TreeStore.TreeHead last;
        String oldKey;
        try (var before = start(false)) {
            append(before, "before");
            before.getBean(Integrator.class).integrate(true);
            assertThat(monitor(before, state).status()).isZero();
            last = before.getBean(TreeStore.class).latest().orElseThrow();
            oldKey = last.keyId();
        }
        // a rotation as the product made them before keys vouched for their successors: the retired key's entry names
        // no successor, and no closing head hands over
        var oldSpki = Files.readAllBytes(keys.resolve("audit-ed25519.pub"));
        Files.writeString(
                keys.resolve("audit-ed25519-retired.json"),
                """
                {"retired":[{"keyId":"%s","spki":"%s","retiredAt":%d,"lastHead":{"treeSize":%d,"timestamp":%d}}]}
                """
                        .formatted(
                                oldKey,
                                Base64.getEncoder().encodeToString(oldSpki),
                                last.timestampMs(),
                                last.treeSize(),
                                last.timestampMs()));
        var fresh = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.write(keys.resolve("audit-ed25519.key"), fresh.getPrivate().getEncoded());
        Files.write(keys.resolve("audit-ed25519.pub"), fresh.getPublic().getEncoded());
        String newKey = SigningKey.id(fresh.getPublic().getEncoded());

        try (var after = start(false)) {
            append(after, "after");
            after.getBean(Integrator.class).integrate(true);
            assertThat(after.getBean(TreeStore.class).latest().orElseThrow().keyId())
                    .isEqualTo(newKey);
            assertThat(problems(after)).as("verify grandfathers the rotation").isEmpty();
            var published = JSON.readTree(StaffClient.anonymous(port(after))
                    .getJson("/api/transparency/public-keys")
                    .body());
            assertThat(published.get(0).get("handover").isNull()).isTrue();
            assertThat(published.get(1).get("vouching").asText()).isEqualTo("GRANDFATHERED");

            // a monitor that trusted the old key does not take the new one on the product's word
            var refused = monitor(after, state);
            assertThat(refused.status()).as(refused.output()).isOne();
            assertThat(refused.output())
                    .contains("未经担保的签名密钥", newKey, oldKey, "GRANDFATHERED", "--trust-key " + newKey);
            // given the key (checked out of band), it follows the log across the rotation
            var given = monitor(after, state, "--trust-key", newKey);
            assertThat(given.status()).as(given.output()).isZero();
            assertThat(given.output()).contains("按指定信任签名密钥 " + newKey, "一致");
            assertThat(monitor(after, state).status())
                    .as("and keeps trusting it")
                    .isZero();
            // a monitor's first run trusts the published keys on first use, and says so
            var firstUse = monitor(after, data.resolve("monitor").resolve("new.json"));
            assertThat(firstUse.status()).as(firstUse.output()).isZero();
            assertThat(firstUse.output()).contains("首次使用即信任", oldKey, newKey);
        }
    }

    private static Integrator.RotationStep stopAt(String step) {
        return reached -> {
            if (reached.equals(step)) {
                throw new IllegalStateException("stopped at " + step);
            }
        };
    }

    private static long rotationEntries(JdbcClient db) {
        return db.sql("select count(*) from audit.entry where kind = 'KEY_ROTATED'")
                .query(Long.class)
                .single();
    }

    private static long headCount(JdbcClient db) {
        return db.sql("select count(*) from audit.tree_head").query(Long.class).single();
    }

    private String keyInFiles() throws java.io.IOException {
        return SigningKey.id(Files.readAllBytes(data.resolve("keys").resolve("audit-ed25519.pub")));
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

    private static Run monitor(ConfigurableApplicationContext context, Path state, String... more) {
        var out = new ByteArrayOutputStream();
        var arguments =
                new ArrayList<>(List.of("--url", "http://localhost:" + port(context), "--state", state.toString()));
        arguments.addAll(List.of(more));
        int status = TreeHeadMonitor.run(
                new PrintStream(out, true, StandardCharsets.UTF_8), arguments.toArray(String[]::new));
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

    /** The product, with the scheduled integrator on or off (off: only the test signs heads). */
    private ConfigurableApplicationContext start(boolean integrate) {
        return new SpringApplicationBuilder(Application.class)
                .properties("sunlight.audit.integrate=" + integrate)
                .run(arguments(true));
    }
}
