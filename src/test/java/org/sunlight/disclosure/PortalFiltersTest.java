package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/** Issue 15: the portal's search filters by the deciding unit and the decision date, like the open-data API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalFiltersTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Test
    void thePublicNarrowsResultsByUnitAndDate() throws Exception {
        var today = LocalDate.now(clock);
        var party = "曲阜市某某筛选诊所" + UUID.randomUUID().toString().substring(0, 6);
        var fixtures = new DisclosureFixtures(port, db, clock);
        fixtures.publish(fixtures.decided("某诊所未公示价格" + party, "", DisclosureFixtures.organisation(party), 200)
                .entry());
        var qufu = db.sql("select id from organization.unit where name = '曲阜市卫生健康局'")
                .query(UUID.class)
                .single();
        var other = db.sql("select id from organization.unit where name <> '曲阜市卫生健康局' limit 1")
                .query(UUID.class)
                .single();
        var visitor = StaffClient.anonymous(port);
        var q = "&party=" + URLEncoder.encode(party, StandardCharsets.UTF_8);

        assertThat(visitor.get("/portal/results?unit=" + qufu + "&from=" + today + "&to=" + today + q)
                        .body())
                .contains(party)
                .contains("决定日期自");
        assertThat(visitor.get("/portal/results?unit=" + other + q).body()).doesNotContain("某诊所未公示价格" + party);
        assertThat(visitor.get("/portal/results?from=" + today.plusDays(1) + q).body())
                .doesNotContain("某诊所未公示价格" + party);

        var backwards = visitor.get("/portal/results?from=" + today + "&to=" + today.minusDays(1) + q);
        assertThat(backwards.statusCode()).isEqualTo(200);
        assertThat(backwards.body()).contains("结束日期不早于开始日期").doesNotContain("某诊所未公示价格" + party);
        assertThat(visitor.get("/portal/results?from=2026-13-01" + q).body()).contains("请按“年-月-日”填写日期");
    }
}
