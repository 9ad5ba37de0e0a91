package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * A published result is corrected as a new version with its reason, redacted like the first (D11); the public finds
 * results by the party's name, downloads them as CSV, and sees a penalty's fulfilment (D10).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CorrectionTest {

    private final ObjectMapper json = new ObjectMapper();
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

    @Test
    void aCorrectionIsANewVersionThePublicSeesWithItsReason() throws Exception {
        var party = "曲阜市某某洗浴中心" + suffix();
        var published = published(party);
        var firstId = resultOf(published.entry());
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        // the correction is step 5 of the entry's page; the old address of its form leads there
        var form = admin.get("/console/disclosures/" + published.entry());
        assertThat(form.body()).contains("第 1 版", party, "发布更正");
        assertThat(StaffClient.location(admin.get("/console/disclosures/" + published.entry() + "/correction")))
                .endsWith("/console/disclosures/" + published.entry() + "#step-after");

        var refused = admin.postForm(
                "/console/disclosures/" + published.entry() + "/correction",
                form("text", "更正后的文本：罚款数额应为1000元。", "reason", ""));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("请填写更正原因", "更正后的文本：罚款数额应为1000元。");
        assertThat(versions(published.entry()))
                .as("a refused correction wrote nothing")
                .isEqualTo(1);

        var corrected = admin.postFormAndFollow(
                "/console/disclosures/" + published.entry() + "/correction",
                form("text", "当事人：" + party + "\n经办人王小明，身份证号11010519491231002X。罚款数额应为1000元。", "reason", "原公示的罚款数额有误"));
        assertThat(corrected.body()).contains("更正已发布", "第 2 版", "第 1 版");
        assertThat(versions(published.entry())).isEqualTo(2);

        var visitor = StaffClient.anonymous(port);
        var page = visitor.get("/portal/results/" + firstId).body();
        assertThat(page).contains("罚款数额应为1000元", "更正原因：原公示的罚款数额有误");
        assertThat(page).doesNotContain("11010519491231002X");
        var api = json.readTree(
                visitor.getJson("/api/public/results?party=" + encode(party)).body());
        assertThat(api.get("totalElements").asInt())
                .as("the public sees the latest version only")
                .isEqualTo(1);
        assertThat(api.get("content").get(0).get("version").asInt()).isEqualTo(2);

        // a corrected result comes down like any other
        admin.get("/console/disclosures");
        admin.postFormAndFollow("/console/disclosures/" + published.entry() + "/withdraw", form());
        assertThat(db.sql("select status from disclosure.disclosure_entry where id = ?")
                        .param(published.entry())
                        .query(String.class)
                        .single())
                .isEqualTo("WITHDRAWN");
        assertThat(visitor.get("/portal/results/" + firstId).statusCode()).isEqualTo(404);
    }

    @Test
    void thePublicFindsResultsByPartyAndDownloadsThemAsCsv() throws Exception {
        var party = "曲阜市某某足疗店" + suffix();
        published(party);
        var visitor = StaffClient.anonymous(port);

        var found = json.readTree(
                visitor.getJson("/api/public/results?party=" + encode(party)).body());
        assertThat(found.get("totalElements").asInt()).isEqualTo(1);
        var other = json.readTree(visitor.getJson("/api/public/results?party=" + encode(party + "分店"))
                .body());
        assertThat(other.get("totalElements").asInt()).isZero();

        var csv = visitor.get("/api/public/results?format=csv&party=" + encode(party));
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        var lines = csv.body().split("\r\n");
        assertThat(lines[0]).contains("id,unitName,category,title");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(party, "PENALTY");

        var portal = visitor.get("/portal/results?party=" + encode(party)).body();
        assertThat(portal).contains(party);
    }

    @Test
    void keywordsOfTwoCharactersAndOddCharactersAreSearchedSafely() throws Exception {
        var party = "曲阜市某某桑拿馆" + suffix();
        published(party);
        var visitor = StaffClient.anonymous(port);

        // a two-character word is found through the bigram index, and only where it really occurs
        var twoCharacters = json.readTree(visitor.getJson("/api/public/results?q=" + encode("桑拿") + "&size=200")
                .body());
        assertThat(twoCharacters.toString()).contains(party);
        assertThat(twoCharacters.get("content")).allSatisfy(result -> assertThat(
                        result.get("title").asText() + result.get("publicText").asText())
                .contains("桑拿"));

        // within a category the keyword still finds it, and not in another
        assertThat(visitor.getJson("/api/public/results?q=" + encode("桑拿") + "&category=PENALTY&size=200")
                        .body())
                .contains(party);
        assertThat(visitor.getJson("/api/public/results?q=" + encode("桑拿") + "&category=LICENSING&size=200")
                        .body())
                .doesNotContain(party);

        for (var odd : new String[] {"'", "\\", "%", "_", "a'b & c", "桑'拿", "!", "(", "桑拿 馆"}) {
            var response = visitor.getJson("/api/public/results?q=" + encode(odd));
            assertThat(response.statusCode()).as(odd).isEqualTo(200);
        }
        assertThat(json.readTree(visitor.getJson("/api/public/results?q=" + encode("%"))
                                .body())
                        .get("totalElements")
                        .asInt())
                .as("a percent sign is a character, not a wildcard")
                .isZero();
    }

    @Test
    void aPaidPenaltyShowsItsFulfilment() throws Exception {
        var party = "曲阜市某某理发店" + suffix();
        var published = published(party);
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        var paid = officer.postJson("/api/cases/" + published.caseId() + "/actions/record-payment", "{}");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);

        var page = StaffClient.anonymous(port)
                .get("/portal/results/" + resultOf(published.entry()))
                .body();
        assertThat(page).contains("履行情况：已缴纳罚款（" + today + "）");
    }

    private DisclosureFixtures.Decided published(String party) throws Exception {
        var fixtures = new DisclosureFixtures(port, db, clock);
        var decided = fixtures.decided(party + "未公示卫生信誉度等级", "", DisclosureFixtures.organisation(party), 500);
        fixtures.publish(decided.entry());
        return decided;
    }

    private int versions(UUID entry) {
        return db.sql("select count(*) from disclosure.published_result where entry_id = ?")
                .param(entry)
                .query(Integer.class)
                .single();
    }

    private UUID resultOf(UUID entry) {
        return db.sql("select id from disclosure.published_result where entry_id = ? and version = 1")
                .param(entry)
                .query(UUID.class)
                .single();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 4);
    }
}
