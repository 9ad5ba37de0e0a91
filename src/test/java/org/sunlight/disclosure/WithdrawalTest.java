package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;
import org.sunlight.calendar.WorkingDays;

/**
 * A published result comes down within 3 working days of its decision being revoked, and says so when reconsideration
 * or litigation changed it (D11); the latest results are also an Atom feed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WithdrawalTest {

    private LocalDate today;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @BeforeEach
    void todayFromTheApplicationsClock() {
        today = LocalDate.now(clock);
    }

    @Autowired
    WorkingDays workingDays;

    @Test
    void aRevokedDecisionIsDueToComeDownInThreeWorkingDaysAndThenIsGone() throws Exception {
        var title = "某美容店从业人员无健康证明" + UUID.randomUUID().toString().substring(0, 4);
        var entry = published(title);
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console/disclosures");
        var revokedOn = today.minusDays(10);

        var recorded = admin.postFormAndFollow(
                "/console/disclosures/" + entry + "/revoked", form("reason", "REVOKED", "on", revokedOn.toString()));

        var due = workingDays.addWorkingDays(revokedOn, 3).due();
        assertThat(recorded.body()).contains("应于 " + due + " 前撤下");
        assertThat(admin.get("/console").body()).contains("超过 3 个工作日仍未撤下");

        var resultId = resultOf(entry);
        assertThat(StaffClient.anonymous(port)
                        .get("/portal/results/" + resultId)
                        .statusCode())
                .isEqualTo(200);
        admin.postFormAndFollow("/console/disclosures/" + entry + "/withdraw", form());

        assertThat(StaffClient.anonymous(port)
                        .get("/portal/results/" + resultId)
                        .statusCode())
                .isEqualTo(404);
        assertThat(StaffClient.anonymous(port)
                        .getJson("/api/public/results?q=" + title)
                        .body())
                .doesNotContain(title);
        assertThat(StaffClient.anonymous(port).get("/feeds/results.atom").body())
                .doesNotContain(title);
    }

    @Test
    void aResultChangedByReconsiderationCarriesTheChange() throws Exception {
        var title = "某宾馆未取得卫生许可证" + UUID.randomUUID().toString().substring(0, 4);
        var entry = published(title);
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console/disclosures");

        admin.postFormAndFollow(
                "/console/disclosures/" + entry + "/annotations",
                form("proceeding", "RECONSIDERATION", "changed", "true", "on", today.toString(), "text", "罚款变更为一百元"));

        var page = StaffClient.anonymous(port)
                .get("/portal/results/" + resultOf(entry))
                .body();
        assertThat(page).contains(today + "：经行政复议，改变原决定。罚款变更为一百元");
    }

    @Test
    void theLatestResultsAreAValidAtomFeed() throws Exception {
        var title = "某游泳馆水质不合格" + UUID.randomUUID().toString().substring(0, 4);
        published(title);

        var response = StaffClient.anonymous(port).get("/feeds/results.atom");

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
        var feed = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(feed.getDocumentElement().getNodeName()).isEqualTo("feed");
        assertThat(response.body()).contains(title).contains("行政执法结果公示");
    }

    private UUID published(String title) throws Exception {
        return new DisclosureFixtures(port, db, clock).publishedOnAPerson(title);
    }

    private UUID resultOf(UUID entry) {
        return db.sql("select id from disclosure.published_result where entry_id = ?")
                .param(entry)
                .query(UUID.class)
                .single();
    }
}
