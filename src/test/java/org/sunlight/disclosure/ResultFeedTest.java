package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15: the Atom feed lists the latest results by the time they were published, with that time, and builds its links
 * from the configured public address whatever Host the request names.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sunlight.public-base-url=https://gongshi.example.gov.cn/")
class ResultFeedTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    java.time.Clock clock;

    @Test
    void theFeedIsInPublicationOrderWithTimesAndLinksFromTheConfiguredAddress() throws Exception {
        var fixtures = new DisclosureFixtures(port, db, clock);
        var first = "某宾馆未公示卫生许可证" + UUID.randomUUID().toString().substring(0, 4);
        var second = "某浴室未取得卫生许可证" + UUID.randomUUID().toString().substring(0, 4);
        fixtures.publishedOnAPerson(first);
        fixtures.publishedOnAPerson(second);
        var secondId = db.sql(
                        """
                        select p.id from disclosure.published_result p join disclosure.disclosure_entry e
                            on e.id = p.entry_id where e.case_title = ?
                        """)
                .param(second)
                .query(UUID.class)
                .single();

        var feed = get("/feeds/results.atom", "attacker.example");

        assertThat(feed).startsWith("HTTP/1.1 200");
        assertThat(feed.indexOf(second)).isPositive().isLessThan(feed.indexOf(first));
        assertThat(feed)
                .contains("<link href=\"https://gongshi.example.gov.cn/portal/results/" + secondId + "\"/>")
                .contains("<id>https://gongshi.example.gov.cn/portal/results</id>")
                .doesNotContain("attacker.example")
                .doesNotContain("localhost");
        var entry = feed.substring(feed.indexOf(second));
        var updated = entry.substring(entry.indexOf("<updated>") + 9, entry.indexOf("</updated>"));
        assertThat(java.time.Instant.parse(updated)).isAfter(clock.instant().minusSeconds(600));
    }

    /** A request with a Host header of the test's choosing, which Java's HTTP client does not allow. */
    private String get(String path, String host) throws Exception {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            var body = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(body);
            return body.toString(StandardCharsets.UTF_8);
        }
    }
}
