package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * The public search over many results: counted up to the cap and said so, each page in decision-date order as the
 * table itself sorts it, and a page answered again from the node's recent searches only until the results change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchTest {

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Test
    void aSearchAnsweredBeforeACorrectionOrAWithdrawalIsNotAnsweredAfterIt() throws Exception {
        var party = "曲阜市某某搓澡堂" + suffix();
        var fixtures = new DisclosureFixtures(port, db, clock);
        var decided = fixtures.decided(party + "未公示卫生信誉度等级", "", DisclosureFixtures.organisation(party), 300);
        fixtures.publish(decided.entry());
        var visitor = StaffClient.anonymous(port);
        var query = "/api/public/results?q=" + encode(party);

        var first = json.readTree(visitor.getJson(query).body());
        var again = json.readTree(visitor.getJson(query).body());
        assertThat(first.get("totalElements").asInt()).isEqualTo(1);
        assertThat(again).isEqualTo(first);
        assertThat(first.get("content").get(0).get("version").asInt()).isEqualTo(1);

        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console/disclosures/" + decided.entry());
        var corrected = admin.postFormAndFollow(
                "/console/disclosures/" + decided.entry() + "/correction",
                form("text", "当事人：" + party + "\n罚款数额应为800元。", "reason", "原公示的罚款数额有误"));
        assertThat(corrected.body()).contains("更正已发布");

        var afterCorrection = json.readTree(visitor.getJson(query).body());
        assertThat(afterCorrection.get("totalElements").asInt()).isEqualTo(1);
        assertThat(afterCorrection.get("content").get(0).get("version").asInt()).isEqualTo(2);
        assertThat(afterCorrection.get("content").get(0).get("publicText").asText())
                .contains("罚款数额应为800元");
        assertThat(visitor.get("/portal/results?q=" + encode(party)).body()).contains("共 1 条");

        admin.get("/console/disclosures");
        admin.postFormAndFollow("/console/disclosures/" + decided.entry() + "/withdraw", form());

        assertThat(json.readTree(visitor.getJson(query).body())
                        .get("totalElements")
                        .asInt())
                .isZero();
        assertThat(visitor.get("/portal/results?q=" + encode(party)).body())
                .doesNotContain(party + "未公示")
                .contains("共 0 条");
    }

    @Test
    void anAnswerAskedAgainWithItsTagIsNotModifiedUntilTheResultsChange() throws Exception {
        var party = "邹城市某某足疗店" + suffix();
        var fixtures = new DisclosureFixtures(port, db, clock);
        var decided = fixtures.decided(party + "未取得公共场所卫生许可证", "", DisclosureFixtures.organisation(party), 200);
        fixtures.publish(decided.entry());
        var visitor = StaffClient.anonymous(port);
        var api = "/api/public/results?q=" + encode(party);
        var portal = "/portal/results?q=" + encode(party);

        var first = visitor.getJson(api);
        var apiTag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache, public");
        assertThat(json.readTree(first.body()).get("totalElements").asInt()).isEqualTo(1);
        var page = visitor.get(portal);
        var portalTag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(page.body()).contains(party + "未取得");

        var notModified = ask(visitor, api, "application/json", apiTag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(ask(visitor, portal, "text/html", portalTag).statusCode()).isEqualTo(304);
        // another tag, or none, is answered in full
        assertThat(ask(visitor, api, "application/json", "W/\"0-x\"").statusCode())
                .isEqualTo(200);

        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console/disclosures");
        admin.postFormAndFollow("/console/disclosures/" + decided.entry() + "/withdraw", form());

        var afterWithdrawal = ask(visitor, api, "application/json", apiTag);
        assertThat(afterWithdrawal.statusCode()).isEqualTo(200);
        assertThat(afterWithdrawal.headers().firstValue("ETag"))
                .isPresent()
                .get()
                .isNotEqualTo(apiTag);
        assertThat(json.readTree(afterWithdrawal.body()).get("totalElements").asInt())
                .isZero();
        var portalAfter = ask(visitor, portal, "text/html", portalTag);
        assertThat(portalAfter.statusCode()).isEqualTo(200);
        assertThat(portalAfter.body()).doesNotContain(party + "未取得").contains("共 0 条");
    }

    private static java.net.http.HttpResponse<String> ask(StaffClient client, String path, String accept, String tag) {
        return client.send(
                java.net.http.HttpRequest.newBuilder(client.uri(path))
                        .header("Accept", accept)
                        .header("If-None-Match", tag)
                        .GET(),
                false);
    }

    @Test
    void manyMatchesAreCountedToTheCapAndEveryPageIsInDateOrder() throws Exception {
        var keyword = "排序检验" + suffix();
        var source = "search-test-" + keyword;
        insertResults(keyword, source, 1_150);
        try {
            var visitor = StaffClient.anonymous(port);
            for (int page : new int[] {0, 1, 7, 49}) {
                var found = json.readTree(visitor.getJson("/api/public/results?q=" + encode(keyword) + "&page=" + page)
                        .body());
                assertThat(found.get("totalElements").asInt()).isEqualTo(PublishedResults.COUNT_CAP);
                assertThat(ids(found)).as("page " + page).containsExactlyElementsOf(expected(keyword, null, page, 20));
            }
            var pastTheCap = json.readTree(visitor.getJson("/api/public/results?q=" + encode(keyword) + "&page=50")
                    .body());
            assertThat(pastTheCap.get("content")).isEmpty();
            assertThat(visitor.get("/portal/results?q=" + encode(keyword)).body())
                    .contains("超过 1,000 条");

            // within a category fewer than the cap match: counted exactly, found through the index, sorted the same
            long inspections = db.sql("select count(*) from disclosure.public_result where title like ?"
                            + " and category = 'INSPECTION'")
                    .param("%" + keyword + "%")
                    .query(Long.class)
                    .single();
            assertThat(inspections).isBetween(1L, (long) PublishedResults.COUNT_CAP - 1);
            for (int page : new int[] {0, 3}) {
                var found = json.readTree(visitor.getJson("/api/public/results?q=" + encode(keyword)
                                + "&category=INSPECTION&size=50&page=" + page)
                        .body());
                assertThat(found.get("totalElements").asLong()).isEqualTo(inspections);
                assertThat(ids(found))
                        .as("inspections, page " + page)
                        .containsExactlyElementsOf(expected(keyword, "INSPECTION", page, 50));
            }
        } finally {
            deleteResults(source);
        }
    }

    /** Results as the portal's index holds them, straight into the tables, spread over 400 days with ties. */
    private void insertResults(String keyword, String source, int count) {
        db.sql(
                        """
                        insert into disclosure.disclosure_entry (id, case_id, unit_id, category, case_title, decided_on,
                            due_on, status, party_notified_on, party_notified_how, original_text, published_at,
                            published_by)
                        select gen_random_uuid(), gen_random_uuid(), u.id,
                            (array['PENALTY', 'LICENSING', 'INSPECTION'])[1 + g % 3], 'search test',
                            current_date - (g % 400), current_date - (g % 400) + 9, 'PUBLISHED',
                            current_date - (g % 400), '决定书中载明', '', now(), :source
                        from generate_series(1, :count) g,
                            (select id from organization.unit order by division_code limit 1) u
                        """)
                .param("source", source)
                .param("count", count)
                .update();
        db.sql(
                        """
                        insert into disclosure.published_result (entry_id, unit_id, unit_name, category, title,
                            public_text, decided_on, published_on, published_at)
                        select e.id, e.unit_id, '曲阜市卫生健康局', e.category, '某某诊所' || :keyword || '案',
                            '当事人：某某诊所' || E'\\n处理决定：警告', e.decided_on, e.decided_on, e.published_at
                        from disclosure.disclosure_entry e where e.published_by = :source
                        """)
                .param("keyword", keyword)
                .param("source", source)
                .update();
        db.sql(
                        """
                        insert into disclosure.public_result
                        select r.entry_id, r.id, r.unit_id, r.unit_name, r.category, r.title, r.public_text,
                            r.decided_on, r.published_on, r.version, r.correction_reason, e.fulfilment, e.fulfilled_on
                        from disclosure.published_result r join disclosure.disclosure_entry e on e.id = r.entry_id
                        where e.published_by = :source
                        """)
                .param("source", source)
                .update();
    }

    private void deleteResults(String source) {
        var entries = "(select id from disclosure.disclosure_entry where published_by = :source)";
        db.sql("delete from disclosure.public_result where entry_id in " + entries)
                .param("source", source)
                .update();
        db.sql("delete from disclosure.published_result where entry_id in " + entries)
                .param("source", source)
                .update();
        db.sql("delete from disclosure.disclosure_entry where published_by = :source")
                .param("source", source)
                .update();
    }

    private List<UUID> expected(String keyword, String category, int page, int size) {
        return db.sql("select id from disclosure.public_result where title like :pattern"
                        + (category == null ? "" : " and category = :category")
                        + " order by decided_on desc, id desc limit :size offset :offset")
                .param("pattern", "%" + keyword + "%")
                .param("category", category)
                .param("size", size)
                .param("offset", page * size)
                .query(UUID.class)
                .list();
    }

    private static List<UUID> ids(JsonNode page) {
        var ids = new ArrayList<UUID>();
        page.get("content")
                .forEach(result -> ids.add(UUID.fromString(result.get("id").asText())));
        return ids;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 4);
    }
}
