package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * Issue 15, open data safety: a published result whose title begins like a formula is downloaded as text, never as a
 * formula a spreadsheet would run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CsvFormulaTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Test
    void aTitleThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        var party = "曲阜市某某公式诊所" + UUID.randomUUID().toString().substring(0, 6);
        var fixtures = new DisclosureFixtures(port, db, clock);
        var decided = fixtures.decided("=1+2 " + party, "", DisclosureFixtures.organisation(party), 200);
        fixtures.publish(decided.entry());

        var csv = StaffClient.anonymous(port)
                .get("/api/public/results?format=csv&party=" + URLEncoder.encode(party, StandardCharsets.UTF_8));

        var lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(",\"'=1+2 " + party + "\",").doesNotContain(",\"=1+2");
    }
}
