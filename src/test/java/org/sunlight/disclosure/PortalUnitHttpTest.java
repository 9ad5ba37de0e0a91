package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.PortalPages.trail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * Issue 18, point 11: each unit has its own portal under {@code /u/{division code}/…}, picked on the home page; its
 * home page counts and its lists show that unit's entries only, the unit is named in the header and the trail, the
 * province's paths still show every unit's, and an unknown code is a Chinese 404 page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalUnitHttpTest {

    private static final String QUFU = "曲阜市卫生健康局";
    private static final String ZOUCHENG = "邹城市卫生健康局";
    private static final String PROVINCE = "山东省卫生健康委员会";

    /** The first cell of each row of a list table: the unit that published the row. */
    private static final Pattern ROW_UNIT = Pattern.compile("<tr>\\s*<td[^>]*>([^<]+)</td>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Test
    void theHomePageOffersEveryUnitsPortalProvinceFirst() {
        var home = StaffClient.anonymous(port).get("/").body();
        var picker = section(home, "<nav class=\"card unit-picker\"", "</nav>");
        assertThat(Pattern.compile("href=\"(/u/\\d+)\"")
                        .matcher(picker)
                        .results()
                        .map(match -> match.group(1))
                        .toList())
                .containsSubsequence("/u/370000", "/u/370800", "/u/370881", "/u/370883");
        assertThat(picker).contains(PROVINCE, "济宁市卫生健康委员会", QUFU, ZOUCHENG);
    }

    @Test
    void twoUnitsListsDifferAndEachShowsOnlyItsOwnEntries() {
        var visitor = StaffClient.anonymous(port);

        // the bodies list: the province and 曲阜 each publish their own
        var province = visitor.get("/u/370000/portal/bodies");
        var qufu = visitor.get("/u/370881/portal/bodies");
        assertThat(province.statusCode()).isEqualTo(200);
        assertThat(qufu.statusCode()).isEqualTo(200);
        assertThat(rowUnits(province.body())).isNotEmpty().containsOnly(PROVINCE);
        assertThat(rowUnits(qufu.body())).isNotEmpty().containsOnly(QUFU);
        assertThat(province.body()).contains("山东省卫生健康综合监督执法局").doesNotContain("曲阜市卫生健康综合监督执法大队");
        assertThat(qufu.body()).contains("曲阜市卫生健康综合监督执法大队").doesNotContain("山东省卫生健康综合监督执法局");
        assertThat(rowUnits(visitor.get("/portal/bodies").body()))
                .as("the province-wide path still lists every unit's")
                .contains(PROVINCE, QUFU);

        // the personnel list: 曲阜's officers and 邹城's, never the other's
        var qufuOfficers = visitor.get("/u/370881/portal/officers").body();
        var zouchengOfficers = visitor.get("/u/370883/portal/officers").body();
        assertThat(qufuOfficers).contains(QUFU).doesNotContain(ZOUCHENG);
        assertThat(zouchengOfficers).contains(ZOUCHENG).doesNotContain(QUFU);
        assertThat(found(qufuOfficers)).isNotEqualTo(found(zouchengOfficers));
        assertThat(visitor.get("/portal/officers").body()).contains(QUFU, ZOUCHENG);
        assertThat(zouchengOfficers)
                .as("the unit's portal keeps its address when paging and filtering")
                .contains("action=\"/u/370883/portal/officers\"")
                .doesNotContain("id=\"unit\"");
    }

    @Test
    void aUnitsResultsAreItsOwn() throws Exception {
        var title = "某美容院未取得医疗机构执业许可证" + UUID.randomUUID().toString().substring(0, 4);
        new DisclosureFixtures(port, db, clock).publishedOnAPerson(title);
        var visitor = StaffClient.anonymous(port);
        var q = "?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8);

        assertThat(visitor.get("/u/370881/portal/results" + q).body())
                .as("曲阜 decided it")
                .contains(">" + title + "</a>");
        assertThat(visitor.get("/u/370883/portal/results" + q).body())
                .as("邹城 did not")
                .doesNotContain(">" + title + "</a>")
                .contains("value=\"" + title + "\"");
        assertThat(visitor.get("/portal/results" + q).body()).contains(">" + title + "</a>");
        assertThat(visitor.get("/u/370881/portal/results").body())
                .as("no other unit's result on 曲阜's list")
                .doesNotContain(ZOUCHENG + " · ");
        assertThat(visitor.get("/u/370883/portal/results").body()).doesNotContain(QUFU + " · ");
    }

    @Test
    void aUnitsHomePageCountsItsOwnEntriesAndNamesTheUnit() {
        var visitor = StaffClient.anonymous(port);
        var qufu = visitor.get("/u/370881");
        var zoucheng = visitor.get("/u/370883");
        assertThat(qufu.statusCode()).isEqualTo(200);
        // the demo's item list is 曲阜's; 邹城 has published none
        assertThat(section(qufu.body(), "id=\"section-items\"", "</section>"))
                .contains("href=\"/u/370881/portal/items\"")
                .doesNotContain("本栏目暂无已发布的信息");
        assertThat(section(zoucheng.body(), "id=\"section-items\"", "</section>"))
                .contains("本栏目暂无已发布的信息");
        assertThat(section(qufu.body(), "id=\"section-officers\"", "</section>"))
                .contains("href=\"/u/370881/portal/officers\"");
        assertThat(qufu.body()).contains("<h1><span>" + QUFU + "</span>");
        assertThat(headerUnit(qufu.body())).isEqualTo(QUFU);
        assertThat(trail(qufu.body())).containsExactly("首页", QUFU);

        var items = visitor.get("/u/370881/portal/items").body();
        assertThat(headerUnit(items)).isEqualTo(QUFU);
        assertThat(trail(items)).containsExactly("首页", QUFU, "行政执法事项清单");
        assertThat(items).contains("<a href=\"/u/370881\">" + QUFU + "</a>");
        var changes = visitor.get("/u/370881/portal/items/changes").body();
        assertThat(trail(changes)).containsExactly("首页", QUFU, "行政执法事项清单", "变更记录");
        assertThat(changes).contains("<a href=\"/u/370881/portal/items\">行政执法事项清单</a>");

        assertThat(trail(visitor.get("/portal/items").body()))
                .as("the province-wide path is as before")
                .containsExactly("首页", "行政执法事项清单");
        assertThat(headerUnit(visitor.get("/").body()))
                .as("the province-wide home names no unit")
                .isEmpty();
    }

    @Test
    void everyListOfAUnitAnswersAndAnUnknownUnitIsAChinese404() {
        var visitor = StaffClient.anonymous(port);
        for (var path : List.of(
                "/u/370883/portal/items",
                "/u/370883/portal/officers",
                "/u/370883/portal/results",
                "/u/370883/portal/annual-reports",
                "/u/370883/portal/random-inspection-results",
                "/u/370883/portal/bodies/changes")) {
            var page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(headerUnit(page.body())).as(path).isEqualTo(ZOUCHENG);
        }
        for (var path :
                List.of("/u/999999", "/u/999999/portal/items", "/u/abc/portal/results", "/u/370881x/portal/officers")) {
            var page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.headers().firstValue("Content-Type").orElse(""))
                    .as(path)
                    .startsWith("text/html");
            assertThat(page.body()).as(path).contains("您访问的页面不存在").doesNotContain("Exception");
        }
    }

    /** The unit the page's header names, empty when it names none. */
    private static String headerUnit(String body) {
        var named = Pattern.compile("<a class=\"portal-unit\" data-test=\"portal-unit\"[^>]*>([^<]+)</a>")
                .matcher(body);
        return named.find() ? named.group(1) : "";
    }

    private static List<String> rowUnits(String body) {
        return ROW_UNIT.matcher(body).results().map(match -> match.group(1)).toList();
    }

    private static String found(String body) {
        var count = Pattern.compile("共 (\\d+) 人").matcher(body);
        return count.find() ? count.group(1) : "";
    }

    private static String section(String body, String start, String end) {
        int from = body.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return body.substring(from, body.indexOf(end, from));
    }
}
