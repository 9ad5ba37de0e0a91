package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * R7 from outside: the signed tree head verifies with the published key, and the inclusion and consistency proofs
 * answered over HTTP verify against it with the independent RFC 9162 verifier of the tests, for a tree whose root the
 * test also computes itself from the stored leaves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TransparencyHttpTest {

    private static final HexFormat HEX = HexFormat.of();

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Integrator integrator;

    @Test
    void theSignedHeadVerifiesWithThePublishedKeyAndTheProofsVerifyAgainstIt() throws Exception {
        StaffClient.loggedIn(port, "qufu-officer");
        integrator.integrate(true);
        var anonymous = StaffClient.anonymous(port);
        var first = signedHead(anonymous);

        StaffClient.loggedIn(port, "qufu-leader");
        StaffClient.loggedIn(port, "city-supervisor");
        integrator.integrate(true);
        var second = signedHead(anonymous);
        assertThat(second.size()).isGreaterThan(first.size());

        var key =
                json.readTree(anonymous.getJson("/api/transparency/public-key").body());
        assertThat(key.get("algorithm").asText()).isEqualTo("Ed25519");
        assertThat(key.get("pem").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
        var publicKey = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(
                        Base64.getDecoder().decode(key.get("spki").asText())));
        for (var head : List.of(first, second)) {
            var signed = ByteBuffer.allocate(50)
                    .put((byte) 0)
                    .put((byte) 1)
                    .putLong(head.timestamp())
                    .putLong(head.size())
                    .put(head.root())
                    .array();
            var verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(signed);
            assertThat(verifier.verify(head.signature()))
                    .as("signature of %d", head.size())
                    .isTrue();
            signed[20] ^= 1;
            verifier.initVerify(publicKey);
            verifier.update(signed);
            assertThat(verifier.verify(head.signature())).isFalse();
        }

        // the test's own tree from the stored leaves: rehash each leaf's data as the staff API gives it
        var leaves = db.sql(
                        """
                        select e.leaf_hash from audit.leaf l join audit.entry e on e.id = l.entry_id
                        where l.leaf_index < ? order by l.leaf_index
                        """)
                .param(second.size())
                .query(byte[].class)
                .list();
        assertThat(leaves).hasSize((int) second.size());
        assertThat(Rfc9162.root(leaves)).isEqualTo(second.root());
        assertThat(Rfc9162.root(leaves.subList(0, (int) first.size()))).isEqualTo(first.root());
        var admin = StaffClient.loggedIn(port, "province-admin");
        var last = json.readTree(
                admin.getJson("/api/audit/entries/" + (second.size() - 1)).body());
        assertThat(Rfc9162.leaf(last.get("leaf").asText().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(leaves.get((int) second.size() - 1));

        for (long index = Math.max(0, second.size() - 40); index < second.size(); index++) {
            for (long size : List.of(index + 1, first.size(), second.size())) {
                if (size <= index) {
                    continue;
                }
                var proof = json.readTree(anonymous
                        .getJson("/api/transparency/proof/inclusion?index=" + index + "&treeSize=" + size)
                        .body());
                var leafHash = HEX.parseHex(proof.get("leafHash").asText());
                assertThat(leafHash).isEqualTo(leaves.get((int) index));
                assertThat(Rfc9162.verifyInclusion(
                                index,
                                size,
                                leafHash,
                                hexList(proof.get("auditPath")),
                                Rfc9162.root(leaves.subList(0, (int) size))))
                        .as("inclusion of %d in %d", index, size)
                        .isTrue();
            }
        }
        var consistency = json.readTree(anonymous
                .getJson("/api/transparency/proof/consistency?first=" + first.size() + "&second=" + second.size())
                .body());
        assertThat(Rfc9162.verifyConsistency(
                        first.size(), second.size(), first.root(), second.root(), hexList(consistency.get("proof"))))
                .isTrue();
        for (long m = Math.max(1, second.size() - 30); m <= second.size(); m++) {
            var proof = json.readTree(anonymous
                    .getJson("/api/transparency/proof/consistency?first=" + m + "&second=" + second.size())
                    .body());
            assertThat(Rfc9162.verifyConsistency(
                            m,
                            second.size(),
                            Rfc9162.root(leaves.subList(0, (int) m)),
                            second.root(),
                            hexList(proof.get("proof"))))
                    .as("consistency %d → %d", m, second.size())
                    .isTrue();
        }

        var heads =
                json.readTree(anonymous.getJson("/api/transparency/sths?size=5").body());
        // the newest heads, among them the one this test saw (another context's acts may have been signed since)
        assertThat(heads.get("content")).anyMatch(head -> head.get("treeSize").asLong() == second.size());
        assertThat(heads.get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void badProofRequestsAreRefusedNamingTheField() throws Exception {
        StaffClient.loggedIn(port, "qufu-officer");
        integrator.integrate(true);
        var anonymous = StaffClient.anonymous(port);
        var size = signedHead(anonymous).size();
        var beyond = anonymous.getJson("/api/transparency/proof/inclusion?index=0&treeSize=" + (size + 1000));
        assertThat(beyond.statusCode()).isEqualTo(400);
        assertThat(beyond.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(beyond.body()).get("field").asText()).isEqualTo("treeSize");
        var notANumber = anonymous.getJson("/api/transparency/proof/inclusion?index=x&treeSize=1");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(json.readTree(notANumber.body()).get("field").asText()).isEqualTo("index");
        var backwards =
                anonymous.getJson("/api/transparency/proof/consistency?first=" + (size + 1) + "&second=" + size);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(json.readTree(backwards.body()).get("field").asText()).isEqualTo("first");
        var entry = anonymous.getJson("/api/audit/entries/0");
        assertThat(entry.statusCode()).isEqualTo(401);
    }

    @Test
    void aLoginAndAFailedLoginAreLoggedWithTheirAddress() {
        var before = count("LOGIN_FAILED", "qufu-reviewer");
        StaffClient.anonymous(port).login("qufu-reviewer", "wrong-password");
        assertThat(count("LOGIN_FAILED", "qufu-reviewer")).isEqualTo(before + 1);
        var logins = count("LOGIN", "qufu-reviewer");
        StaffClient.loggedIn(port, "qufu-reviewer");
        assertThat(count("LOGIN", "qufu-reviewer")).isEqualTo(logins + 1);
        var address = db.sql(
                        "select address from audit.entry where kind = 'LOGIN' and actor = 'qufu-reviewer' order by id desc limit 1")
                .query(String.class)
                .single();
        assertThat(address).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    private long count(String kind, String actor) {
        return db.sql("select count(*) from audit.entry where kind = ? and actor = ?")
                .params(kind, actor)
                .query(Long.class)
                .single();
    }

    record Head(long size, byte[] root, long timestamp, byte[] signature) {}

    private Head signedHead(StaffClient client) throws Exception {
        var response = client.getJson("/api/transparency/sth");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode sth = json.readTree(response.body());
        return new Head(
                sth.get("treeSize").asLong(),
                HEX.parseHex(sth.get("rootHash").asText()),
                sth.get("timestamp").asLong(),
                Base64.getDecoder().decode(sth.get("signature").asText()));
    }

    private static List<byte[]> hexList(JsonNode array) {
        var list = new ArrayList<byte[]>();
        array.forEach(node -> list.add(HEX.parseHex(node.asText())));
        return list;
    }

    static UUID uuid(String text) {
        return UUID.fromString(text);
    }
}
