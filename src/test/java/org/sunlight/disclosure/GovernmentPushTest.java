package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.sunlight.StaffClient;

/**
 * Every publication and withdrawal reaches the government platform (D12) through the outbox: against a real HTTP
 * receiver on loopback that fails its first answers and is then stopped and started again, every message arrives,
 * none is lost, and copies of one message carry the same idempotency key and body.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "sunlight.disclosure.push.backoff=200ms",
            "sunlight.disclosure.push.max-backoff=1s",
            "sunlight.disclosure.push.retry-interval=300ms",
            "sunlight.disclosure.push.timeout=2s"
        })
class GovernmentPushTest {

    static final int RECEIVER_PORT = freePort();
    static final Receiver receiver = new Receiver();

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void receiverUrl(DynamicPropertyRegistry registry) {
        registry.add("sunlight.disclosure.push.url", () -> "http://127.0.0.1:" + RECEIVER_PORT + "/disclosures");
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @Test
    void everyChangeArrivesOnceAcknowledgedDespiteFailuresAndARestartedReceiver() throws Exception {
        receiver.start(2);
        var first = published("某足浴店未取得卫生许可证" + suffix());

        await(() -> acknowledged(first, "PUBLICATION"));
        assertThat(attempts(first, "PUBLICATION"))
                .as("two refusals, then the acknowledgement")
                .isEqualTo(3);

        receiver.stop();
        var second = published("某游泳馆水质不合格" + suffix());
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console/disclosures");
        admin.postFormAndFollow("/console/disclosures/" + first + "/withdraw", form());
        await(() -> attempts(second, "PUBLICATION") >= 2 && attempts(first, "WITHDRAWAL") >= 2);
        assertThat(admin.get("/console/disclosures/pushes").body()).contains("重试中", "ConnectException");
        assertThat(admin.get("/console").body()).contains("推送至政府公示平台未成功");

        receiver.start(0);
        admin.get("/console/disclosures/" + second);
        admin.postFormAndFollow(
                "/console/disclosures/" + second + "/correction",
                form("text", "当事人：赵某某（11010519491231002X）\n罚款100元。", "reason", "罚款数额有误"));
        await(() -> acknowledged(second, "PUBLICATION")
                && acknowledged(first, "WITHDRAWAL")
                && acknowledged(second, "CORRECTION"));

        var keys = db.sql("select id::text from disclosure.push_message where entry_id in (?, ?)")
                .params(first, second)
                .query(String.class)
                .list();
        assertThat(keys).hasSize(4);
        Map<String, List<String>> bodiesByKey = new HashMap<>();
        for (var delivery : receiver.accepted) {
            bodiesByKey
                    .computeIfAbsent(delivery.key(), key -> new ArrayList<>())
                    .add(delivery.body());
        }
        assertThat(bodiesByKey.keySet()).containsAll(keys);
        for (var key : keys) {
            var bodies = bodiesByKey.get(key);
            for (var copy : bodies) {
                assertSignedByTheProduct(json.readTree(copy).get("signedTreeHead"));
            }
            var messages = bodies.stream().map(this::withoutHead).toList();
            assertThat(messages)
                    .as("copies of one message are the same message")
                    .allMatch(messages.get(0)::equals);
            var body = json.readTree(bodies.get(0));
            assertThat(body.get("messageId").asText()).isEqualTo(key);
            assertThat(bodies.get(0)).doesNotContain("11010519491231002X", "赵某某");
        }
        var withdrawal =
                json.readTree(bodiesByKey.get(keyOf(first, "WITHDRAWAL")).get(0));
        assertThat(withdrawal.get("kind").asText()).isEqualTo("WITHDRAWAL");
        assertThat(withdrawal.get("entryId").asText()).isEqualTo(first.toString());
        var publication =
                json.readTree(bodiesByKey.get(keyOf(second, "PUBLICATION")).get(0));
        assertThat(publication.get("publicText").asText()).contains("赵某").doesNotContain("赵某某");
        var correction =
                json.readTree(bodiesByKey.get(keyOf(second, "CORRECTION")).get(0));
        assertThat(correction.get("publicText").asText())
                .contains("罚款100元", "赵某")
                .doesNotContain("赵某某", "11010519491231002X");

        assertThat(db.sql("select count(*) from platform.event_publication where completion_date is null"
                                + " and serialized_event like ?")
                        .param("%" + second + "%")
                        .query(Long.class)
                        .single())
                .as("the outbox holds nothing undelivered")
                .isZero();
    }

    @Test
    void aPublishedYearlyReportIsPushedLikeAResult() throws Exception {
        receiver.stop();
        receiver.start(1);
        try {
            var city = db.sql("select id from organization.unit where division_code = '370800'")
                    .query(UUID.class)
                    .single();
            int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                            .getYear()
                    - 1;
            var admin = StaffClient.loggedIn(port, "city-admin");
            var page = "/console/reports/" + city + "/" + year;
            admin.get(page);
            assertThat(admin.postFormAndFollow(page + "/publish", form()).body())
                    .contains("已发布第 1 版");

            await(() -> db.sql(
                                    """
                            select count(*) from disclosure.push_message m
                            join disclosure.annual_report r on r.id = m.report_id
                            where r.unit_id = ? and r.year = ? and m.kind = 'ANNUAL_REPORT'
                                and m.acknowledged_at is not null
                            """)
                            .params(city, year)
                            .query(Long.class)
                            .single()
                    == 1);
            var key = db.sql(
                            """
                            select m.id::text from disclosure.push_message m
                            join disclosure.annual_report r on r.id = m.report_id where r.unit_id = ? and r.year = ?
                            """)
                    .params(city, year)
                    .query(String.class)
                    .single();
            var bodies = receiver.accepted.stream()
                    .filter(delivery -> key.equals(delivery.key()))
                    .toList();
            assertThat(bodies).as("refused once, then acknowledged").hasSize(1);
            var body = json.readTree(bodies.get(0).body());
            assertThat(body.get("kind").asText()).isEqualTo("ANNUAL_REPORT");
            assertThat(body.get("messageId").asText()).isEqualTo(key);
            assertThat(body.get("unitName").asText()).isEqualTo("济宁市卫生健康委员会");
            assertThat(body.get("year").asInt()).isEqualTo(year);
            assertThat(body.get("report").get("disclosures").has("onTime")).isTrue();
            assertThat(admin.get("/console/disclosures/pushes").body())
                    .contains("统计年报", "济宁市卫生健康委员会" + year + "年度行政执法统计年报");
        } finally {
            receiver.stop();
        }
    }

    private boolean acknowledged(UUID entry, String kind) {
        return db.sql("select count(*) from disclosure.push_message where entry_id = ? and kind = ?"
                                + " and acknowledged_at is not null")
                        .params(entry, kind)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private int attempts(UUID entry, String kind) {
        return db.sql("select coalesce(max(attempts), 0) from disclosure.push_message where entry_id = ? and kind = ?")
                .params(entry, kind)
                .query(Integer.class)
                .single();
    }

    private String keyOf(UUID entry, String kind) {
        return db.sql("select id::text from disclosure.push_message where entry_id = ? and kind = ?")
                .params(entry, kind)
                .query(String.class)
                .single();
    }

    /** The message without the tree head, which is the newest at each delivery. */
    private com.fasterxml.jackson.databind.JsonNode withoutHead(String body) {
        try {
            var message = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(body);
            message.remove("signedTreeHead");
            return message;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Issue 14: every push carries a signed tree head that verifies with the product's public key. */
    private void assertSignedByTheProduct(com.fasterxml.jackson.databind.JsonNode head) throws Exception {
        assertThat(head).as("signedTreeHead").isNotNull();
        var key = json.readTree(java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + port + "/api/transparency/public-key"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(head.get("keyId").asText()).isEqualTo(key.get("keyId").asText());
        var signed = java.nio.ByteBuffer.allocate(50)
                .put((byte) 0)
                .put((byte) 1)
                .putLong(head.get("timestamp").asLong())
                .putLong(head.get("treeSize").asLong())
                .put(java.util.HexFormat.of().parseHex(head.get("rootHash").asText()))
                .array();
        var verifier = java.security.Signature.getInstance("Ed25519");
        verifier.initVerify(java.security.KeyFactory.getInstance("Ed25519")
                .generatePublic(new java.security.spec.X509EncodedKeySpec(
                        java.util.Base64.getDecoder().decode(key.get("spki").asText()))));
        verifier.update(signed);
        assertThat(verifier.verify(java.util.Base64.getDecoder()
                        .decode(head.get("signature").asText())))
                .as("the head's signature")
                .isTrue();
        assertThat(head.get("treeSize").asLong()).isPositive();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        var until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not reached within 30 s; receiver saw " + receiver.seen.get());
            }
            Thread.sleep(100);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 4);
    }

    private UUID published(String title) throws Exception {
        return new DisclosureFixtures(port, db, clock).publishedOnAPerson(title);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The government platform's receiving end: refuses its first answers when told to, and can be stopped. */
    static final class Receiver {

        record Delivery(String key, String body) {}

        final List<Delivery> accepted = new CopyOnWriteArrayList<>();
        final AtomicInteger seen = new AtomicInteger();
        private final AtomicInteger refusals = new AtomicInteger();
        private HttpServer server;

        synchronized void start(int refuseFirst) throws IOException {
            refusals.set(refuseFirst);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", RECEIVER_PORT), 16);
            server.createContext("/disclosures", exchange -> {
                seen.incrementAndGet();
                var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int status = refusals.getAndDecrement() > 0 ? 503 : 200;
                if (status == 200) {
                    accepted.add(new Delivery(exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        synchronized void stop() {
            if (server != null) {
                server.stop(0);
                server = null;
            }
        }
    }
}
